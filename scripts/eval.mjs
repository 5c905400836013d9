#!/usr/bin/env node
// `npm run eval`: scores the built package (it builds nothing itself) on the project's corpus/ and,
// when the shared evaluation sits next to the repository (../shared/eval), on its dev and seed sets.
//
//   node scripts/eval.mjs [--lib PACKAGE_DIR] [--json] [--verbose]
//
// PACKAGE_DIR defaults to the repository root (dist/, after `npm run build`); a private build works
// too: `scripts/build-to.sh NAME && node scripts/eval.mjs --lib .build/NAME`. corpus/ is scored by
// scripts/score-corpus.mjs; the shared sets by ../shared/eval/score.mjs when present (its figures are
// the reference ones), else by score-corpus.mjs with the same metrics.
// Exits 1 when a document crashed or a span's offsets do not match its text, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, loadExtractor, packageEntry, readGold, scoreGold } from './score-corpus.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_EVAL = resolve(REPO, '..', 'shared', 'eval');
const SHARED_SETS = ['dev', 'seed'];

function parseArgs(argv) {
  const options = { lib: REPO, json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--lib' && argv[i + 1] !== undefined) options.lib = resolve(argv[++i]);
    else throw new Error(`unknown argument "${arg}"; usage: node scripts/eval.mjs [--lib PACKAGE_DIR] [--json] [--verbose]`);
  }
  return options;
}

/** The shared scorer's own report for one set; its --json output is parsed when asked for. */
function runSharedScorer(lib, set, options) {
  const args = [join(SHARED_EVAL, 'score.mjs'), '--lib', lib, join(SHARED_EVAL, set)];
  if (options.json) args.push('--json');
  if (options.verbose) args.push('--verbose');
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`../shared/eval/score.mjs failed on ${set}:\n${run.stderr || run.stdout}`);
  return options.json ? JSON.parse(run.stdout) : run.stdout.trimEnd();
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.lib, 'package.json'))) throw new Error(`${options.lib} is no package directory (it has no package.json)`);
  const entry = packageEntry(options.lib);
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: build first (npm run build, or scripts/build-to.sh NAME and --lib .build/NAME)`);
  const extract = await loadExtractor(options.lib);

  const reports = [];
  const corpus = await scoreGold(extract, readGold([join(REPO, 'corpus')]));
  reports.push({ set: 'corpus', scorer: 'scripts/score-corpus.mjs', ...corpus });

  const sharedScorer = existsSync(join(SHARED_EVAL, 'score.mjs'));
  for (const set of SHARED_SETS) {
    if (!existsSync(join(SHARED_EVAL, set))) continue;
    if (sharedScorer) reports.push({ set, scorer: '../shared/eval/score.mjs', shared: runSharedScorer(options.lib, set, options) });
    else reports.push({ set, scorer: 'scripts/score-corpus.mjs', ...(await scoreGold(extract, readGold([join(SHARED_EVAL, set)]))) });
  }

  if (options.json) {
    const out = Object.fromEntries(reports.map((r) => [r.set, { scorer: r.scorer, ...(r.shared ?? r.summary) }]));
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const r of reports) {
      console.log(`\n== ${r.set} (${r.scorer})`);
      if (r.shared) console.log(r.shared);
      else {
        console.log(formatSummary(r.summary));
        if (options.verbose) for (const m of r.misses) console.log(`  ${m}`);
      }
    }
  }
  const own = reports.filter((r) => r.summary).map((r) => r.summary);
  return own.some((s) => s.crashed > 0 || s.badOffsets > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
