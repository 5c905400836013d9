// The dates stage: its CPU cost per MB of news text, its time on hostile input at growing sizes (it
// must grow linearly), and the same two measures for chrono-node's Indonesian parser beside it.
//   scripts/build-to.sh NAME && node bench/dates.mjs --lib .build/NAME [MB]
// (without --lib it reads ../dist, the output of npm run build).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlesOfSize } from './text.mjs';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? args.splice(libAt, 2)[1] : null;
const entry = lib ? pathToFileURL(resolve(lib, 'dist/index.js')).href : new URL('../dist/index.js', import.meta.url).href;
const { createPipeline } = await import(entry);
const mb = Number(args[0] ?? 2);
const chrono = await import('chrono-node/id').catch(() => null);

const DOCUMENT_DATE = '2024-11-20';
const KEEP = ['tokenize', 'sentences', 'boilerplate'];

/** The shipped pipeline cut down to the stages in `keep`. */
function pipelineOf(keep) {
  const p = createPipeline();
  for (const name of p.stages.filter((s) => !keep.includes(s))) p.remove(name);
  return p;
}
const pipeline = pipelineOf([...KEEP, 'dates']);

// Stages around dates read the process's CPU clock (not wall time: the machine may be shared).
let stageCpu = 0;
let mark = null;
pipeline.use({ name: 'cpu-before-dates', run: () => void (mark = process.cpuUsage()) }, { before: 'dates' });
pipeline.use({ name: 'cpu-after-dates', run: () => void (stageCpu += cpuOf(process.cpuUsage(mark))) }, { after: 'dates' });

function cpuOf(usage) {
  return (usage.user + usage.system) / 1000;
}

/** CPU milliseconds of `work`, best of `rounds`. */
function cpuMs(work, rounds = 3) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const t0 = process.cpuUsage();
    work();
    best = Math.min(best, cpuOf(process.cpuUsage(t0)));
  }
  return best;
}

/** CPU milliseconds the dates stage spent on `texts`, best of `rounds`. */
function datesMs(texts, rounds = 3) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    stageCpu = 0;
    for (const t of texts) pipeline.run(t, { documentDate: DOCUMENT_DATE });
    best = Math.min(best, stageCpu);
  }
  return best;
}

function chronoMs(texts) {
  const ref = new Date(2024, 10, 20, 12);
  return cpuMs(() => {
    for (const t of texts) chrono.casual.parse(t, ref);
  });
}

const { articles, bytes } = articlesOfSize(mb * 1024 * 1024);
for (const a of articles.slice(0, 100)) pipeline.run(a, { documentDate: DOCUMENT_DATE }); // warm up
const megabytes = bytes / 1048576;
const ours = datesMs(articles);
let found = 0;
for (const a of articles) found += pipeline.run(a, { documentDate: DOCUMENT_DATE }).dates.length;
console.log(`news text: ${megabytes.toFixed(1)} MB, ${articles.length} articles, ${found} expressions`);
console.log(`  dates stage  ${(ours / megabytes).toFixed(1)} ms/MB  (${(megabytes / (ours / 1000)).toFixed(1)} MB/s)`);
if (chrono) {
  const theirs = chronoMs(articles);
  console.log(`  chrono-node/id  ${(theirs / megabytes).toFixed(1)} ms/MB  (${(megabytes / (theirs / 1000)).toFixed(1)} MB/s)`);
}

// Hostile input: one unit repeated to 100k, 200k and 400k characters, the dates stage alone (its
// CPU time, best of five); linear time keeps the ratio of successive times near 2. (Hyphen chains
// without spaces, "10-12-10-12-…", are left out: the tokenizer itself is slow on them.)
const HOSTILE = {
  digits: '1',
  slashes: '1/',
  'date tokens': '9/11/2024 ',
  'bracketed day/month': '(9/11) ',
  'month names': 'Januari ',
  'day month': '12 Desember ',
  'spaced dashes': '10 - 12 - ',
  weekdays: 'Senin, ',
  'week words': 'Minggu lalu ',
  clock: 'pukul 14.30 - ',
  'number words': 'dua puluh ',
  'day ranges': 'tanggal 1 hingga ',
  'cue words': 'pada sejak akhir ',
};
const SIZES = [100_000, 200_000, 400_000];

console.log('\nhostile input, dates stage CPU ms at ' + SIZES.map((n) => `${n / 1000}k`).join(' / ') + ' chars' + (chrono ? ' (chrono-node/id beside it, 100k / 200k)' : ''));
for (const [name, unit] of Object.entries(HOSTILE)) {
  const texts = SIZES.map((n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
  const ms = texts.map((t) => datesMs([t], 5));
  let line = `  ${name.padEnd(20)} ${ms.map((x) => x.toFixed(1).padStart(7)).join(' ')}   x${(ms[2] / ms[1]).toFixed(1)} for 2x`;
  if (chrono) {
    const theirs = texts.slice(0, 2).map((t) => chronoMs([t]));
    line += `   | chrono ${theirs.map((x) => x.toFixed(0).padStart(6)).join(' ')}   x${(theirs[1] / theirs[0]).toFixed(1)}`;
  }
  console.log(line);
}
