// The command line: `warta extract FILE…|DIR|-` (see README).
import { readFileSync } from 'node:fs';
import { extractEvents } from './index.js';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'extract' || rest.length === 0) {
    process.stderr.write('usage: warta extract FILE|-\n');
    return 2;
  }
  for (const file of rest) {
    const text = readFileSync(file === '-' ? 0 : file, 'utf8');
    process.stdout.write(JSON.stringify(extractEvents(text)) + '\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
