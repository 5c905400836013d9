#!/usr/bin/env node
// Trains the named-entity tagger's model (dictionaries/ner-model.json) and scores it.
//
//   node scripts/train-ner.mjs [--data DIR] [--out FILE] [--bits N] [--epochs N] [--budget BYTES]
//                              [--levels N] [--corpora NAME,NAME] [--dry] [--tune [--misses N]] [--holdout]
//
// Corpora (IOB, pre-tokenized) come from ../shared/data/ner; only their train and dev splits are
// read for learning (fold 01 of the IndoLEM corpora, whose other folds hold fold 01's test). Each
// sentence is detokenized the way ../shared/eval/ner.mjs does and re-tokenized by warta's own
// tokenizer, so the model learns the tokens it will see at run time ("Rusia-China" split,
// "Bisnis.com" whole); the gold entities are carried over by character offsets, and the names of
// the shipped dictionaries mark the tokens as the actors stage marks them. Sentences that also
// occur in a test split (same letters, or a shared 8-word run) are dropped from training, and so are
// repeats: NER-UGM holds hundreds of idner-news-2k's sentences, test ones included.
//
// Phase 1 trains on train, picks the epoch count by dev F1 and fits the span-score calibration on
// dev; phase 2 trains on train + dev with that count, quantizes and prunes the weights to fit the
// size budget (--budget, gzipped bytes of the file, default 100 000: the model is most of the browser
// bundle; --levels, the values a weight other than 0 may take, default 16; --bits, log2 of the hash buckets,
// default 16), writes the model, and scores it on every corpus's test split (entity-level exact-span
// F1 over character offsets, as ner.mjs counts it). --dry skips writing; --tune stops after phase 1
// and prints each dev split's scores (and, with --misses, its first errors). The run is deterministic:
// the same corpora and code give the same model, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { seededRandom } from './random.mjs';
import { importInternals } from './internals.mjs';
import { flag, option } from './options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(option('data', join(ROOT, '../shared/data/ner')));
const OUT = resolve(option('out', join(ROOT, 'dictionaries/ner-model.json')));
const HASH_BITS = Number(option('bits', 16));
const MAX_EPOCHS = Number(option('epochs', 12));
const DRY = flag('dry');
/** Only phase 1: report dev scores, for choosing features and corpora without looking at test. */
const TUNE = flag('tune');
const HOLDOUT = flag('holdout');
/** The corpora to learn from (default: all); every corpus is still scored. */
const LEARN_FROM = option('corpora', null);
/** The model file's budget in gzipped bytes: pruning raises its threshold until the file fits. */
const BUDGET = Number(option('budget', 100_000));
/** Values a stored weight can take besides 0 (at most 64, one symbol each). */
const LEVELS = Number(option('levels', 16));
const SEED = 20240611;
/** The share of training sentences seen without name marks in an epoch, so that a caller that gives none still gets names. */
const UNMARKED = Number(option('unmarked', 0.3));

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const TYPE = { PER: 'PER', PERSON: 'PER', ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', LOC: 'LOC', LOCATION: 'LOC', PLACE: 'LOC' };

/** Licences allow shipping a model derived from each (see ../shared/data/SOURCES.md). */
const CORPORA = [
  { name: 'idner-news-2k', license: 'MIT', train: ['train.txt'], dev: ['dev.txt'], test: 'test.txt' },
  { name: 'indolem-nerui', license: 'CC BY 4.0', train: ['train.01.tsv'], dev: ['dev.01.tsv'], test: 'test.01.tsv' },
  { name: 'indolem-nerugm', license: 'CC BY 4.0', train: ['train.01.tsv'], dev: ['dev.01.tsv'], test: 'test.01.tsv' },
  { name: 'indonlu-nergrit', license: 'MIT (IndoNLU repository Apache-2.0)', train: ['train_preprocess.txt'], dev: ['valid_preprocess.txt'], test: 'test_preprocess.txt' },
];

const LEARNED = CORPORA.filter((c) => LEARN_FROM === null || LEARN_FROM.split(',').includes(c.name));

// ---- warta's own code, bundled from src/ -----------------------------------------------------

const warta = await importInternals([
  "export { tokenize } from './src/stages/tokenize.ts';",
  "export { compileLexicon } from './src/lexicon/lexicon.ts';",
  "export { SHIPPED_DICTIONARIES } from './src/lexicon/shipped.ts';",
  "export { tokenFeatures, markNames, FEATURES_PER_TOKEN, FEATURE_SET } from './src/stages/actors/features.ts';",
  "export { createNerTagger } from './src/stages/actors/tagger.ts';",
]);
// The shipped dictionaries, as a default pipeline has them: the tokenizer reads their abbreviations,
// and their names (lexicon.matchActors) mark the tokens, as the actors stage marks them at run time.
const lexicon = warta.compileLexicon(warta.SHIPPED_DICTIONARIES);
const abbreviations = lexicon.words('abbreviations');
const F = warta.FEATURES_PER_TOKEN;
const T = TAGS.length;

// ---- corpora --------------------------------------------------------------------------------

function readCorpus(path) {
  return readFileSync(path, 'utf8')
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const parts = line.split(/\t| /);
          return { tok: parts[0], tag: parts[parts.length - 1] };
        }),
    )
    .filter((s) => s.length);
}

