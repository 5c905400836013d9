// Scripts and benchmarks that reach inside the library (the tokenizer, the lexicon, the tagger)
// bundle the sources they name with esbuild and import the result, since those modules are not
// part of the package's public API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Imports `exportLines` (e.g. "export { tokenize } from './src/stages/tokenize.ts';"), resolved from the project root. */
export async function importInternals(exportLines) {
  const dir = mkdtempSync(join(tmpdir(), 'warta-internals-'));
  const file = join(dir, 'internals.mjs');
  try {
    await build({
      stdin: { contents: exportLines.join('\n'), resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      logLevel: 'warning',
      outfile: file,
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
