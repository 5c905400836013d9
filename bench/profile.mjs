#!/usr/bin/env node
// Where extractEvents spends its CPU time, by stage and by function, in ms per MB of news text;
// with --allocations, what it allocates instead (MB allocated per MB of text: what the garbage
// collector must sweep up, whether it lives long or not).
//
//   scripts/build-to.sh perf && node bench/profile.mjs [--lib DIR] [--mb 2] [--top 10] [--document BYTES] [--allocations] [--keep DIR]
//
// Runs the articles of bench/text.mjs through the built package (default .build/perf; an
// unminified esbuild bundle, whose "// src/…" comments name each function's source file) in a
// child process under `node --cpu-prof`, then gives each sample to the pipeline stage whose `run`
// is on its stack, counting only the samples taken while the articles run (after a warm-up). The
// sampler reads the wall clock, which a loaded machine stretches, so the figures are scaled to
// the child's own CPU time (process.cpuUsage): shares are what the profile measures, totals are
// CPU. Garbage collection counts as "(outside)". With --document, the text is one document of
// BYTES (articles joined by blank lines) run as many times as make --mb: where a long document's
// time goes that a short one's does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlesOfSize, documentOfSize, warmUp } from './text.mjs';
import { flag, option } from '../scripts/options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIB = resolve(ROOT, option('lib', '.build/perf'));
const BUNDLE = join(LIB, 'dist/index.js');
const MB = Number(option('mb', 2));
const TOP = Number(option('top', 10));
const DOCUMENT = option('document', null);
const ALLOCATIONS = flag('allocations');
const MiB = 1024 * 1024;

if (flag('child')) {
  const { extractEvents } = await import(pathToFileURL(BUNDLE).href);
  let { articles, bytes } = articlesOfSize(MB * MiB);
  // The compiler takes a few MB to tier up the code (warmUp): a profile of the first megabytes
  // would show the unoptimized code.
  warmUp(extractEvents, articles);
  if (DOCUMENT) {
    const document = documentOfSize(Number(DOCUMENT));
    articles = Array.from({ length: Math.max(1, Math.round((MB * MiB) / Buffer.byteLength(document))) }, () => document);
    bytes = articles.length * Buffer.byteLength(document);
  }
  if (ALLOCATIONS) {
    // Sampled allocations, those the collector has already freed included.
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (const a of articles) extractEvents(a);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    // Too large for a pipe that process.exit would cut short: the parent reads it from a file.
    writeFileSync(option('heap-file'), JSON.stringify(profile));
    process.stdout.write(`@@result ${JSON.stringify({ bytes })}\n`);
    process.exit(0);
  }
  // The profile's timestamps are microseconds of the monotonic clock, like hrtime.
  const from = Number(process.hrtime.bigint() / 1000n);
  const cpu = process.cpuUsage();
  for (const a of articles) extractEvents(a);
  const used = process.cpuUsage(cpu);
  const to = Number(process.hrtime.bigint() / 1000n);
  process.stdout.write(`@@result ${JSON.stringify({ bytes, cpuMs: (used.user + used.system) / 1000, from, to })}\n`);
  process.exit(0);
}

/** A heap profile's tree as a CPU profile's nodes, each allocated byte a "sample" of one microsecond. */
function allocationsAsCpuProfile(head) {
  const nodes = [];
  const samples = [];
  const timeDeltas = [];
  const visit = (node) => {
    nodes.push({ id: node.id, callFrame: node.callFrame, children: node.children.map((c) => c.id) });
    if (node.selfSize) {
      samples.push(node.id);
      timeDeltas.push(node.selfSize);
    }
    node.children.forEach(visit);
  };
  visit(head);
  return { nodes, samples, timeDeltas, startTime: 0 };
}

