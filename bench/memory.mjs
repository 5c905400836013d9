// 10,000 articles through one process must not grow the heap: nothing may keep per-document data
// (a cache keyed by text, names or dates) beyond the call that made it.
//
//   scripts/build-to.sh reliability && node --expose-gc bench/memory.mjs [--articles 10000]
//
// The articles are corpus/*.json texts, each made different from every earlier one: new names,
// numbers and dates, sentences in another order, a numbered line at the end. Every tenth call
// brings per-call dictionaries (one of ten distinct sets, more than a pipeline keeps compiled), every
// fiftieth goes through a fresh createPipeline(). heapUsed is read after two full GCs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { option } from '../scripts/options.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIB = `${root}.build/reliability/dist/index.js`;
if (!existsSync(LIB)) {
  console.error(`no build at ${LIB}; run scripts/build-to.sh reliability first`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc, so that the heap is measured after a full collection');
  process.exit(2);
}
const { createPipeline, extractEvents, loadDictionary } = await import(LIB);

const total = Number(option('articles', 10_000));
const CHECKPOINTS = [1_000, 5_000, 10_000].filter((n) => n <= total);
if (!CHECKPOINTS.includes(total)) CHECKPOINTS.push(total);
/** The heap may end this much above its reading at the first checkpoint (and no more). */
const ALLOWED_GROWTH = 0.1;

const corpus = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'corpus', f), 'utf8')));

const FIRST = ['Adi', 'Bayu', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko'];
const LAST = ['Santoso', 'Wibowo', 'Lestari', 'Saputra', 'Hidayat', 'Kurniawan', 'Pratama', 'Nugroho', 'Utami', 'Siregar'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A name no earlier article used: digits of `i` spelled as syllables. */
function nameFor(i) {
  const syllables = ['ra', 'ka', 'wi', 'su', 'to', 'no', 'mi', 'ja', 'de', 'la'];
  const tail = String(i)
    .split('')
    .map((d) => syllables[Number(d)])
    .join('');
  return `${FIRST[i % 10]} ${tail[0].toUpperCase()}${tail.slice(1)} ${LAST[Math.floor(i / 10) % 10]}`;
}

/** Article `i`: a corpus text made unlike any other. */
function article(i) {
  const source = corpus[i % corpus.length];
  const sentences = source.text.split(/(?<=\.)\s+/);
  // Rotate the body (the first sentence keeps the dateline), so each pass reads another order.
  const k = sentences.length > 2 ? 1 + (Math.floor(i / corpus.length) % (sentences.length - 1)) : 1;
  const body = [sentences[0], ...sentences.slice(k), ...sentences.slice(1, k)].join(' ');
  const numbered = body.replace(/\d+/g, (d) => String((Number(d) + i) % 10 ** d.length).padStart(d.length, '0'));
  const day = 1 + (i % 28);
  const month = MONTHS[i % 12];
  const year = 1990 + (i % 40);
  return {
    text: `${numbered}\n${nameFor(i)} mengatakan, "Laporan ke-${i} terbit ${day} ${month} ${year}," kepada wartawan di Kota ${nameFor(i + 7).split(' ')[1]}.`,
    documentDate: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** Ten distinct per-call dictionary sets: more than a pipeline keeps compiled at once. */
const DICTIONARY_SETS = Array.from({ length: 10 }, (_, s) => [
  loadDictionary({ name: `tokoh-${s}`, actors: Array.from({ length: 200 }, (_, k) => ({ id: `t${s}-${k}`, name: nameFor(s * 1000 + k), type: 'person' })) }),
]);

function heapAfterGC() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

// Warm up: compile the default lexicon and the JIT, so the first checkpoint is a fair base.
for (let i = 0; i < 50; i++) extractEvents(article(total + i).text);
const start = heapAfterGC();
console.log(`after warm-up: heapUsed ${mb(start)} MB`);

const readings = [];
let mentions = 0;
const began = performance.now();
for (let i = 1; i <= total; i++) {
  const { text, documentDate } = article(i);
  let result;
  if (i % 50 === 0) result = createPipeline().run(text, { documentDate });
  else if (i % 10 === 0) result = extractEvents(text, { documentDate, dictionaries: DICTIONARY_SETS[(i / 10) % DICTIONARY_SETS.length] });
  else result = extractEvents(text, { documentDate });
  mentions += result.actors.length;
  if (CHECKPOINTS.includes(i)) {
    const heap = heapAfterGC();
    readings.push({ articles: i, heapUsed: heap, rss: process.memoryUsage().rss });
    console.log(`${String(i).padStart(6)} articles: heapUsed ${mb(heap)} MB, rss ${mb(process.memoryUsage().rss)} MB, ${((performance.now() - began) / i).toFixed(2)} ms/article`);
  }
}

const base = readings[0].heapUsed;
const end = readings[readings.length - 1].heapUsed;
const growth = (end - base) / base;
console.table(readings.map((r) => ({ articles: r.articles, 'heapUsed MB': Number(mb(r.heapUsed)), 'rss MB': Number(mb(r.rss)), 'vs first': `${(((r.heapUsed - base) / base) * 100).toFixed(1)}%` })));
console.log(`${total} articles (${mentions} actors found): heap ${growth <= ALLOWED_GROWTH ? 'flat' : 'GROWS'} — ${mb(base)} MB at ${readings[0].articles}, ${mb(end)} MB at ${total} (${(growth * 100).toFixed(1)}%, allowed ${ALLOWED_GROWTH * 100}%)`);
process.exitCode = growth <= ALLOWED_GROWTH ? 0 : 1;
