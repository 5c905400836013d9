#!/usr/bin/env node
// Whether two builds give the same result, field for field, on every text at hand: the corpus,
// the benchmark's articles and the shared evaluation texts when they are beside the project. The
// check behind a change that is meant to make the library faster and nothing else.
//
//   scripts/build-to.sh base   (on the commit to compare with)
//   scripts/build-to.sh NAME && node scripts/same-output.mjs --base .build/base --lib .build/NAME [--show 3]
//
// Prints how many texts differ and, for the first few, the first layer and item that differ.
// Exits with 1 when any text differs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articles } from '../bench/text.mjs';
import { option } from './options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHOW = Number(option('show', 3));
const load = async (dir) => (await import(pathToFileURL(join(resolve(ROOT, dir), 'dist/index.js')).href)).extractEvents;
const base = await load(option('base', '.build/base'));
const lib = await load(option('lib', '.build/perf'));

/** Every text with the options it is read with: the evaluation files carry their document date. */
function texts() {
  const out = articles().map((text, i) => ({ name: `bench#${i}`, text, options: {} }));
  // The same articles again with a document date, so that relative dates resolve too.
  for (const t of out.slice(0, 400)) out.push({ ...t, name: `${t.name}@2024-11-10`, options: { documentDate: '2024-11-10' } });
  for (const set of ['dev', 'seed']) {
    const dir = join(ROOT, '..', 'shared', 'eval', set);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      out.push({ name: `${set}/${f}`, text: doc.text, options: doc.documentDate ? { documentDate: doc.documentDate } : {} });
    }
  }
  return out;
}

/** The first place two results part: "quotes[3].speaker". */
function firstDifference(a, b, path = '') {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

const valueAt = (value, path) => path.split(/\.|\[|\]/).filter(Boolean).reduce((v, k) => v?.[k], value);

let differ = 0;
const all = texts();
for (const { name, text, options } of all) {
  const a = base(text, options);
  const b = lib(text, options);
  const where = firstDifference(a, b);
  if (!where) continue;
  differ++;
  if (differ <= SHOW) {
    console.log(`${name}: ${where}`);
    console.log(`  base: ${JSON.stringify(valueAt(a, where))?.slice(0, 300)}`);
    console.log(`  lib:  ${JSON.stringify(valueAt(b, where))?.slice(0, 300)}`);
  }
}
console.log(`${differ} of ${all.length} texts differ`);
process.exit(differ ? 1 : 0);
