// Runs the documents: in the main thread (--jobs 1, or a small input), or spread over worker
// threads in small batches. Outcomes come back in any order; `InOrder` puts them back in input
// order. At most QUEUED_BATCHES batches per thread plus one open batch are in flight, so memory
// stays flat however long the input.
// With threads, the main thread never loads the library: each worker loads it, checks the
// dictionaries and says whether it could start.
import { Worker } from 'node:worker_threads';
import type { Item, Outcome, Where } from './items.js';
import type { JobConfig } from './job.js';

export interface Runner {
  /** Resolves once the extractor is set up; rejects with the problem (a bad dictionary) otherwise. */
  started(): Promise<void>;
  submit(item: Item): void;
  /** True while enough documents are in flight: the reader should wait for `room()`. */
  readonly busy: boolean;
  room(): Promise<void>;
  /** Resolves when every submitted document is done, and stops the threads. */
  finish(): Promise<void>;
  /** Stops at once (after an error), whatever is in flight. */
  stop(): Promise<void>;
}

/** What a worker thread says to the main thread. */
export type WorkerMessage =
  | { type: 'started' }
  | { type: 'failed'; problem: string; dictionary: boolean }
  | { type: 'done'; outcomes: Outcome[] };

/** A dictionary the user gave is wrong: a usage error (exit code 2), not a failure of warta. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly dictionary: boolean,
  ) {
    super(message);
  }
}

/** Hands outcomes on in sequence order, holding back those that finished early. */
export class InOrder {
  private next = 0;
  private readonly early = new Map<number, Outcome>();

  constructor(private readonly emit: (outcome: Outcome) => void) {}

  add(outcome: Outcome): void {
    if (outcome.seq !== this.next) {
      this.early.set(outcome.seq, outcome);
      return;
    }
    this.emit(outcome);
    this.next++;
    for (let held = this.early.get(this.next); held; held = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.emit(held);
      this.next++;
    }
  }
}

/** Every document in the main thread, one after the other; the library is loaded only now. */
export function inThreadRunner(config: JobConfig, deliver: (outcome: Outcome) => void): Runner {
  let run: ((item: Item) => Outcome) | null = null;
  return {
    started: async () => {
      const { prepareJob, processItem, isUserDictionaryError } = await import('./job.js');
      try {
        const job = prepareJob(config);
        run = (item) => processItem(item, job);
      } catch (e) {
        throw new StartupError((e as Error).message, isUserDictionaryError(e));
      }
    },
    submit: (item) => deliver(run!(item)),
    busy: false,
    room: () => Promise.resolve(),
    finish: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}

/** Documents a message carries: enough to amortize the message, few enough to share the tail evenly. */
const BATCH_ITEMS = 8;
const BATCH_BYTES = 512 * 1024;
/** Batches queued per worker, so that it never waits for the main thread between two batches. */
const QUEUED_BATCHES = 2;
/** A thread that keeps dying is a bug, not a bad record. */
const MAX_RESTARTS = 20;

interface Slot {
  worker: Worker;
  /** Places of the documents sent and not yet answered, batch by batch, to report them if the thread dies. */
  queue: { seq: number; where: Where; size: number }[][];
}

export class WorkerRunner implements Runner {
  private readonly slots: Slot[] = [];
  private readonly starting: Promise<void>[] = [];
  private batch: Item[] = [];
  private batchBytes = 0;
  private inFlight = 0;
  private restarts = 0;
  private closing = false;
  private fatal: Error | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly config: JobConfig,
    threads: number,
    private readonly deliver: (outcome: Outcome) => void,
    private readonly script: URL,
  ) {
    for (let i = 0; i < threads; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.config }), queue: [] };
    let error: Error | null = null;
    let started: (problem: Error | null) => void = () => {};
    const starting = new Promise<void>((resolve, reject) => (started = (problem) => (problem === null ? resolve() : reject(problem))));
    // Handled here as well: a thread started after `started()` was awaited may fail unobserved.
    starting.catch(() => {});
    this.starting.push(starting);
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'started') return started(null);
      if (message.type === 'failed') {
        this.fatal ??= new StartupError(message.problem, message.dictionary);
        return started(this.fatal);
      }
      slot.queue.shift();
      this.settle(message.outcomes);
    });
    slot.worker.on('error', (e) => (error = e));
    slot.worker.on('exit', (code) => {
      started(new StartupError(`a worker thread stopped before it started (${error?.message ?? `exit code ${code}`})`, false));
      if ((this.closing && slot.queue.length === 0) || this.fatal) return;
      this.replace(slot, error?.message ?? `exited with code ${code}`);
    });
    return slot;
  }

  async started(): Promise<void> {
    try {
      await Promise.all(this.starting);
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  async stop(): Promise<void> {
    this.closing = true;
    this.fatal ??= new Error('stopped');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** A thread died: its documents are reported as failed, and a new thread takes its place. */
  private replace(dead: Slot, why: string): void {
    const lost = dead.queue.flat().map((p) => ({ ...p, problem: `the worker thread failed (${why})` }));
    dead.queue = [];
    const i = this.slots.indexOf(dead);
    if (++this.restarts > MAX_RESTARTS) this.fatal ??= new Error(`worker threads keep failing (${why})`);
    else if (i >= 0) this.slots[i] = this.start();
    this.settle(lost);
  }

  private settle(outcomes: readonly Outcome[]): void {
    this.inFlight -= outcomes.length;
    for (const outcome of outcomes) this.deliver(outcome);
    this.pump();
    if (!this.busy || this.fatal) for (const wake of this.waiting.splice(0)) wake();
  }

  /** Sends the open batch when a thread is idle, or when the batch is full and a thread has room. */
  private pump(): void {
    if (this.batch.length === 0 || this.fatal) return;
    let best: Slot | undefined;
    for (const slot of this.slots) if (!best || slot.queue.length < best.queue.length) best = slot;
    if (!best || best.queue.length >= QUEUED_BATCHES) return;
    const full = this.batch.length >= BATCH_ITEMS || this.batchBytes >= BATCH_BYTES;
    if (best.queue.length > 0 && !full && !this.closing) return;
    const items = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    best.queue.push(items.map(({ seq, where, size }) => ({ seq, where, size })));
    best.worker.postMessage({ items });
  }

  submit(item: Item): void {
    if (this.fatal) throw this.fatal;
    this.batch.push(item);
    this.batchBytes += item.size;
    this.inFlight++;
    this.pump();
  }

  /** The open batch is full and no thread has room for it (pump sends it as soon as one has). */
  get busy(): boolean {
    return this.batch.length >= BATCH_ITEMS || this.batchBytes >= BATCH_BYTES;
  }

  room(): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    return this.busy ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  async finish(): Promise<void> {
    this.closing = true;
    while (this.inFlight > 0 && !this.fatal) {
      this.pump();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.fatal) throw this.fatal;
  }
}