/** The sentence as ner.mjs writes it: tokens joined by spaces, none before closing marks or inside quotes. */
function detokenize(sent) {
  let text = '';
  const spans = [];
  let open = false;
  for (const { tok } of sent) {
    let sp = text.length ? ' ' : '';
    if (/^[,.;:!?)\]%]$/.test(tok)) sp = '';
    if (/^["”“]$/.test(tok)) {
      if (open) sp = '';
      open = !open;
    }
    const prev = spans.at(-1);
    if (prev && (/^[(\[]$/.test(prev.t) || (/^["“”]$/.test(prev.t) && prev.opened))) sp = '';
    text += sp;
    spans.push({ s: text.length, e: text.length + tok.length, t: tok, opened: /^["“”]$/.test(tok) && open });
    text += tok;
  }
  return { text, spans };
}

/** Gold entities as character spans {start, end, type}; unknown types (TIME, QUANTITY) are outside. */
function goldEntities(sent, spans) {
  const entities = [];
  let cur = null;
  sent.forEach(({ tag }, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m && TYPE[m[2].toUpperCase()];
    if (!type) {
      cur = null;
      return;
    }
    if (m[1] === 'B' || !cur || cur.type !== type) {
      cur = { start: spans[i].s, end: spans[i].e, type };
      entities.push(cur);
    } else cur.end = spans[i].e;
  });
  return entities;
}

/** A parenthesized tail of an entity: "Komisi Pemilihan Umum (KPU)", "(BEI)". */
const ACRONYM_TAIL = /^(.*?)\s*\(([^()]{1,30})\)$/su;

/**
 * Name and acronym as two entities, without the parentheses. idner-news-2k and NER-UGM mostly keep
 * "Bursa Efek Indonesia (BEI)" as one entity, NER-UI and NERGrit mostly as two; warta wants the two
 * (a name and its alias), so the model learns one convention. Test gold stays as published.
 */
function separateAcronyms(text, entities) {
  return entities.flatMap((e) => {
    const surface = text.slice(e.start, e.end);
    const m = ACRONYM_TAIL.exec(surface);
    if (!m) return [e];
    const inner = { start: e.start + surface.lastIndexOf('(') + 1, end: e.end - 1, type: e.type };
    return m[1] ? [{ start: e.start, end: e.start + m[1].length, type: e.type }, inner] : [inner];
  });
}

/** A sentence as training and scoring use it: warta tokens, their dictionary names, gold BIO tag indices, gold spans. */
function prepare(sent, { asPublished = false } = {}) {
  const { text, spans } = detokenize(sent);
  const tokens = warta.tokenize(text, abbreviations);
  const names = lexicon.matchActors(tokens).map((m) => ({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, type: m.entry.type, exactCase: m.exactCase }));
  const published = goldEntities(sent, spans);
  const entities = asPublished ? published : separateAcronyms(text, published);
  const gold = new Uint8Array(tokens.length);
  for (const e of entities) {
    let first = true;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      if (tok.end <= e.start || tok.start >= e.end) continue;
      gold[k] = TAGS.indexOf(`${first ? 'B' : 'I'}-${e.type}`);
      first = false;
    }
  }
  return { text, tokens, names, gold, entities };
}

/** Sentences compare by their letters only: NER-UGM repeats many idner-news-2k sentences tokenized differently. */
const lettersOf = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Word 8-grams, to catch a test sentence inside a longer training sentence or the reverse. */
const GRAM = 8;
function gramsOf(text) {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const grams = [];
  for (let i = 0; i + GRAM <= words.length; i++) grams.push(words.slice(i, i + GRAM).join(' '));
  return grams;
}

function loadSplits() {
  const excluded = new Set();
  const excludedGrams = new Set();
  const tests = [];
  for (const c of CORPORA) {
    const sents = readCorpus(join(DATA, c.name, c.test)).map((sent) => prepare(sent, { asPublished: true }));
    for (const s of sents) {
      excluded.add(lettersOf(s.text));
      for (const g of gramsOf(s.text)) excludedGrams.add(g);
    }
    tests.push({ name: `${c.name}/${c.test}`, sents });
  }
  const seen = new Set();
  let dropped = 0;
  const keep = (s) => {
    const key = lettersOf(s.text);
    if (excluded.has(key) || seen.has(key) || gramsOf(s.text).some((g) => excludedGrams.has(g))) {
      dropped++;
      return false;
    }
    seen.add(key);
    return true;
  };
  const load = (c, files) => files.flatMap((f) => readCorpus(join(DATA, c.name, f)).map((sent) => prepare(sent))).filter(keep);
  // Dev first, so that a sentence both in one corpus's dev and another's train stays a dev sentence.
  const dev = CORPORA.map((c) => ({ name: `${c.name}/${c.dev.join('+')}`, sents: load(c, c.dev) }));
  const train = CORPORA.map((c) => ({ name: c.name, sents: load(c, c.train) }));
  return { train, dev, tests, dropped };
}

// ---- the structured perceptron ----------------------------------------------------------------

const allowed = (from, to) => !TAGS[to].startsWith('I-') || (from >= 0 && TAGS[from].slice(2) === TAGS[to].slice(2));

function featuresOf(sent, names = sent.names) {
  const n = sent.tokens.length;
  const out = new Int32Array(n * F);
  const marks = new Uint8Array(n);
  warta.markNames(names, 0, n, marks);
  warta.tokenFeatures(sent.tokens, 0, n, HASH_BITS, out, { marks });
  return out;
}

/** Best tag path under weights `w` (buckets × T) and transitions `tr` ((T + 1) × T). */
function viterbi(feats, n, w, tr) {
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const emit = new Float64Array(T);
  for (let k = 0; k < n; k++) {
    emit.fill(0);
    for (let f = 0; f < F; f++) {
      const row = feats[k * F + f] * T;
      for (let t = 0; t < T; t++) emit[t] += w[row + t];
    }
    for (let t = 0; t < T; t++) {
      if (k === 0) {
        score[t] = allowed(-1, t) ? tr[T * T + t] + emit[t] : -1e30;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[(k - 1) * T + p] + (allowed(p, t) ? tr[p * T + t] : -1e30);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[k * T + t] = best + emit[t];
      back[k * T + t] = arg;
    }
  }
  const path = new Uint8Array(n);
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
  path[n - 1] = last;
  for (let k = n - 1; k > 0; k--) path[k - 1] = back[k * T + path[k]];
  return path;
}

function shuffled(items, random) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}


/**
 * Averaged perceptron: `w` holds the current weights and `u` the step-weighted updates, so that the
 * average after c steps is w − u / c. `onEpoch(averaged)` may return false to stop.
 */
function train(sents, epochs, onEpoch) {
  const size = 1 << HASH_BITS;
  const data = sents.filter((s) => s.tokens.length).map((s) => ({ feats: featuresOf(s), unmarked: featuresOf(s, []), gold: s.gold, n: s.tokens.length }));
  const w = new Float32Array(size * T);
  const u = new Float64Array(size * T);
  const tr = new Float64Array((T + 1) * T);
  const trU = new Float64Array((T + 1) * T);
  const random = seededRandom(SEED);
  let c = 1;
  const averaged = () => {
    const aw = new Float32Array(size * T);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i] - u[i] / c;
    const at = new Float64Array(tr.length);
    for (let i = 0; i < at.length; i++) at[i] = tr[i] - trU[i] / c;
    return { w: aw, tr: at };
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const item of shuffled(data, random)) {
      const { gold, n } = item;
      const feats = random() < UNMARKED ? item.unmarked : item.feats;
      const pred = viterbi(feats, n, w, tr);
      for (let k = 0; k < n; k++) {
        const g = gold[k];
        const p = pred[k];
        if (g !== p) {
          errors++;
          for (let f = 0; f < F; f++) {
            const row = feats[k * F + f] * T;
            w[row + g] += 1;
            u[row + g] += c;
            w[row + p] -= 1;
            u[row + p] -= c;
          }
        }
        const gi = (k === 0 ? T : gold[k - 1]) * T + g;
        const pi = (k === 0 ? T : pred[k - 1]) * T + p;
        if (gi !== pi) {
          tr[gi] += 1;
          trU[gi] += c;
          tr[pi] -= 1;
          trU[pi] -= c;
        }
      }
      c++;
    }
    const model = averaged();
    if (onEpoch && onEpoch(epoch, errors, model) === false) return model;
    if (epoch === epochs) return model;
  }
  return averaged();
}

// ---- the model file ---------------------------------------------------------------------------

/** The characters of the weights string (src/stages/actors/tagger.ts reads them the same way). */
const SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The `count` values that best stand for sorted `values` (1-D k-means, Lloyd's iterations from
 * evenly spaced quantiles, with prefix sums so that a round costs count binary searches).
 */
function quantizer(values, count) {
  const n = values.length;
  if (n <= count) return Array.from(new Set(values));
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + values[i];
  const firstAbove = (x) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let centers = Array.from({ length: count }, (_, k) => values[Math.floor(((k + 0.5) * n) / count)]);
  for (let round = 0; round < 50; round++) {
    const next = [];
    let from = 0;
    for (let k = 0; k < count; k++) {
      const to = k + 1 < count ? firstAbove((centers[k] + centers[k + 1]) / 2) : n;
      if (to > from) next.push((prefix[to] - prefix[from]) / (to - from));
      from = to;
    }
    if (next.length === centers.length && next.every((c, k) => c === centers[k])) break;
    centers = next;
  }
  return centers;
}

/** SYMBOLS[0..31] end a gap's digits, SYMBOLS[32..63] lead (as the tagger reads them). */
const GAP_BASE = 32;

/** A gap in base 32, most significant digit first, leading digits from the upper half of SYMBOLS. */
function gapSymbols(gap) {
  let out = SYMBOLS[gap % GAP_BASE];
  for (let rest = Math.floor(gap / GAP_BASE); rest > 0; rest = Math.floor(rest / GAP_BASE)) out = SYMBOLS[GAP_BASE + (rest % GAP_BASE)] + out;
  return out;
}

/**
 * Weights below `prune` in magnitude become 0; the others are quantized to LEVELS levels, each
 * stored as an integer of a common scale. Only the weights that are not 0 are written, tag by tag,
 * one symbol each, with the gaps between them in a string of their own: two streams of few
 * symbols each, which gzip codes close to their entropy.
 */
function pack({ w, tr }, prune) {
  const size = 1 << HASH_BITS;
  const kept = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0 && Math.abs(w[i]) >= prune) kept.push(w[i]);
  kept.sort((a, b) => a - b);
  const centers = quantizer(kept, LEVELS);
  const scale = Math.max(...centers.map(Math.abs), 1e-9) / 127;
  const levels = [...new Set(centers.map((c) => Math.round(c / scale)).filter((l) => l !== 0))];
  // Each weight takes the nearest level, measured in the float weights.
  const nearest = (v) => {
    let best = 0;
    for (let k = 1; k < levels.length; k++) if (Math.abs(levels[k] * scale - v) < Math.abs(levels[best] * scale - v)) best = k;
    return best;
  };
  const positions = [];
  const weights = [];
  let previous = -1;
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < size; b++) {
      const v = w[b * T + t];
      if (v === 0 || Math.abs(v) < prune) continue;
      const slot = t * size + b;
      positions.push(gapSymbols(slot - previous - 1));
      weights.push(SYMBOLS[nearest(v)]);
      previous = slot;
    }
  }
  return { scale, levels, positions: positions.join(''), weights: weights.join(''), kept: kept.length, transitions: Array.from(tr, (v) => Math.round(v * 1000) / 1000) };
}

function modelObject(packed, calibration, sources) {
  return {
    name: 'ner-model',
    description:
      'Named-entity tagger model (person, organization, location; BIO tags): an averaged structured perceptron over hashed token features, weights quantized to a few levels and pruned, stored sparse (the gaps between the weights kept, and their levels). Read by src/stages/actors/tagger.ts; trained by scripts/train-ner.mjs.',
    source: `Trained by scripts/train-ner.mjs on the train and dev splits of ${sources.map((c) => `${c.name} (${c.license})`).join(', ')} (see ../shared/data/SOURCES.md), with tokens marked by the names of the shipped dictionaries.`,
    license: 'CC BY 4.0 (derived from CC BY 4.0 and MIT corpora; credit idner-news-2k, IndoLEM NER-UI and NER-UGM, IndoNLU NERGrit)',
    featureSet: warta.FEATURE_SET,
    tags: TAGS,
    hashBits: HASH_BITS,
    scale: packed.scale,
    levels: packed.levels,
    transitions: packed.transitions,
    scoreSlope: calibration.slope,
    scoreBias: calibration.bias,
    positions: packed.positions,
    weights: packed.weights,
  };
}

/** The model file within the budget (gzip bytes): the weakest pruning that fits. */
function fit(model, calibration) {
  const magnitudes = Float32Array.from(model.w, Math.abs).filter((v) => v > 0).sort();
  const attempt = (prune) => {
    const packed = pack(model, prune);
    const object = modelObject(packed, calibration, LEARNED);
    const json = JSON.stringify(object);
    return { object, json, kept: packed.kept, prune, gzip: gzipSync(json, { level: 9 }).length };
  };
  // Binary search over the magnitudes for the smallest threshold whose file fits.
  let lo = 0;
  let hi = magnitudes.length - 1;
  let best = null;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const result = attempt(magnitudes[mid]);
    if (result.gzip <= BUDGET) {
      best = result;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (!best) throw new Error('no pruning threshold fits the budget');
  return best;
}

// ---- scoring ----------------------------------------------------------------------------------

/** Scores that are logistic(margin / 1000): never 0 or 1, so the margin can be read back from them. */
const UNCALIBRATED = { slope: 0.001, bias: 0 };

function score(tagger, sents, { marked = true } = {}) {
  const counts = {};
  const bump = (type, key) => {
    counts[type] ??= { tp: 0, p: 0, g: 0 };
    counts[type][key]++;
  };
  const margins = [];
  const misses = [];
  for (const s of sents) {
    const gold = new Set(s.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of s.entities) bump(e.type, 'g');
    for (const span of tagger.tag(s.tokens, 0, s.tokens.length, { names: marked ? s.names : [] })) {
      const type = { person: 'PER', organization: 'ORG', location: 'LOC' }[span.type];
      const key = `${s.tokens[span.tokenStart].start}:${s.tokens[span.tokenEnd - 1].end}:${type}`;
      bump(type, 'p');
      const hit = gold.has(key);
      if (hit) bump(type, 'tp');
      else misses.push(`spurious ${type} ${JSON.stringify(s.text.slice(s.tokens[span.tokenStart].start, s.tokens[span.tokenEnd - 1].end))}`);
      margins.push({ score: span.score, hit });
      gold.delete(key);
    }
    for (const key of gold) {
      const [start, end, type] = key.split(':');
      misses.push(`missed   ${type} ${JSON.stringify(s.text.slice(+start, +end))}   in ${JSON.stringify(s.text.slice(Math.max(0, +start - 40), +end + 40))}`);
    }
  }
  const f1 = ({ tp, p, g }) => {
    const P = p ? tp / p : 0;
    const R = g ? tp / g : 0;
    return { P: 100 * P, R: 100 * R, F: P + R ? (200 * P * R) / (P + R) : 0 };
  };
  const all = Object.values(counts).reduce((a, b) => ({ tp: a.tp + b.tp, p: a.p + b.p, g: a.g + b.g }), { tp: 0, p: 0, g: 0 });
  return { all: f1(all), PER: f1(counts.PER ?? { tp: 0, p: 0, g: 0 }), ORG: f1(counts.ORG ?? { tp: 0, p: 0, g: 0 }), LOC: f1(counts.LOC ?? { tp: 0, p: 0, g: 0 }), margins, misses };
}

/** Logistic regression of "the span is right" on its margin, by Newton's method. */
function calibrate(margins) {
  const xs = margins.map((m) => Math.log(m.score / (1 - m.score)) / UNCALIBRATED.slope);
  let slope = 0;
  let bias = 0;
  for (let step = 0; step < 50; step++) {
    let gs = 0, gb = 0, hss = 0, hsb = 0, hbb = 0;
    margins.forEach((m, i) => {
      const p = 1 / (1 + Math.exp(-(slope * xs[i] + bias)));
      const err = p - (m.hit ? 1 : 0);
      const v = p * (1 - p) + 1e-9;
      gs += err * xs[i];
      gb += err;
      hss += v * xs[i] * xs[i];
      hsb += v * xs[i];
      hbb += v;
    });
    const det = hss * hbb - hsb * hsb;
    slope -= (hbb * gs - hsb * gb) / det;
    bias -= (hss * gb - hsb * gs) / det;
  }
  return { slope: Math.round(slope * 1e4) / 1e4, bias: Math.round(bias * 1e4) / 1e4 };
}

const fmt = (r) => `F1 ${r.all.F.toFixed(1)} (P ${r.all.P.toFixed(1)} R ${r.all.R.toFixed(1)})  PER ${r.PER.F.toFixed(1)}  ORG ${r.ORG.F.toFixed(1)}  LOC ${r.LOC.F.toFixed(1)}`;

// ---- main -------------------------------------------------------------------------------------

const { train: trainSets, dev: devSets, tests, dropped } = loadSplits();
const learned = (sets) => sets.filter((_, i) => LEARNED.includes(CORPORA[i])).flatMap((c) => c.sents);
const trainSents = learned(trainSets);
const devSents = learned(devSets);
console.log(`train ${trainSents.length} sentences, dev ${devSents.length} (dropped ${dropped} duplicates or test sentences); ${F} features a token, 2^${HASH_BITS} buckets`);

// Epochs and calibration are chosen with the weights as they will ship: quantized and pruned to the budget.
const taggerOf = (model, calibration = UNCALIBRATED) => warta.createNerTagger(fit(model, calibration).object);

let bestEpoch = 1;
let bestF = -1;
let bestModel = null;
train(trainSents, MAX_EPOCHS, (epoch, errors, model) => {
  const tagger = taggerOf(model);
  const results = devSets.map((d) => score(tagger, d.sents));
  const mean = results.reduce((a, r) => a + r.all.F, 0) / results.length;
  console.log(`epoch ${epoch}: ${errors} token errors; dev mean F1 ${mean.toFixed(2)}  ${results.map((r, i) => `${devSets[i].name.split('/')[0]} ${r.all.F.toFixed(1)}`).join('  ')}`);
  if (mean > bestF) {
    bestF = mean;
    bestEpoch = epoch;
    bestModel = model;
  }
  return epoch - bestEpoch < 3;
});
console.log(`best epoch ${bestEpoch} (dev mean F1 ${bestF.toFixed(2)}); dev sentences: ${devSets.map((d) => `${d.name} ${d.sents.length}`).join(', ')}`);
if (TUNE) {
  const tagger = taggerOf(bestModel);
  const shown = Number(option('misses', 0));
  for (const d of devSets) {
    const result = score(tagger, d.sents);
    console.log(`${d.name.padEnd(38)} ${fmt(result)}   without names: F1 ${score(tagger, d.sents, { marked: false }).all.F.toFixed(1)}`);
    for (const m of result.misses.slice(0, shown)) console.log(`  ${m}`);
  }
  process.exit(0);
}
const devMargins = devSets.flatMap((d) => score(taggerOf(bestModel), d.sents).margins);
const calibration = calibrate(devMargins);
console.log(`score calibration slope ${calibration.slope} bias ${calibration.bias}`);

// --holdout keeps the phase-1 model (train splits only), to study errors on dev files with a model that never saw them.
const final = HOLDOUT ? bestModel : train([...trainSents, ...devSents], bestEpoch);
const { object, json, kept, prune, gzip } = fit(final, calibration);
console.log(`model: ${kept} weights kept (|w| ≥ ${prune.toFixed(3)}), ${object.levels.length} levels, ${json.length} bytes, ${gzip} gzipped`);
const tagger = warta.createNerTagger(object);
for (const t of tests) console.log(`${t.name.padEnd(38)} ${fmt(score(tagger, t.sents))}   without names: F1 ${score(tagger, t.sents, { marked: false }).all.F.toFixed(1)}`);
if (!DRY) {
  writeFileSync(OUT, json + '\n');
  console.log(`wrote ${OUT}`);
}