let bytes, cpuMs, from, to, profile;
if (ALLOCATIONS) {
  const dir = mkdtempSync(join(tmpdir(), 'warta-profile-'));
  const heapFile = join(dir, 'heap.json');
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', '--allocations', '--heap-file', heapFile, '--lib', LIB, '--mb', String(MB), ...(DOCUMENT ? ['--document', DOCUMENT] : [])], { encoding: 'utf8' });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@result '));
  if (child.status !== 0 || !line) throw new Error(`profiled run failed: ${child.stderr.slice(-2000)}`);
  ({ bytes } = JSON.parse(line.slice('@@result '.length)));
  profile = allocationsAsCpuProfile(JSON.parse(readFileSync(heapFile, 'utf8')).head);
  rmSync(dir, { recursive: true, force: true });
  from = -Infinity;
  to = Infinity;
} else {
  const dir = option('keep', null) ?? mkdtempSync(join(tmpdir(), 'warta-profile-'));
  const child = spawnSync(process.execPath, ['--cpu-prof', '--max-old-space-size=4096', '--cpu-prof-dir', dir, fileURLToPath(import.meta.url), '--child', '--lib', LIB, '--mb', String(MB), ...(DOCUMENT ? ['--document', DOCUMENT] : [])], { encoding: 'utf8' });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@result '));
  if (child.status !== 0 || !line) throw new Error(`profiled run failed: ${child.stderr.slice(-2000)}`);
  ({ bytes, cpuMs, from, to } = JSON.parse(line.slice('@@result '.length)));
  profile = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
}

// The bundle's module boundaries: esbuild writes "// src/stages/x.ts" before each module.
const modules = [];
readFileSync(BUNDLE, 'utf8')
  .split('\n')
  .forEach((text, line) => {
    const m = /^\/\/ ((?:src|dictionaries)\/\S+)/.exec(text);
    if (m) modules.push({ line, path: m[1] });
  });
const moduleAt = (line) => {
  let lo = 0;
  let hi = modules.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (modules[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo ? modules[lo - 1] : null;
};
const bundleUrl = pathToFileURL(BUNDLE).href;
const describe = ({ functionName, url, lineNumber }) => {
  if (url !== bundleUrl) return { path: null, name: `${functionName || '(native)'}${url ? ` ${url.split('/').pop()}` : ''}` };
  const m = moduleAt(lineNumber);
  return { path: m?.path ?? null, name: `${functionName || '(anonymous)'} ${m ? `${m.path}:+${lineNumber - m.line}` : ''}` };
};

// A stage is the module src/stages/<name>.ts whose `run` is on the stack.
const STAGE_FILE = /^src\/stages\/([a-z]+)\.ts$/;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stageOf = new Map();
const stageOfNode = (id) => {
  if (stageOf.has(id)) return stageOf.get(id);
  const frame = describe(byId.get(id).callFrame);
  const own = byId.get(id).callFrame.functionName === 'run' && STAGE_FILE.exec(frame.path ?? '')?.[1];
  const stage = own || (parent.has(id) ? stageOfNode(parent.get(id)) : null);
  stageOf.set(id, stage);
  return stage;
};
// Only the samples of the timed loop: not the import, the warm-up or the first compiles.
const selfMs = new Map();
for (let i = 0, at = profile.startTime; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= from && at <= to) selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
let sampled = 0;
const stages = new Map();
for (const [id, ms] of selfMs) {
  const node = byId.get(id);
  if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
  sampled += ms;
  const stage = stageOfNode(id) ?? '(outside)';
  const entry = stages.get(stage) ?? { ms: 0, functions: new Map() };
  entry.ms += ms;
  const name = describe(node.callFrame).name;
  entry.functions.set(name, (entry.functions.get(name) ?? 0) + ms);
  stages.set(stage, entry);
}
const mb = bytes / MiB;
// A heap profile's "ms" are kilobytes allocated (see allocationsAsCpuProfile).
const perMB = ALLOCATIONS ? (kb) => (kb * 1000) / MiB / mb : (ms) => ((ms / sampled) * cpuMs) / mb;
const unit = ALLOCATIONS ? 'MB/MB' : 'ms/MB';
if (ALLOCATIONS) console.log(`${mb.toFixed(2)} MB through ${LIB}: ${perMB(sampled).toFixed(0)} MB allocated per MB of text`);
else console.log(`${mb.toFixed(2)} MB through ${LIB}: ${(cpuMs / mb).toFixed(0)} CPU ms per MB (${(mb / (cpuMs / 1000)).toFixed(2)} MB/s of CPU)`);
for (const [stage, { ms, functions }] of [...stages].sort((a, b) => b[1].ms - a[1].ms)) {
  const digits = ALLOCATIONS ? 1 : 0;
  console.log(`\n${stage.padEnd(14)} ${perMB(ms).toFixed(digits).padStart(5)} ${unit}  ${((100 * ms) / sampled).toFixed(1).padStart(5)}%`);
  for (const [name, fms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${perMB(fms).toFixed(digits).padStart(5)}  ${name}`);
}
