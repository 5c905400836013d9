// A worker thread of `warta extract`: compiles the dictionaries once, then extracts and formats
// each batch of documents the main thread sends (built as dist/cli-worker.js).
import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './items.js';
import { prepareJob, processItem, type JobConfig } from './job.js';

const job = prepareJob(workerData as JobConfig);

parentPort!.on('message', ({ items }: { items: Item[] }) => {
  parentPort!.postMessage({ outcomes: items.map((item) => processItem(item, job)) });
});
