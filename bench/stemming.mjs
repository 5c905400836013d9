#!/usr/bin/env node
// warta's lemmatizer against natural's StemmerId (a reference only; never imported by src/):
// speed in MB/s on the words of the UD Indonesian treebanks, agreement between the two, and
// accuracy on the gold lemmas of VERB tokens (GSD dev; CSUI test as a second, unseen sample).
//
//   node bench/stemming.mjs [--lib DIR] [--ud DIR]
//
// DIR is a built package (scripts/build-to.sh NAME → .build/NAME; default: this package's dist).
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { flag, option } from '../scripts/options.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const libDir = resolve(option('lib', root));
const udDir = resolve(option('ud', '/work/shared/data/ud'));

function entryOf(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const exp = typeof pkg.exports === 'string' ? pkg.exports : pkg.exports?.['.']?.import?.default ?? pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main;
  return resolve(dir, typeof exp === 'string' ? exp : pkg.main);
}
const { lemmatize } = await import(pathToFileURL(entryOf(libDir)).href);
if (typeof lemmatize !== 'function') throw new Error(`${libDir} exports no lemmatize`);
process.env.DOTENV_CONFIG_QUIET = 'true';
const natural = createRequire(import.meta.url)('natural');
const stemmerId = natural.StemmerId;

/** [form, lemma, upos] of every word line of a CoNLL-U file (multiword ranges skipped). */
function conllu(path) {
  const rows = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10 || cols[0].includes('-') || cols[0].includes('.')) continue;
    rows.push([cols[1], cols[2], cols[3]]);
  }
  return rows;
}

const WORD = /^\p{L}[\p{L}-]*$/u;
const gsdDev = join(udDir, 'UD_Indonesian-GSD/id_gsd-ud-dev.conllu');
const csuiTest = join(udDir, 'UD_Indonesian-CSUI/id_csui-ud-test.conllu');
const samples = [
  ['GSD dev', gsdDev],
  ['CSUI test', csuiTest],
].filter(([, p]) => existsSync(p));
if (!samples.length) throw new Error(`no treebank under ${udDir}`);

// ---- speed -------------------------------------------------------------------------------------
const words = samples.flatMap(([, p]) => conllu(p).map((r) => r[0]).filter((w) => WORD.test(w)));
const bytes = words.reduce((n, w) => n + Buffer.byteLength(w) + 1, 0);
function speed(fn) {
  for (let i = 0; i < 2000; i++) fn(words[i % words.length]);
  let rounds = 0;
  const began = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (const w of words) fn(w);
    rounds++;
    elapsed = performance.now() - began;
  }
  return (bytes * rounds) / 1e6 / (elapsed / 1000);
}
const oursSpeed = speed(lemmatize);
const naturalSpeed = speed((w) => stemmerId.stem(w));

// ---- agreement and accuracy ----------------------------------------------------------------------
const distinct = [...new Set(words.map((w) => w.toLowerCase()))];
const agree = distinct.filter((w) => lemmatize(w) === stemmerId.stem(w)).length;

console.log(`words: ${words.length} tokens, ${distinct.length} distinct, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`speed: warta ${oursSpeed.toFixed(1)} MB/s, natural StemmerId ${naturalSpeed.toFixed(1)} MB/s`);
console.log(`agreement with StemmerId on distinct words: ${((100 * agree) / distinct.length).toFixed(1)}%`);
const showMisses = flag('misses');
for (const [name, path] of samples) {
  const verbs = conllu(path).filter(([form, , upos]) => upos === 'VERB' && WORD.test(form));
  const gold = (lemma) => lemma.toLowerCase();
  const ours = verbs.filter(([form, lemma]) => lemmatize(form) === gold(lemma)).length;
  const theirs = verbs.filter(([form, lemma]) => stemmerId.stem(form) === gold(lemma)).length;
  const pct = (n) => ((100 * n) / verbs.length).toFixed(1);
  console.log(`${name}: lemma accuracy on ${verbs.length} VERB tokens: warta ${pct(ours)}%, natural StemmerId ${pct(theirs)}%`);
  if (showMisses) {
    for (const [form, lemma] of verbs) if (lemmatize(form) !== gold(lemma)) console.log(`  ${form}: gold ${lemma}, warta ${lemmatize(form)}, natural ${stemmerId.stem(form)}`);
  }
}
