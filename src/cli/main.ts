// `warta extract`: reads the inputs as a stream, extracts on worker threads, writes the results in
// input order, and reports failures, progress and a summary on standard error.
// Exit codes: 0 all documents extracted, 1 some failed, 2 usage error (nothing was extracted).
import { createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, sep } from 'node:path';
import type { Writable } from 'node:stream';
import { version } from '../../package.json';
import { parseCommandLine, UsageError, USAGE, type CliOptions, type Format } from './args.js';
import { describeFsError, readDocuments, totalBytes } from './inputs.js';
import { isFailure, type Failure, type Item, type Outcome } from './items.js';
import type { JobConfig } from './job.js';
import { Reporter } from './progress.js';
import { InOrder, inThreadRunner, StartupError, WorkerRunner, type Runner } from './runner.js';
import { DirectorySink, StreamSink, type Sink } from './sinks.js';

export interface Io {
  stdin: AsyncIterable<Uint8Array>;
  stdout: Writable;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** The worker thread's script (dist/cli-worker.js). */
  workerScript: URL;
}

/** Inputs this small run in the main thread unless --jobs is given: starting threads costs more. */
const SMALL_INPUT = 8;
const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.txt': 'text' };

/** Reads and validates each --dict file; a problem is a usage error naming the file. */
function readDictionaries(files: readonly string[]): JobConfig['dictionaries'] {
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (e) {
      throw new UsageError(`--dict ${file}: cannot read (${describeFsError(e)})`);
    }
  });
}

interface Destination {
  format: Format;
  /** Null for standard output. */
  path: string | null;
  directory: boolean;
}

function isDirectoryPath(path: string): boolean {
  if (path.endsWith('/') || path.endsWith(sep)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Where the output goes, and its format: given, or jsonl (json files in a directory, or by the --out extension). */
function destinationOf({ out, format }: CliOptions): Destination {
  if (out === null) return { format: format ?? 'jsonl', path: null, directory: false };
  if (!isDirectoryPath(out)) return { format: format ?? FORMAT_BY_EXTENSION[extname(out).toLowerCase()] ?? 'jsonl', path: out, directory: false };
  if (format === 'jsonl') throw new UsageError(`--format jsonl writes one stream; give --out a file, not the directory "${out}"`);
  return { format: format ?? 'json', path: out, directory: true };
}

async function openSink({ format, path, directory }: Destination, stdout: Writable): Promise<Sink> {
  if (path === null) return new StreamSink(stdout, format, false);
  if (directory) {
    try {
      mkdirSync(path, { recursive: true });
    } catch (e) {
      throw new UsageError(`--out ${path}: cannot create the directory (${describeFsError(e)})`);
    }
    return new DirectorySink(path, format as Exclude<Format, 'jsonl'>);
  }
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(new UsageError(`--out ${path}: cannot write (${describeFsError(e)})`)));
  });
  return new StreamSink(stream, format, true);
}

/** The first few documents, to learn whether the input is small, and the rest after them. */
async function peek<T>(source: AsyncIterable<T>, count: number): Promise<{ head: T[]; ended: boolean; all: AsyncIterable<T> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let ended = false;
  while (head.length < count) {
    const r = await iterator.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (!ended) for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
  }
  return { head, ended, all: all() };
}

async function extract(options: CliOptions, io: Io): Promise<number> {
  const began = performance.now();
  const destination = destinationOf(options);
  const config: JobConfig = { format: destination.format, documentDate: options.documentDate, dictionaries: readDictionaries(options.dictionaries) };
  const documents = await peek<Item | Failure>(readDocuments(options.inputs, { maxBytes: options.maxBytes, stdin: io.stdin }), SMALL_INPUT);
  const threads = options.jobs > 1 && (options.jobsGiven || !documents.ended);
  const deliver = (outcome: Outcome): void => inOrder.add(outcome);
  const runner: Runner = threads ? new WorkerRunner(config, options.jobs, deliver, io.workerScript) : inThreadRunner(config, deliver);
  // A bad dictionary stops the run here, before any output is opened: a usage error.
  try {
    await runner.started();
  } catch (e) {
    throw e instanceof StartupError && e.dictionary ? new UsageError(e.message) : e;
  }
  let sink: Sink;
  try {
    sink = await openSink(destination, io.stdout);
  } catch (e) {
    await runner.stop();
    throw e;
  }
  const bar = !options.quiet && io.stderr.isTTY === true;
  const reporter = new Reporter(io.stderr, bar ? await totalBytes(options.inputs) : null, bar, began);
  const inOrder = new InOrder((outcome: Outcome) => {
    if (isFailure(outcome)) {
      reporter.failed(outcome);
      sink.skip();
    } else {
      reporter.succeeded(outcome.size);
      sink.write(outcome);
    }
  });
  try {
    for await (const entry of documents.all) {
      if (sink.error) break;
      if (isFailure(entry)) {
        inOrder.add(entry);
        continue;
      }
      if (runner.busy) await runner.room();
      if (sink.backedUp) await sink.drained();
      runner.submit(entry);
    }
    await runner.finish();
    await sink.close();
  } catch (e) {
    await runner.stop();
    throw e;
  } finally {
    reporter.finish(!options.quiet);
  }
  return reporter.tally.failed > 0 ? 1 : 0;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseCommandLine(argv);
    if (options.command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (options.command === 'version') {
      io.stdout.write(`warta ${version}\n`);
      return 0;
    }
    return await extract(options, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`warta: ${e.message}\nTry "warta --help" for the options.\n`);
      return 2;
    }
    io.stderr.write(`warta: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
