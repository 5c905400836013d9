// A worker thread of `warta extract` (built as dist/cli-worker.js): loads the library, compiles
// the dictionaries once, says whether it could, then extracts and formats each batch it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Item } from './items.js';
import { isUserDictionaryError, prepareJob, processItem, type Job, type JobConfig } from './job.js';
import type { WorkerMessage } from './runner.js';

function serve(port: NonNullable<typeof parentPort>): void {
  const say = (message: WorkerMessage): void => port.postMessage(message);
  let job: Job;
  try {
    job = prepareJob(workerData as JobConfig);
  } catch (e) {
    say({ type: 'failed', problem: (e as Error).message, dictionary: isUserDictionaryError(e) });
    return;
  }
  port.on('message', ({ items }: { items: Item[] }) => say({ type: 'done', outcomes: items.map((item) => processItem(item, job)) }));
  say({ type: 'started' });
}

serve(parentPort!);
