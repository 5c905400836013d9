// The command line: `warta extract FILE…|DIR|-` (see `warta --help` and the README).
import { main } from './cli/main.js';

// A reader that stops early (`warta extract … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  workerScript: new URL('./cli-worker.js', import.meta.url),
});
