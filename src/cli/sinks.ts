// Where formatted documents go, in input order: one stream (standard output or --out FILE), or a
// directory with a file per document (--out DIR). A stream is written as the documents come, so
// nothing but the first json document is ever held back.
import { writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Format } from './args.js';
import { htmlPageEnd, htmlPageStart } from './format/html.js';
import type { Success } from './items.js';
import { STDIN_LABEL } from './inputs.js';

export interface Sink {
  write(document: Success): void;
  /** A document failed; json output still becomes an array when the input had several documents. */
  skip(): void;
  /** True while the destination has not taken what was written: the reader should wait. */
  readonly backedUp: boolean;
  /** The first write error; later writes are dropped, and close() throws it. */
  readonly error: Error | null;
  drained(): Promise<void>;
  /** Writes what closes the output (json's "]", html's script), and flushes it. */
  close(): Promise<void>;
}

const TEXT_RULE = '\n\n' + '─'.repeat(60) + '\n\n';

/** Everything into one stream: jsonl a line each; json one object, or an array of several; text and html in sequence. */
export class StreamSink implements Sink {
  private seen = 0;
  private written = 0;
  private heldJson: string | null = null;
  error: Error | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly format: Format,
    /** Ends the stream on close (a file, not standard output). */
    private readonly owned: boolean,
  ) {
    stream.on('error', (e: Error) => (this.error ??= e));
  }

  get backedUp(): boolean {
    return this.stream.writableNeedDrain;
  }

  drained(): Promise<void> {
    return this.backedUp ? new Promise((resolve) => this.stream.once('drain', resolve)) : Promise.resolve();
  }

  private put(text: string): void {
    if (!this.error) this.stream.write(text);
  }

  /** json: the first document waits to learn whether an array is needed. */
  private json(output: string | null): void {
    if (this.seen === 1) {
      this.heldJson = output;
      return;
    }
    if (this.seen === 2) {
      this.put('[');
      if (this.heldJson !== null) this.put(`\n${this.heldJson}`);
      this.heldJson = null;
    }
    if (output !== null) this.put(`${this.written > 1 ? ',' : ''}\n${output}`);
  }

  write(document: Success): void {
    this.seen++;
    this.written++;
    const { output } = document;
    switch (this.format) {
      case 'jsonl':
        return this.put(output + '\n');
      case 'json':
        return this.json(output);
      case 'text':
        return this.put((this.written > 1 ? TEXT_RULE : '') + output);
      case 'html':
        return this.put((this.written === 1 ? htmlPageStart(document.id) : '') + output);
    }
  }

  skip(): void {
    this.seen++;
    if (this.format === 'json') this.json(null);
  }

  async close(): Promise<void> {
    if (this.format === 'json') {
      if (this.seen === 1 && this.heldJson !== null) this.put(this.heldJson + '\n');
      else if (this.seen > 1) this.put('\n]\n');
    } else if (this.format === 'text' && this.written > 0) this.put('\n');
    else if (this.format === 'html') this.put((this.written === 0 ? htmlPageStart('no documents') : '') + htmlPageEnd());
    if (this.owned) await new Promise<void>((resolve, reject) => this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    else await this.drained();
    if (this.error) throw this.error;
  }
}

const EXTENSIONS: Readonly<Record<Format, string>> = { json: '.json', jsonl: '.jsonl', html: '.html', text: '.txt' };
const UNSAFE_NAME = /[^\p{L}\p{N}._-]+/gu;
const MAX_NAME = 100;

/** A file name from a document: a text file's own name, a record's id. */
function nameOf(document: Success): string {
  const { where } = document;
  const fromFile = where.line === undefined && where.index === undefined && where.file !== STDIN_LABEL;
  const raw = fromFile ? basename(where.file, extname(where.file)) : document.id;
  const name = raw.replace(UNSAFE_NAME, '_').replace(/^[._]+/, '').slice(0, MAX_NAME);
  return name || 'document';
}

/** One file a document, named after it ("-2", "-3" … when two documents would share a name). */
export class DirectorySink implements Sink {
  private readonly used = new Set<string>();
  readonly backedUp = false;
  error: Error | null = null;

  constructor(
    private readonly dir: string,
    private readonly format: Exclude<Format, 'jsonl'>,
  ) {}

  write(document: Success): void {
    const base = nameOf(document);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}`;
    this.used.add(name);
    const body = this.format === 'html' ? htmlPageStart(document.id) + document.output + htmlPageEnd() : document.output + '\n';
    try {
      if (!this.error) writeFileSync(join(this.dir, name + EXTENSIONS[this.format]), body);
    } catch (e) {
      this.error = e as Error;
    }
  }

  skip(): void {}

  drained(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.error) throw this.error;
  }
}
