#!/usr/bin/env node
// warta beside natural, wink-nlp and compromise on the same Indonesian news text, one article per
// call: tokenization, the full job (who, what, when), stemming, time to first result in a fresh
// process, peak memory, the browser bundle's size, and how the time per MB holds as one document
// grows. Prints one table and writes bench/results/run-<time>.json (and latest.json).
//
//   scripts/build-to.sh perf && npm run bench [-- --lib DIR] [--mb 5] [--only SECTIONS] [--systems NAMES] [--quick]
//
// DIR is a built package (default .build/perf; `dist` after npm run build). SECTIONS, comma
// separated: throughput, stages, stemming, fresh, scaling, bundle (default: all). --quick: 1 MB, fewer
// repeats, scaling up to 1 MB; for trying a change, not for the README.
//
// Throughput is measured interleaved: each system runs in a worker process of its own (its own
// heap: no library pays for another's garbage collection or memory), the text is cut into chunks
// of about 256 KB, and every worker processes each chunk before the next chunk starts, one worker
// at a time, in an order that rotates from chunk to chunk, so that a machine that slows down or
// speeds up (other processes, thermal limits) weighs on all systems alike. Each system's time is
// both the wall clock and its worker's CPU time (process.cpuUsage): on a loaded machine the CPU
// time is the steadier figure. Peak RSS is each worker's after the whole text; time to first
// result comes from fresh processes (this file with --child); scaling runs in a child too.
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { articlesOfSize, documentOfSize, warmUp } from './text.mjs';
import { flag, option } from '../scripts/options.mjs';


const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// natural loads dotenv, which otherwise prints a line on import.
process.env.DOTENV_CONFIG_QUIET = 'true';

const QUICK = flag('quick');
const LIB = resolve(ROOT, option('lib', '.build/perf'));
const MB = Number(option('mb', QUICK ? 1 : 5));
const SECTIONS = new Set(option('only', 'throughput,stages,stemming,fresh,scaling,bundle').split(','));
/** --systems warta,wink: only the systems whose names contain one of these (default: all). */
const ONLY_SYSTEMS = option('systems', null)?.split(',') ?? null;
const CHUNK_BYTES = 256 * 1024;
const MiB = 1024 * 1024;

/** The issue's targets (issue 10), checked at the end. */
const TARGETS = {
  fullMBs: 3,
  tokensMBs: 20,
  firstResultMs: 150,
  peakRssMB: 150,
  bundleGzipKB: 300,
  scalingRatio: 1.3,
};

function entryOf(dir) {
  const pkgPath = join(dir, 'package.json');
  if (!existsSync(pkgPath)) throw new Error(`no package at ${dir}; run scripts/build-to.sh perf first (or give --lib DIR)`);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const pick = (e) => (typeof e === 'string' ? e : e && (pick(e.import) ?? pick(e.default)));
  const exp = pkg.exports && (typeof pkg.exports === 'string' || pkg.exports.import ? pkg.exports : pkg.exports['.']);
  return pathToFileURL(resolve(dir, pick(exp) ?? pkg.module ?? pkg.main)).href;
}

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

// ---- the systems ---------------------------------------------------------------------------------
// Each `load` imports its library and returns run(article) → { tokens, found }: the tokens it made
// and, for the full job, how many things it found (actors, mentions, dates, quotes, events…).

const CUSTOM_ENTITIES = [
  // What an English model can be taught about Indonesian news in a few patterns: officials by title, dates, speech.
  { name: 'official', patterns: ['[presiden|menteri|gubernur|bupati|wali|kapolri|ketua|direktur|juru] [PROPN] [PROPN]', '[presiden|menteri|gubernur|bupati|ketua|direktur] [PROPN]'] },
  { name: 'date', patterns: ['[CARDINAL] [januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember] [CARDINAL]', '[senin|selasa|rabu|kamis|jumat|sabtu|minggu]'] },
  { name: 'statement', patterns: ['[kata|ujar|ucap|tutur|mengatakan|menyatakan|menegaskan] [PROPN]'] },
];

