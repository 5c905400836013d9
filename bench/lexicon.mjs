#!/usr/bin/env node
// Benchmarks the dictionaries and their matcher, over src bundled with esbuild:
//   node bench/lexicon.mjs            (add --quick to skip the 1,000,000-entry load)
// - building the lexicon from the shipped dictionaries and from generated 100,000 and
//   1,000,000-entry dictionaries (time, heap);
// - matchActors throughput on ≥ 5 MB of generated news-like text with 1,000 vs 100,000 entries;
// - import plus the first extractEvents call in a fresh process, and the heap the shipped
//   dictionaries take;
// - gzip sizes of the dictionary files and of the browser bundle.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { flag } from '../scripts/options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = flag('quick');
const out = mkdtempSync(join(tmpdir(), 'warta-bench-lexicon-'));
// As in the package: ES modules, so Node does not parse the bundle twice to guess.
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');

// ---- bundles -----------------------------------------------------------------------------------

const entry = join(out, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { compileLexicon } from ${JSON.stringify(join(root, 'src/lexicon/lexicon.ts'))};`,
    `export { loadDictionary } from ${JSON.stringify(join(root, 'src/lexicon/load.ts'))};`,
    `export { SHIPPED_DICTIONARIES } from ${JSON.stringify(join(root, 'src/lexicon/shipped.ts'))};`,
    `export { tokenize } from ${JSON.stringify(join(root, 'src/stages/tokenize.ts'))};`,
  ].join('\n'),
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: join(out, 'lexicon.js'), logLevel: 'warning' });
await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: join(out, 'index.js'), logLevel: 'warning' });
await build({ entryPoints: [join(root, 'src/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: join(out, 'index.min.js'), logLevel: 'warning' });
const lib = await import(pathToFileURL(join(out, 'lexicon.js')).href);

// ---- helpers -----------------------------------------------------------------------------------

const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gc = () => globalThis.gc?.();
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Wall and CPU milliseconds of `fn`: on a shared machine the CPU time is the steadier figure. */
function timed(fn) {
  const t = performance.now();
  const c = cpuMs();
  const value = fn();
  return { value, ms: performance.now() - t, cpu: cpuMs() - c };
}
const both = (t) => `${ms(t.ms)} (cpu ${ms(t.cpu)})`;
const rows = [];
const report = (what, value) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(64)} ${value}`);
};

