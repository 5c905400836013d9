// The events stage's cost per MB on news text and on hostile text (long lists of names joined by
// "dan" and commas, run-on sentences of verbs, clause openers, dates, "pihaknya" and "mereka"), at
// 100 KB and 1 MB: the time per MB must not grow with the size (linear), and stay well under
// 100 ms/MB.
//
//   scripts/build-to.sh events && node --expose-gc bench/events.mjs [--sizes 1e5,1e6]
//
// Times are the stage's own milliseconds from `{ profile: true }`, best of a few runs, each after a
// full garbage collection (with --expose-gc) so that the earlier stages' garbage is not swept on
// this stage's time.
import { existsSync } from 'node:fs';
import { articles } from './text.mjs';
import { option } from '../scripts/options.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIB = `${root}.build/events/dist/index.js`;
if (!existsSync(LIB)) {
  console.error(`no build at ${LIB}; run scripts/build-to.sh events first`);
  process.exit(2);
}
const { extractEvents } = await import(LIB);
const SIZES = option('sizes', '1e5,1e6').split(',').map(Number);
const RUNS = 5;

const INPUTS = {
  news: articles().join('\n'),
  'names joined by dan': 'Rusia dan China dan Iran dan India dan Brasil dan Jepang dan ',
  'names listed by commas': 'Rusia, China, Iran, India, Brasil, Jepang, Korea Selatan, ',
  'places after di': 'di Jakarta, di Bandung dan di Surabaya serta Medan, ',
  'run-on verbs': 'Rusia menyerang Ukraina dan mengirim tentara ke Belarus lalu menandatangani perjanjian dengan China ',
  'clause openers': 'bahwa yang sedangkan setelah Rusia yang menyerang bahwa Ukraina yang ditangkap oleh polisi ',
  'dates everywhere': 'Rusia menyerang pada Senin (9/11/2024) dan Selasa (10/11/2024) dibandingkan Oktober 2024 ',
  'pronouns': 'pihaknya mereka keduanya menyerang pihaknya mengirim mereka bertemu ',
  'quoted verbs': '“Kami menyerang dan mengirim tentara,” kata Putin, ',
};

function sized(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function stageMs(text) {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    globalThis.gc?.();
    const result = extractEvents(text, { profile: true });
    best = Math.min(best, result.profile.find((p) => p.stage === 'events').ms);
  }
  return best;
}

let failed = false;
for (const [name, unit] of Object.entries(INPUTS)) {
  const perMb = SIZES.map((size) => stageMs(sized(unit, size)) / (size / 1e6));
  const ratio = perMb[perMb.length - 1] / perMb[0];
  const linear = ratio <= 1.5;
  if (!linear) failed = true;
  console.log(`${name.padEnd(24)} ${perMb.map((x) => `${x.toFixed(1).padStart(7)} ms/MB`).join('  ')}   ratio ${ratio.toFixed(2)}${linear ? '' : '   SUPER-LINEAR'}`);
}
process.exit(failed ? 1 : 0);