const SYSTEMS = {
  'warta tokens+sentences': {
    task: 'tokens',
    async load() {
      const { createPipeline } = await import(entryOf(LIB));
      const pipeline = createPipeline();
      for (const name of pipeline.stages) if (name !== 'tokenize' && name !== 'sentences') pipeline.remove(name);
      return (text) => ({ tokens: pipeline.run(text).tokens.length });
    },
  },
  'natural WordTokenizer': {
    task: 'tokens',
    async load() {
      const tokenizer = new (require('natural').WordTokenizer)();
      return (text) => ({ tokens: tokenizer.tokenize(text).length });
    },
  },
  'natural TreebankWordTokenizer': {
    task: 'tokens',
    async load() {
      const tokenizer = new (require('natural').TreebankWordTokenizer)();
      return (text) => ({ tokens: tokenizer.tokenize(text).length });
    },
  },
  'natural AggressiveTokenizerId': {
    task: 'tokens',
    async load() {
      const tokenizer = new (require('natural').AggressiveTokenizerId)();
      return (text) => ({ tokens: tokenizer.tokenize(text).length });
    },
  },
  'wink-nlp (pipe: [])': {
    task: 'tokens',
    async load() {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), []);
      return (text) => ({ tokens: nlp.readDoc(text).tokens().length() });
    },
  },
  'compromise/one': {
    task: 'tokens',
    async load() {
      // The CommonJS build: its own world, apart from the full compromise loaded below.
      const nlp = require('compromise/one');
      return (text) => ({ tokens: nlp(text).terms().length });
    },
  },
  'Intl.Segmenter (word)': {
    task: 'tokens',
    async load() {
      const segmenter = new Intl.Segmenter('id', { granularity: 'word' });
      return (text) => {
        let tokens = 0;
        for (const s of segmenter.segment(text)) if (s.isWordLike || s.segment.trim()) tokens++;
        return { tokens };
      };
    },
  },
  'warta extractEvents': {
    task: 'full',
    async load() {
      const { extractEvents } = await import(entryOf(LIB));
      return (text) => {
        const r = extractEvents(text);
        let mentions = 0;
        for (const a of r.actors) mentions += a.mentions.length;
        return { tokens: r.tokens.length, found: mentions + r.dates.length + r.quotes.length + r.events.length };
      };
    },
  },
  'wink-nlp full + custom entities': {
    task: 'full',
    async load() {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      nlp.learnCustomEntities(CUSTOM_ENTITIES);
      const its = nlp.its;
      return (text) => {
        const doc = nlp.readDoc(text);
        const found = doc.entities().out(its.detail).length + doc.customEntities().out(its.detail).length;
        return { tokens: doc.tokens().length(), found };
      };
    },
  },
  'compromise + compromise-dates': {
    task: 'full',
    async load() {
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      return (text) => {
        const doc = nlp(text);
        const found =
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length +
          doc.quotations().out('array').length +
          doc.dates().out('array').length;
        return { tokens: doc.terms().length, found };
      };
    },
  },
};

const TASK_ORDER = ['tokens', 'full', 'stemming'];
/** Which system each task's ratios are taken against. */
const REFERENCE = { tokens: 'warta tokens+sentences', full: 'warta extractEvents', stemming: 'warta lemmatize' };

// ---- child processes: a fresh import, and scaling --------------------------------------------------

/** In a fresh process: import and the first article, the time to first result. */
async function childFresh(name) {
  const { articles } = articlesOfSize(MB * MiB);
  const began = performance.now();
  const cpu = process.cpuUsage();
  const run = await SYSTEMS[name].load();
  run(articles[0]);
  return { firstMs: performance.now() - began, firstCpuMs: cpuMs(process.cpuUsage(cpu)) };
}

/**
 * One document of each size (articles joined by blank lines) through extractEvents: CPU ms per MB,
 * the best of several runs (7 at 100 KB, 3 at 1 MB, 2 above), as for every other figure: one run of
 * a long document may meet a full garbage collection that the next does not.
 */
async function childScaling(sizes) {
  const { extractEvents } = await import(entryOf(LIB));
  const { articles } = articlesOfSize(MiB);
  const measure = (text, runs) => {
    let best = { cpu: Infinity, wall: Infinity };
    for (let r = 0; r < runs; r++) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      extractEvents(text);
      const c = cpuMs(process.cpuUsage(cpu));
      if (c < best.cpu) best = { cpu: c, wall: performance.now() - wall };
    }
    const mb = Buffer.byteLength(text) / MiB;
    return { bytes: Buffer.byteLength(text), cpuMsPerMB: best.cpu / mb, wallMsPerMB: best.wall / mb };
  };
  warmUp(extractEvents, articles);
  measure(documentOfSize(sizes[0]), 3);
  return sizes.map((size) => ({ size, ...measure(documentOfSize(size), size <= 100_000 ? 7 : size <= MiB ? 3 : 2) }));
}

