// `npm run demo`: what warta finds in the bundled example article, as the text summary of
// `warta extract --format text` (the same formatter the command line uses).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = spawnSync(process.execPath, ['dist/cli.js', 'extract', '--format', 'text', '--date', '2024-11-11', 'corpus/example.txt'], {
  cwd: root,
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
