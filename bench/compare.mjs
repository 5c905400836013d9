#!/usr/bin/env node
// Two builds of warta side by side in one process, at their steady speed: CPU ms per MB of
// extractEvents, and each stage's share. For a change meant to make warta faster, beside
// scripts/same-output.mjs (which checks that it changes nothing else).
//
//   scripts/build-to.sh base   (on the commit to compare with)
//   scripts/build-to.sh NAME && node bench/compare.mjs --base .build/base --lib .build/NAME [--mb 1] [--rounds 6]
//
// Both builds are warmed on 4 MB, then run the same articles in turns, round after round, so that
// a machine that slows down weighs on both alike; each build's best round counts. In one process
// they share a heap: good enough to compare, not a figure for the README (that is bench/run.mjs).
// Below the totals, each stage's own best and median round (wall ms per MB): a change to one stage
// of under 1 ms/MB is lost in the totals' noise but shows there over 30 rounds or more. The build
// loaded second tends to look a little faster: run both orders.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlesOfSize, warmUp } from './text.mjs';
import { option } from '../scripts/options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MiB = 1024 * 1024;
const builds = [option('base', '.build/base'), option('lib', '.build/perf')];
const ROUNDS = Number(option('rounds', 6));
const { articles, bytes } = articlesOfSize(Number(option('mb', 1)) * MiB);
const mb = bytes / MiB;

const runs = [];
for (const dir of builds) runs.push((await import(pathToFileURL(join(resolve(ROOT, dir), 'dist/index.js')).href)).extractEvents);
for (const run of runs) warmUp(run, articles);

const best = runs.map(() => ({ cpuMs: Infinity, stages: {} }));
/** Each build's wall ms per MB in each stage, round by round. */
const stageRounds = runs.map(() => ({}));
for (let round = 0; round < ROUNDS; round++) {
  runs.forEach((run, k) => {
    const stages = {};
    const cpu = process.cpuUsage();
    for (const a of articles) for (const s of run(a, { profile: true }).profile) stages[s.stage] = (stages[s.stage] ?? 0) + s.ms;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / mb;
    if (cpuMs < best[k].cpuMs) best[k] = { cpuMs, stages };
    for (const [stage, ms] of Object.entries(stages)) (stageRounds[k][stage] ??= []).push(ms / mb);
  });
}

builds.forEach((dir, k) => {
  const { cpuMs, stages } = best[k];
  const wall = Object.values(stages).reduce((a, b) => a + b, 0);
  // Each stage's CPU is estimated from its share of the stages' wall time, as in bench/run.mjs.
  const parts = Object.entries(stages).map(([stage, ms]) => `${stage} ${((cpuMs * ms) / wall).toFixed(0)}`);
  console.log(`${dir}: ${cpuMs.toFixed(0)} CPU ms/MB (${(1000 / cpuMs).toFixed(2)} MB/s) | ${parts.join('  ')}`);
});
console.log(`${builds[1]} / ${builds[0]}: ${(best[0].cpuMs / best[1].cpuMs).toFixed(2)}× the speed`);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('each stage, wall ms/MB, best / median of its own rounds:');
// Every stage of either build: one that only the other has shows a dash on its side.
for (const stage of new Set(stageRounds.flatMap(Object.keys))) {
  const [base, lib] = stageRounds.map((rounds) => rounds[stage] ?? []);
  const cell = (xs) => (xs.length === 0 ? '-' : `${Math.min(...xs).toFixed(1)} / ${median(xs).toFixed(1)}`);
  console.log(`  ${stage.padEnd(12)} ${cell(base).padStart(13)} -> ${cell(lib).padStart(13)}`);
}
