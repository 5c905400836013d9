// Turns FILE…|DIR|- into documents, in input order and one at a time, so that an archive of any
// size streams through in constant memory. Reading problems (a missing file, a record too large)
// become failures in the same sequence, and so does text that is not UTF-8; parsing the records
// happens later, in the worker threads.
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Failure, Item, Where } from './items.js';
import { splitLines } from './lines.js';
import { decodeUtf8 } from './utf8.js';

type SourceKind = 'text' | 'jsonl' | 'json';

/** What a directory contributes; any other named file is read as plain text. */
const DIRECTORY_EXTENSIONS: ReadonlyMap<string, SourceKind> = new Map([
  ['.txt', 'text'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
]);
const OPEN_BRACE = 0x7b;
export const STDIN_LABEL = '<stdin>';

interface Source {
  path: string;
  kind: SourceKind;
}

const FS_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
};

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && FS_PROBLEMS[code]) ?? (e as Error).message;
}

function kindOf(path: string): SourceKind {
  const kind = DIRECTORY_EXTENSIONS.get(extname(path).toLowerCase());
  return kind ?? 'text';
}

function tooLarge(size: number, maxBytes: number): string {
  return `too large (${size} bytes; the limit is ${maxBytes}, see --max-size)`;
}

/** Files below dir in name order, hidden entries skipped; symbolic links to directories are not followed. */
async function* walk(dir: string, problem: (path: string, message: string) => void): AsyncGenerator<Source> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problem(dir, `cannot read directory (${describeFsError(e)})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path, problem);
      continue;
    }
    const kind = DIRECTORY_EXTENSIONS.get(extname(entry.name).toLowerCase());
    if (!kind) continue;
    if (entry.isFile()) yield { path, kind };
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) yield { path, kind };
    }
  }
}

/** Sums the sizes of the input files, for the progress bar's ETA; null when standard input is read. */
export async function totalBytes(inputs: readonly string[]): Promise<number | null> {
  if (inputs.includes('-')) return null;
  let total = 0;
  const ignore = (): void => {};
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) total += info.size;
    else for await (const source of walk(input, ignore)) total += (await stat(source.path).catch(() => null))?.size ?? 0;
  }
  return total;
}

/** Replays chunks already read before the rest of the stream. */
async function* replay(head: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

function firstNonBlank(chunk: Uint8Array): number {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b;
  }
  return -1;
}

export interface ReadOptions {
  maxBytes: number;
  stdin: AsyncIterable<Uint8Array>;
}

/** Every document of the inputs, in order, each an Item to extract or a Failure to report. */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions): AsyncGenerator<Item | Failure> {
  let seq = 0;
  const { maxBytes } = options;
  const pendingProblems: Failure[] = [];
  const fail = (where: Where, problem: string, size = 0): Failure => ({ seq: seq++, where, size, problem });

  async function* jsonLines(file: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Item | Failure> {
    let lastLine = 0;
    try {
      for await (const line of splitLines(chunks, maxBytes)) {
        lastLine = line.number;
        const where = { file, line: line.number };
        if (!line.parts) {
          yield fail(where, tooLarge(line.size, maxBytes), line.size);
          continue;
        }
        const decoded = decodeUtf8(line.parts);
        if ('problem' in decoded) yield fail(where, decoded.problem, line.size);
        else yield { seq: seq++, where, size: line.size, payload: { kind: 'jsonl', line: decoded.text } };
      }
    } catch (e) {
      yield fail({ file }, `reading stopped after line ${lastLine} (${describeFsError(e)})`);
    }
  }

  async function* textFile(path: string): AsyncGenerator<Item | Failure> {
    try {
      const info = await stat(path);
      if (info.size > maxBytes) return yield fail({ file: path }, tooLarge(info.size, maxBytes), info.size);
      const bytes = await readFile(path);
      const decoded = decodeUtf8([bytes]);
      if ('problem' in decoded) yield fail({ file: path }, decoded.problem, bytes.length);
      else yield { seq: seq++, where: { file: path }, size: bytes.length, payload: { kind: 'text', text: decoded.text } };
    } catch (e) {
      yield fail({ file: path }, `cannot read (${describeFsError(e)})`);
    }
  }

  async function* jsonFile(path: string): AsyncGenerator<Item | Failure> {
    let value: unknown;
    let size = 0;
    try {
      const info = await stat(path);
      size = info.size;
      if (size > maxBytes) return yield fail({ file: path }, tooLarge(size, maxBytes), size);
      const decoded = decodeUtf8([await readFile(path)]);
      if ('problem' in decoded) return yield fail({ file: path }, decoded.problem, size);
      value = JSON.parse(decoded.text);
    } catch (e) {
      const problem = e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read (${describeFsError(e)})`;
      return yield fail({ file: path }, problem, size);
    }
    if (!Array.isArray(value)) return yield { seq: seq++, where: { file: path }, size, payload: { kind: 'record', value } };
    const share = value.length ? Math.floor(size / value.length) : 0;
    for (let index = 0; index < value.length; index++) {
      yield { seq: seq++, where: { file: path, index }, size: share, payload: { kind: 'record', value: value[index] } };
    }
    if (value.length === 0) yield fail({ file: path }, 'an empty array: no records', size);
  }

  async function* standardInput(): AsyncGenerator<Item | Failure> {
    const iterator = options.stdin[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let first = -1;
    while (first < 0) {
      const r = await iterator.next();
      if (r.done) break;
      head.push(r.value);
      first = firstNonBlank(r.value);
    }
    const chunks = replay(head, iterator);
    if (first === OPEN_BRACE) return yield* jsonLines(STDIN_LABEL, chunks);
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size <= maxBytes) parts.push(chunk);
      else parts.length = 0;
    }
    if (size > maxBytes) return yield fail({ file: STDIN_LABEL }, tooLarge(size, maxBytes), size);
    const decoded = decodeUtf8(parts);
    if ('problem' in decoded) yield fail({ file: STDIN_LABEL }, decoded.problem, size);
    else yield { seq: seq++, where: { file: STDIN_LABEL }, size, payload: { kind: 'text', text: decoded.text } };
  }

  async function* source({ path, kind }: Source): AsyncGenerator<Item | Failure> {
    if (kind === 'text') yield* textFile(path);
    else if (kind === 'json') yield* jsonFile(path);
    else yield* jsonLines(path, createReadStream(path, { highWaterMark: 256 * 1024 }));
  }

  const problem = (path: string, message: string): void => void pendingProblems.push(fail({ file: path }, message));

  for (const input of inputs) {
    if (input === '-') {
      yield* standardInput();
      continue;
    }
    const info = await stat(input).catch((e: unknown) => e as Error);
    if (info instanceof Error) {
      yield fail({ file: input }, `cannot read (${describeFsError(info)})`);
      continue;
    }
    if (!info.isDirectory()) {
      yield* source({ path: input, kind: kindOf(input) });
      continue;
    }
    let found = 0;
    for await (const file of walk(input, problem)) {
      yield* pendingProblems.splice(0);
      found++;
      yield* source(file);
    }
    yield* pendingProblems.splice(0);
    if (found === 0) yield fail({ file: input }, 'no .txt, .jsonl, .ndjson or .json files in this directory');
  }
}
