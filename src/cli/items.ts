// What travels between the reader, the worker threads and the writer: one entry per document,
// numbered in input order so that output order never depends on which thread finished first.

/** Where a document came from, for ids and error messages. */
export interface Where {
  /** The path as the user wrote it (or found below a directory); "<stdin>" for standard input. */
  file: string;
  /** 1-based line of a JSON Lines record. */
  line?: number;
  /** 0-based position of a record in a .json array. */
  index?: number;
}

/**
 * The document as read: an article's text, a JSON Lines record still to parse (parsed in the
 * worker), or a record already parsed (from a .json file). Text travels as strings, not buffers:
 * strings are collected with the heap, while buffers that outlive a young collection wait for a
 * full one, and memory would grow with the archive.
 */
export type Payload = { kind: 'text'; text: string } | { kind: 'jsonl'; line: string } | { kind: 'record'; value: unknown };

export interface Item {
  seq: number;
  where: Where;
  /** Bytes it took in the input, for the progress bar. */
  size: number;
  payload: Payload;
}

/** A document that could not be read or extracted; it is reported and skipped. */
export interface Failure {
  seq: number;
  where: Where;
  size: number;
  problem: string;
}

export interface Success {
  seq: number;
  where: Where;
  size: number;
  id: string;
  /** The document formatted for the chosen output. */
  output: string;
}

export type Outcome = Success | Failure;

export function isFailure(entry: Item | Outcome): entry is Failure {
  return 'problem' in entry;
}

/** "archive.jsonl:17", "one.json[3]", "article.txt". */
export function placeOf(where: Where): string {
  if (where.line !== undefined) return `${where.file}:${where.line}`;
  if (where.index !== undefined) return `${where.file}[${where.index}]`;
  return where.file;
}