/** A deterministic pseudo-random generator, so every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Agus Budi Dewi Eko Fajar Gita Hadi Indra Joko Kurnia Lestari Made Nur Putri Rahmat Sari Tri Wahyu Yudi Zainal Andi Bambang Citra Dian Endang Fitri Gunawan Hendra Intan Jaka Komang Lina Mulyadi Nanda Oki Pratiwi Rini Siti Taufik Umar Vina Wulan Yanti Arif Bayu Cahya Dodi Erna Farid Galih Hesti Imam Januar'.split(' ');
const LAST = 'Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Siregar Harahap Lubis Nasution Simanjuntak Wibowo Setiawan Gunadi Halim Tanjung Purba Sitompul Manurung Sembiring Ginting Tarigan Hutapea Pangaribuan Rangkuti Daulay Batubara Situmorang Panjaitan Hasibuan Pohan Ritonga Matondang Sinaga Silalahi Marpaung Napitupulu Aritonang Simatupang Sihombing Hutagalung Tambunan Pasaribu Sianturi Butarbutar Samosir Sagala Damanik Saragih'.split(' ');
const MIDDLE = 'Adi Ayu Bagus Cahyo Dwi Eka Fitra Gilang Hari Ilham Jati Kencana Laksmi Mega Nuraini Okta Prasetyo Ratna Surya Tirta'.split(' ');
const ORG_HEAD = ['PT', 'Yayasan', 'Koperasi', 'Universitas', 'Bank', 'Rumah Sakit', 'Lembaga', 'Perkumpulan'];
const ORG_WORD = 'Nusantara Sejahtera Makmur Abadi Jaya Mandiri Sentosa Bersama Raya Prima Utama Sakti Lestari Agung Cemerlang Persada Gemilang Perkasa Global Digital Energi Karya Tirta Bumi Samudra Sinar Cahaya Mitra Harapan Bangun'.split(' ');

const SYLLABLES = 'ba da ga ha ja ka la ma na pa ra sa ta wa ya bi di ki li mi ni ri si ti wi bu du gu ku lu mu nu ru su tu'.split(' ');

/** `n` distinct person and organization entries, names sharing first words as real names do. */
function generatedEntries(n, seed) {
  const next = random(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  // Surnames beyond the common ones are made of syllables, so a million names stay distinct.
  const surname = () => (next() < 0.3 ? pick(LAST) : pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)).replace(/^./, (c) => c.toUpperCase());
  const seen = new Set();
  const actors = [];
  while (actors.length < n) {
    const person = next() < 0.7;
    const name = person
      ? next() < 0.5
        ? `${pick(FIRST)} ${surname()}`
        : `${pick(FIRST)} ${pick(MIDDLE)} ${surname()}`
      : `${pick(ORG_HEAD)} ${pick(ORG_WORD)} ${pick(ORG_WORD)} ${surname()}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const id = `gen-${actors.length}`;
    actors.push(person ? { id, name, type: 'person', aliases: [`${name.split(' ')[0]} ${name.split(' ').slice(-1)[0]}`] } : { id, name, type: 'organization', subtype: 'company' });
  }
  return actors;
}

const FILLER = 'yang dan di ke dari untuk pada dengan itu ini akan telah sudah masih juga tidak dalam oleh sebagai karena bahwa para pemerintah warga kota daerah harga pasar rapat kebijakan anggaran proyek jalan banjir sekolah rumah sakit petani nelayan pekerja investor laporan data tahun bulan minggu hari pekan lalu kemarin'.split(' ');
const VERBS = 'mengatakan menyatakan menjelaskan menegaskan meresmikan mengunjungi menandatangani membahas menolak meminta'.split(' ');
const PLACES = ['Jakarta', 'Surabaya', 'Kota Palu', 'Kabupaten Sigi', 'Jawa Barat', 'Amerika Serikat', 'Rusia', 'Korea Utara', 'Tiongkok', 'Makassar', 'Medan', 'Bandung'];
const BODIES = ['KPK', 'DPR', 'Kementerian Keuangan', 'BMKG', 'PBB', 'ASEAN', 'Polda Metro Jaya', 'Bank Indonesia', 'Pertamina', 'Reuters'];

/** News-like text of at least `bytes` characters naming `names`, places and bodies. */
function generatedText(bytes, names, seed) {
  const next = random(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const words = [];
    for (let i = 0; i < 14; i++) {
      const r = next();
      words.push(r < 0.08 ? pick(names) : r < 0.12 ? pick(PLACES) : r < 0.15 ? pick(BODIES) : r < 0.2 ? pick(VERBS) : pick(FILLER));
    }
    const sentence = words.join(' ');
    const line = sentence[0].toUpperCase() + sentence.slice(1) + (next() < 0.2 ? '.\n' : '. ');
    parts.push(line);
    length += line.length;
  }
  return parts.join('');
}

// ---- shipped dictionaries ----------------------------------------------------------------------

const { loadavg, cpus } = await import('node:os');
console.log(`node ${process.version}, ${process.platform}, ${cpus().length} cpus, load average ${loadavg()[0].toFixed(1)}; gc ${globalThis.gc ? 'exposed' : 'not exposed (run with --expose-gc for heap figures)'}\n`);
const shipped = lib.SHIPPED_DICTIONARIES;
const shippedActors = shipped.reduce((n, d) => n + (d.actors?.length ?? 0), 0);
const shippedWords = shipped.reduce((n, d) => n + Object.values(d.words ?? {}).reduce((m, l) => m + l.length, 0), 0);
{
  const before = heap();
  const first = timed(() => lib.compileLexicon(shipped));
  const after = heap();
  const again = [];
  for (let i = 0; i < 5; i++) again.push(timed(() => lib.compileLexicon(shipped)).ms);
  report(`compile shipped (${shippedActors} actors, ${shippedWords} words), first`, both(first));
  report('compile shipped, median of 5 more', ms(median(again)));
  if (globalThis.gc) report('heap of one compiled shipped lexicon', mb(after - before));
  first.value.matchActors([]);
}

// ---- generated dictionaries --------------------------------------------------------------------

function buildFigures(n) {
  // One seed for every size: a larger dictionary holds the smaller ones.
  const actors = generatedEntries(n, 1);
  const text = JSON.stringify({ name: `generated-${n}`, actors });
  const before = heap();
  const loaded = timed(() => lib.loadDictionary(text));
  const compiled = timed(() => lib.compileLexicon([...shipped, loaded.value]));
  const after = heap();
  report(`load generated ${n.toLocaleString('en')} entries (${mb(text.length)} JSON)`, both(loaded));
  report(`compile shipped + ${n.toLocaleString('en')} entries`, both(compiled));
  if (globalThis.gc) report(`heap of dictionary + lexicon, ${n.toLocaleString('en')} entries`, mb(after - before));
  return { actors, lexicon: compiled.value };
}

const small = buildFigures(1_000);
const large = buildFigures(100_000);

// ---- match throughput --------------------------------------------------------------------------

{
  // The text names the small dictionary's entries, which the large one holds too, among 99,000
  // more that share their first and last words.
  const names = small.actors.map((a) => a.name);
  const text = generatedText(5.2 * 1024 * 1024, names, 7);
  const abbreviations = { has: (f) => small.lexicon.words('abbreviations').has(f) };
  const tokens = lib.tokenize(text, abbreviations);
  const rounds = 7;
  const runs = { small: { times: [], cpus: [], found: 0 }, large: { times: [], cpus: [], found: 0 } };
  const once = (lexicon, into) => {
    const t = timed(() => lexicon.matchActors(tokens));
    into.times.push(t.ms);
    into.cpus.push(t.cpu);
    into.found = t.value.length;
  };
  // Warm both, then alternate, so a busy moment of the machine falls on both alike.
  once(small.lexicon, { times: [], cpus: [] });
  once(large.lexicon, { times: [], cpus: [] });
  for (let i = 0; i < rounds; i++) {
    once(small.lexicon, runs.small);
    once(large.lexicon, runs.large);
  }
  const summary = (r) => ({ ms: median(r.times), cpu: median(r.cpus), found: r.found });
  const a = summary(runs.small);
  const b = summary(runs.large);
  const mbText = text.length / 1048576;
  report(`text: ${mb(text.length)}, ${tokens.length.toLocaleString('en')} tokens`, '');
  const rate = (t) => `${(mbText / (t.ms / 1000)).toFixed(1)} MB/s (cpu ${(mbText / (t.cpu / 1000)).toFixed(1)} MB/s)`;
  report('matchActors, shipped + 1,000 entries (median of 7)', `${both(a)} = ${rate(a)}, ${a.found} matches`);
  report('matchActors, shipped + 100,000 entries (median of 7)', `${both(b)} = ${rate(b)}, ${b.found} matches`);
  report('cost of 100,000 entries / cost of 1,000 entries', `${(b.ms / a.ms).toFixed(2)}× wall, ${(b.cpu / a.cpu).toFixed(2)}× cpu (limit 1.5×)`);
}

if (!quick) buildFigures(1_000_000);

// ---- import and first call in a fresh process --------------------------------------------------

{
  const probe = join(out, 'first-call.mjs');
  writeFileSync(
    probe,
    `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = performance.now(), c0 = cpu();
const { extractEvents } = await import(${JSON.stringify(pathToFileURL(join(out, 'index.js')).href)});
const t1 = performance.now(), c1 = cpu();
extractEvents('Bisnis.com, JAKARTA - Presiden Rusia Vladimir Putin menandatangani undang-undang itu pada Sabtu (9/11/2024), kata juru bicara Kremlin Dmitry Peskov kepada Reuters.');
const t2 = performance.now(), c2 = cpu();
globalThis.gc?.();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, importCpu: c1 - c0, firstCpu: c2 - c1, heap: process.memoryUsage().heapUsed }));`,
  );
  const empty = join(out, 'empty.mjs');
  writeFileSync(empty, 'globalThis.gc?.(); console.log(JSON.stringify({ heap: process.memoryUsage().heapUsed }));');
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' })));
  const base = JSON.parse(execFileSync(process.execPath, ['--expose-gc', empty], { encoding: 'utf8' })).heap;
  const pick = (f) => ({ ms: median(runs.map((r) => f(r)[0])), cpu: median(runs.map((r) => f(r)[1])) });
  report('import of the library (fresh process, median of 7)', both(pick((r) => [r.importMs, r.importCpu])));
  report('first extractEvents call on a short article (median of 7)', both(pick((r) => [r.firstMs, r.firstCpu])));
  report('import + first call (median of 7; limit 150 ms)', both(pick((r) => [r.importMs + r.firstMs, r.importCpu + r.firstCpu])));
  report('heap after import + first call, over an empty process', mb(median(runs.map((r) => r.heap)) - base));
}

// ---- sizes -------------------------------------------------------------------------------------

{
  const dir = join(root, 'dictionaries');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const mine = ['countries', 'regions', 'institutions', 'international', 'outlets', 'people'].map((n) => `${n}.json`);
  const gz = (files) => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dir, f)))), { level: 9 }).length;
  report('gzip of the actor dictionaries (countries … people)', kb(gz(mine)));
  report(`gzip of all ${files.length} dictionary files`, kb(gz(files)));
  report('gzip of the minified browser bundle (src/index.ts)', kb(gzipSync(readFileSync(join(out, 'index.min.js')), { level: 9 }).length));
}
