// The actors stage's cost per MB, next to the tokenize stage's in the same runs (the machine is
// shared, so the ratio actors/tokenize is the figure that holds), on news-like text one article
// per call, and on hostile text as one document at growing sizes, where the time per MB must stay
// flat (linear).
//
//   scripts/build-to.sh actors && node bench/actors.mjs [--mb 2] [--sizes 1e5,1e6,1e7] [--only NAME]
//
// Times are the stages' own milliseconds from `{ profile: true }`. For news, each article's
// fastest of three rounds, summed: a shared machine preempts a process at random, and the
// per-article minimum leaves that out, where a round's total would keep it. For hostile text, the
// best of a few runs at each size.
import { existsSync } from 'node:fs';
import { articlesOfSize } from './text.mjs';
import { option } from '../scripts/options.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIB = `${root}.build/actors/dist/index.js`;
if (!existsSync(LIB)) {
  console.error(`no build at ${LIB}; run scripts/build-to.sh actors first`);
  process.exit(2);
}
const { createPipeline } = await import(LIB);
const MB = Number(option('mb', '2'));
const SIZES = option('sizes', '1e5,1e6,1e7').split(',').map(Number);
const ONLY = option('only', null);
/** Time per MB at the largest size may be this many times that at the smallest. */
const LINEAR = 1.5;

// Only the stages actors reads: tokenize, sentences, boilerplate (dates is not read by actors).
const pipeline = createPipeline();
for (const name of pipeline.stages) if (!['tokenize', 'sentences', 'boilerplate', 'actors'].includes(name)) pipeline.remove(name);

/** Milliseconds per stage for one run. */
function timings(text) {
  const out = {};
  for (const p of pipeline.run(text, { profile: true }).profile) out[p.stage] = p.ms;
  return out;
}

function news() {
  const { articles, bytes } = articlesOfSize(MB * 1e6);
  for (const a of articles.slice(0, 300)) pipeline.run(a); // warm up
  const actors = articles.map(() => Infinity);
  const tokenize = articles.map(() => Infinity);
  for (let round = 0; round < 3; round++) {
    articles.forEach((a, i) => {
      const t = timings(a);
      actors[i] = Math.min(actors[i], t.actors);
      tokenize[i] = Math.min(tokenize[i], t.tokenize);
    });
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const perMb = (ms) => (ms / (bytes / 1e6)).toFixed(1).padStart(7);
  console.log(`news, ${(bytes / 1e6).toFixed(1)} MB in ${articles.length} articles (each article's fastest of 3 rounds)`);
  console.log(`  actors   ${perMb(sum(actors))} ms/MB`);
  console.log(`  tokenize ${perMb(sum(tokenize))} ms/MB`);
  console.log(`  actors/tokenize ${(sum(actors) / sum(tokenize)).toFixed(2)}`);
}

const NAMES = ['Joko', 'Widodo', 'Kementerian', 'Luar', 'Negeri', 'Bank', 'Indonesia', 'Jakarta', 'Budi', 'Santoso', 'KPK', 'Polres', 'Dr.', 'PT', 'Tbk'];
const ATTACKS = {
  'capitalized words': NAMES.join(' ') + ' ',
  'Dr. Dr. Dr.': 'Dr. ',
  'titles and names': 'Kapolda Jawa Tengah Irjen Pol. Bambang Setiadi, ',
  'one giant sentence': 'warga Desa Bora mengatakan Budi Santoso dan Komisi Pemberantasan Korupsi (KPK) serta ia, ',
  'acronyms in parentheses': 'Badan Pusat Statistik (BPS) ',
  'pronouns and names': 'Budi Santoso berkata. Ia pergi, ujarnya. Mereka datang. ',
  'distinct names': null,
};

/** Many different names, so that coreference sees a new actor at every mention. */
function distinctNames(size) {
  const syllables = ['ba', 'di', 'ku', 'ra', 'ni', 'so', 'te', 'wa', 'lo', 'me', 'pu', 'ga'];
  let out = '';
  for (let k = 0; out.length < size; k++) {
    let first = '';
    let last = '';
    for (let x = k, i = 0; i < 3; i++, x = Math.floor(x / 12)) first += syllables[x % 12];
    for (let x = k * 7 + 3, i = 0; i < 3; i++, x = Math.floor(x / 12)) last += syllables[x % 12];
    out += `Kata ${first[0].toUpperCase()}${first.slice(1)} ${last[0].toUpperCase()}${last.slice(1)} di Desa ${last[0].toUpperCase()}${last.slice(1)}. `;
  }
  return out.slice(0, size);
}

function sized(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function hostile() {
  let failed = false;
  console.log(`\nhostile text, one document, actors ms/MB at ${SIZES.map((s) => `${s / 1e3} KB`).join(', ')}`);
  for (const [name, unit] of Object.entries(ATTACKS)) {
    if (ONLY && name !== ONLY) continue;
    const rows = SIZES.map((size) => {
      const text = unit === null ? distinctNames(size) : sized(unit, size);
      const runs = size >= 5e6 ? 1 : 3;
      let best = null;
      for (let r = 0; r < runs; r++) {
        const t = timings(text);
        if (!best || t.actors < best.actors) best = t;
      }
      return { actors: best.actors / (size / 1e6), tokenize: best.tokenize / (size / 1e6) };
    });
    const growth = rows[rows.length - 1].actors / rows[0].actors;
    if (growth > LINEAR) failed = true;
    const cells = rows.map((r) => `${r.actors.toFixed(0).padStart(6)} (${(r.actors / r.tokenize).toFixed(1)}×tok)`).join('  ');
    console.log(`  ${name.padEnd(24)} ${cells}   growth ${growth.toFixed(2)}${growth > LINEAR ? '  SUPER-LINEAR' : ''}`);
  }
  return failed;
}

if (!ONLY || ONLY === 'news') news();
const failed = ONLY === 'news' ? false : hostile();
process.exit(failed ? 1 : 0);