function child(childArgs, nodeArgs = []) {
  const out = spawnSync(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), '--lib', LIB, '--mb', String(MB), ...childArgs], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
  });
  const line = out.stdout.split('\n').find((l) => l.startsWith('@@result '));
  if (out.status !== 0 || !line) throw new Error(`child ${childArgs.join(' ')} failed (${out.status}): ${out.stderr.slice(-2000)}`);
  return JSON.parse(line.slice('@@result '.length));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- the sections ---------------------------------------------------------------------------------

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** The articles in chunks of about CHUNK_BYTES, each with its size in bytes. */
function chunksOf(articles) {
  const chunks = [];
  for (let i = 0, bytes = 0, chunk = []; i < articles.length; i++) {
    chunk.push(articles[i]);
    bytes += Buffer.byteLength(articles[i]);
    if (bytes >= CHUNK_BYTES || i === articles.length - 1) {
      chunks.push({ articles: chunk, bytes });
      chunk = [];
      bytes = 0;
    }
  }
  return chunks;
}

/**
 * A worker: one system in a process of its own (its own heap, so that no library's garbage or
 * memory is counted for another), which processes the chunks the parent names, one at a time,
 * and says what each took. At the end it reports its peak RSS.
 */
async function worker(name) {
  const { articles } = articlesOfSize(MB * MiB);
  const chunks = chunksOf(articles);
  const run = await SYSTEMS[name].load();
  warmUp(run, articles);
  process.on('message', (message) => {
    if (message.done) {
      process.send({ peakRssMB: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
      return;
    }
    const chunk = chunks[message.chunk];
    let tokens = 0;
    let found = 0;
    const wall = performance.now();
    const cpu = process.cpuUsage();
    for (const a of chunk.articles) {
      const r = run(a);
      tokens += r.tokens;
      found += r.found ?? 0;
    }
    process.send({ cpuMs: cpuMs(process.cpuUsage(cpu)), wallMs: performance.now() - wall, tokens, found, bytes: chunk.bytes, articles: chunk.articles.length });
  });
  process.send({ ready: true });
}

/** Every system on every chunk, chunk after chunk, in an order that rotates; one worker each. */
async function throughput(articles) {
  const names = Object.keys(SYSTEMS).filter((name) => !ONLY_SYSTEMS || ONLY_SYSTEMS.some((part) => name.includes(part)));
  const chunks = chunksOf(articles);
  const workers = {};
  for (const name of names) {
    log(`  starting ${name}`);
    const child = fork(fileURLToPath(import.meta.url), ['--worker', name, '--lib', LIB, '--mb', String(MB)], { env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const replies = [];
    const waiting = [];
    child.on('message', (m) => (waiting.length ? waiting.shift()(m) : replies.push(m)));
    child.on('exit', (code) => code && waiting.forEach((w) => w({ failed: code })));
    const next = () => (replies.length ? Promise.resolve(replies.shift()) : new Promise((resolve) => waiting.push(resolve)));
    workers[name] = { child, next };
    // One at a time: a worker loading its library would otherwise slow the others' start.
    const ready = await next();
    if (!ready.ready) throw new Error(`worker ${name} failed (${ready.failed})`);
  }
  const totals = Object.fromEntries(names.map((n) => [n, { bytes: 0, articles: 0, tokens: 0, found: 0, wallMs: 0, cpuMs: 0 }]));
  let lastReport = performance.now();
  for (let c = 0; c < chunks.length; c++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(c + k) % names.length];
      workers[name].child.send({ chunk: c });
      const r = await workers[name].next();
      if (r.failed) throw new Error(`worker ${name} failed (${r.failed})`);
      const total = totals[name];
      for (const key of Object.keys(total)) total[key] += r[key];
    }
    if (performance.now() - lastReport > 10_000) {
      log(`  chunk ${c + 1}/${chunks.length}`);
      lastReport = performance.now();
    }
  }
  for (const name of names) {
    workers[name].child.send({ done: true });
    totals[name].peakRssMB = (await workers[name].next()).peakRssMB;
  }
  return names.map((name) => {
    const t = totals[name];
    return {
      task: SYSTEMS[name].task,
      system: name,
      ...t,
      mbPerSecond: t.bytes / MiB / (t.wallMs / 1000),
      cpuMbPerSecond: t.bytes / MiB / (t.cpuMs / 1000),
      tokensPerSecond: t.tokens / (t.wallMs / 1000),
      cpuTokensPerSecond: t.tokens / (t.cpuMs / 1000),
    };
  });
}

/**
 * warta's stages on the same text: wall ms per MB from `{ profile: true }`, and CPU ms per MB
 * estimated as each stage's share of the wall time times the CPU time of the whole run (the
 * profile reads the wall clock, which a loaded machine stretches for every stage alike).
 */
async function stages(articles, bytes) {
  const { extractEvents } = await import(entryOf(LIB));
  warmUp(extractEvents, articles);
  const wallByStage = new Map();
  const cpu = process.cpuUsage();
  for (const a of articles) for (const { stage, ms } of extractEvents(a, { profile: true }).profile) wallByStage.set(stage, (wallByStage.get(stage) ?? 0) + ms);
  const cpuTotal = cpuMs(process.cpuUsage(cpu));
  const wallTotal = [...wallByStage.values()].reduce((a, b) => a + b, 0);
  const mb = bytes / MiB;
  return [...wallByStage].map(([stage, ms]) => ({ stage, wallMsPerMB: ms / mb, cpuMsPerMB: ((ms / wallTotal) * cpuTotal) / mb, share: ms / wallTotal }));
}

/** bench/stemming.mjs (the events engineer's) in a child: its speeds, agreement and accuracy lines. */
function stemming() {
  const out = spawnSync(process.execPath, [join(ROOT, 'bench/stemming.mjs'), '--lib', LIB], { encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  if (out.status !== 0) throw new Error(`bench/stemming.mjs failed: ${out.stderr.slice(-2000)}`);
  const speed = /speed: warta ([\d.]+) MB\/s, natural StemmerId ([\d.]+) MB\/s/.exec(out.stdout);
  if (!speed) throw new Error(`bench/stemming.mjs printed no speed line:\n${out.stdout}`);
  const notes = out.stdout.split('\n').filter((l) => /accuracy|agreement/.test(l));
  // stemming.mjs counts MB as 10^6 bytes; the table counts MiB like the rest.
  const mib = (mbs) => (Number(mbs) * 1e6) / MiB;
  return {
    rows: [
      { task: 'stemming', system: 'warta lemmatize', mbPerSecond: mib(speed[1]) },
      { task: 'stemming', system: 'natural StemmerId', mbPerSecond: mib(speed[2]) },
    ],
    notes,
  };
}

/** Time to first result: the median of `repeats` fresh processes. */
function fresh(names, repeats) {
  const out = {};
  for (const name of names) {
    log(`  fresh process: ${name}`);
    const samples = [];
    for (let r = 0; r < repeats; r++) samples.push(child(['--child', name]));
    out[name] = { firstMs: median(samples.map((s) => s.firstMs)), firstCpuMs: median(samples.map((s) => s.firstCpuMs)) };
  }
  return out;
}

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    minify: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  // The largest inputs, by their minified bytes in the bundle.
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  const model = readFileSync(join(ROOT, 'dictionaries/ner-model.json'));
  return {
    minifiedKB: code.length / 1000,
    gzipKB: gzipSync(code, { level: 9 }).length / 1000,
    nerModelGzipKB: gzipSync(model, { level: 9 }).length / 1000,
    largest: inputs.slice(0, 6).map((i) => ({ path: i.path, minifiedKB: i.bytes / 1000 })),
  };
}

// ---- the table ------------------------------------------------------------------------------------

function fmt(value, digits = 1) {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e4) return `${(value / 1e3).toFixed(0)} k`;
  return value.toFixed(digits);
}

function table(rows) {
  const header = ['task', 'system', 'MB/s', 'CPU MB/s', 'tokens/s', '× warta', 'found/KB', 'first result ms', 'peak RSS MB'];
  const cells = rows.map((r) => {
    const reference = rows.find((x) => x.system === REFERENCE[r.task]);
    const ratio = reference && r !== reference ? (r.cpuMbPerSecond ?? r.mbPerSecond) / (reference.cpuMbPerSecond ?? reference.mbPerSecond) : r === reference ? 1 : undefined;
    return [
      r.task,
      r.system,
      fmt(r.mbPerSecond),
      fmt(r.cpuMbPerSecond),
      fmt(r.tokensPerSecond),
      ratio === undefined ? '' : `${ratio.toFixed(2)}`,
      r.found ? fmt(r.found / (r.bytes / 1000), 2) : '',
      fmt(r.firstMs, 0),
      fmt(r.peakRssMB, 0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|')}|`, ...cells.map(line)].join('\n');
}

// ---- main -----------------------------------------------------------------------------------------

async function main() {

  const { articles, bytes } = articlesOfSize(MB * MiB);
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadBefore: loadavg()[0],
  };
  log(`text: ${(bytes / MiB).toFixed(2)} MB in ${articles.length} articles; lib ${LIB}; load ${machine.loadBefore.toFixed(1)}`);
  const report = { date: new Date().toISOString(), machine, lib: LIB, textBytes: bytes, articles: articles.length, rows: [] };

  if (SECTIONS.has('throughput')) {
    log('throughput (interleaved):');
    report.rows.push(...(await throughput(articles)));
  }
  if (SECTIONS.has('stages')) {
    log('stages of extractEvents:');
    report.stages = await stages(articles, bytes);
  }
  if (SECTIONS.has('stemming')) {
    log('stemming: bench/stemming.mjs');
    const s = stemming();
    report.rows.push(...s.rows);
    report.stemmingNotes = s.notes;
  }
  if (SECTIONS.has('fresh')) {
    log('fresh processes:');
    const names = ['warta extractEvents', 'warta tokens+sentences', 'natural WordTokenizer', 'wink-nlp (pipe: [])', 'wink-nlp full + custom entities', 'compromise/one', 'compromise + compromise-dates', 'Intl.Segmenter (word)'];
    report.fresh = fresh(names, QUICK ? 2 : 5);
    for (const [system, figures] of Object.entries(report.fresh)) {
      const row = report.rows.find((r) => r.system === system);
      if (row) Object.assign(row, figures);
      else report.rows.push({ task: SYSTEMS[system].task, system, ...figures });
    }
    report.rows.sort((a, b) => TASK_ORDER.indexOf(a.task) - TASK_ORDER.indexOf(b.task));
  }
  if (SECTIONS.has('scaling')) {
    log('scaling: one document through extractEvents');
    const sizes = QUICK ? [100_000, MiB] : [100_000, MiB, 10 * MiB];
    report.scaling = child(['--child', 'scaling', '--sizes', sizes.join(',')], ['--max-old-space-size=4096']);
  }
  if (SECTIONS.has('bundle')) report.bundle = await bundle();
  machine.loadAfter = loadavg()[0];

  // ---- print ----------------------------------------------------------------------------------------
  const print = (s = '') => process.stdout.write(`${s}\n`);
  print(`\nwarta ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} on ${(bytes / MiB).toFixed(2)} MB of Indonesian news text (${articles.length} articles, one a call)`);
  print(`machine: ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, load average ${machine.loadBefore.toFixed(1)} → ${machine.loadAfter.toFixed(1)}\n`);
  if (report.rows.length) {
    print(table(report.rows));
    print('\nMB/s: wall clock; CPU MB/s: this process\'s CPU time; × warta: CPU speed over warta\'s for the same task; found/KB: what the full job reports.');
  }
  for (const note of report.stemmingNotes ?? []) print(`stemming: ${note}`);
  if (report.stages) {
    print('\nextractEvents by stage (ms per MB; CPU estimated from each stage\'s share of the wall time):');
    for (const s of report.stages) print(`  ${s.stage.padEnd(12)} ${s.cpuMsPerMB.toFixed(0).padStart(5)} CPU  ${s.wallMsPerMB.toFixed(0).padStart(5)} wall  ${(100 * s.share).toFixed(1).padStart(5)}%`);
    print(`  ${'total'.padEnd(12)} ${report.stages.reduce((a, s) => a + s.cpuMsPerMB, 0).toFixed(0).padStart(5)} CPU`);
  }
  if (report.scaling) {
    print('\nscaling (one document through extractEvents, CPU ms per MB):');
    for (const s of report.scaling) print(`  ${fmt(s.bytes / 1000, 0).padStart(7)} KB: ${s.cpuMsPerMB.toFixed(0)} ms/MB CPU (${s.wallMsPerMB.toFixed(0)} wall)`);
    const ratio = report.scaling.at(-1).cpuMsPerMB / report.scaling[0].cpuMsPerMB;
    report.scalingRatio = ratio;
    print(`  largest / smallest: ${ratio.toFixed(2)}×`);
  }
  if (report.bundle) {
    const b = report.bundle;
    print(`\nbrowser bundle (esbuild --bundle --minify --platform=neutral src/index.ts): ${b.minifiedKB.toFixed(0)} kB minified, ${b.gzipKB.toFixed(0)} kB gzip (NER model: ${b.nerModelGzipKB.toFixed(0)} kB gzip)`);
    print(`  largest inputs: ${b.largest.map((i) => `${i.path.replace(/^.*?(src|dictionaries)\//, '$1/')} ${i.minifiedKB.toFixed(0)} kB`).join(', ')}`);
  }

  // ---- targets --------------------------------------------------------------------------------------
  const row = (name) => report.rows.find((r) => r.system === name);
  const checks = [];
  const check = (label, value, ok, shown) => value !== undefined && value !== null && checks.push({ label, value, ok, shown });
  const full = row('warta extractEvents');
  const tokens = row('warta tokens+sentences');
  check(`extractEvents ≥ ${TARGETS.fullMBs} MB/s (CPU)`, full?.cpuMbPerSecond, full?.cpuMbPerSecond >= TARGETS.fullMBs, `${fmt(full?.cpuMbPerSecond)} MB/s`);
  check(`tokens+sentences ≥ ${TARGETS.tokensMBs} MB/s (CPU)`, tokens?.cpuMbPerSecond, tokens?.cpuMbPerSecond >= TARGETS.tokensMBs, `${fmt(tokens?.cpuMbPerSecond)} MB/s`);
  const wink = row('wink-nlp full + custom entities');
  if (full && wink) check('extractEvents ≥ 1.5× wink-nlp full (CPU)', full.cpuMbPerSecond / wink.cpuMbPerSecond, full.cpuMbPerSecond / wink.cpuMbPerSecond >= 1.5, `${(full.cpuMbPerSecond / wink.cpuMbPerSecond).toFixed(2)}×`);
  const wf = report.fresh?.['warta extractEvents'];
  check(`time to first result ≤ ${TARGETS.firstResultMs} ms`, wf?.firstMs, wf?.firstMs <= TARGETS.firstResultMs, `${fmt(wf?.firstMs, 0)} ms wall, ${fmt(wf?.firstCpuMs, 0)} ms CPU`);
  check(`peak RSS ≤ ${TARGETS.peakRssMB} MB`, full?.peakRssMB, full?.peakRssMB <= TARGETS.peakRssMB, `${fmt(full?.peakRssMB, 0)} MB`);
  check(`bundle ≤ ${TARGETS.bundleGzipKB} kB gzip`, report.bundle?.gzipKB, report.bundle?.gzipKB <= TARGETS.bundleGzipKB, `${fmt(report.bundle?.gzipKB, 0)} kB`);
  check(`time per MB, largest doc ≤ ${TARGETS.scalingRatio}× smallest`, report.scalingRatio, report.scalingRatio <= TARGETS.scalingRatio, `${fmt(report.scalingRatio, 2)}×`);
  report.targets = checks;
  print('\ntargets:');
  for (const c of checks) print(`  ${c.ok ? 'ok  ' : 'MISS'} ${c.label}: ${c.shown}`);

  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `run-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  print(`\nwrote ${file}`);
}

if (flag('worker')) {
  await worker(option('worker'));
} else if (flag('child')) {
  const what = option('child');
  const result = what === 'scaling' ? await childScaling(option('sizes').split(',').map(Number)) : await childFresh(what);
  // A marked line, so that whatever a library prints cannot be taken for the result.
  process.stdout.write(`\n@@result ${JSON.stringify(result)}\n`);
  process.exit(0);
} else {
  await main();
}
