#!/usr/bin/env node
// Scores a built warta package against gold files in the format of ../shared/eval/SCHEMA.md
// (the project's corpus/ by default), with the layer metrics that SCHEMA describes:
//
//   node scripts/score-corpus.mjs [--lib PACKAGE_DIR] [--json] [--verbose] [GOLD_DIR_OR_FILE...]
//
// PACKAGE_DIR (default: the repository root, i.e. dist/) must export extractEvents. Needs nothing
// outside this repository, so a fresh clone can score itself. The functions are exported for eval.mjs.
//
// Metrics, all micro-averaged over the documents:
// - actors: a gold actor and a predicted actor match when their surface forms (name, aliases, and the
//   predicted non-pronoun mentions), normalized, share one; matching is one-to-one, best overlap first.
//   "typed" also needs the same type; alias recall is the share of gold aliases among the matched
//   predicted actor's forms.
// - dates: a predicted expression (durations and sets left out) matches a gold one when its span overlaps
//   an occurrence of the gold text; "value" also needs the same value. A predicted expression counts
//   against precision only when it overlaps no gold occurrence at all (a repeated mention is no error).
// - quotes: a predicted quote matches a gold one when their contents share at least half of their words
//   (Jaccard); "with speaker" also needs the speaker to be the gold actor.
// - events: same trigger as written (normalized) and, when gold names actors, one of them among the
//   predicted agents; event date accuracy is over matched gold events that carry a date.
// - boilerplate: a gold line is found when a sentence flagged boilerplate overlaps it; a flagged sentence
//   that overlaps no gold line is a false alarm.
// - offsets: every span of the result must satisfy text.slice(start, end) === span.text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LAYERS = ['actors', 'actorsTyped', 'dates', 'dateValues', 'quotes', 'quotesWithSpeaker', 'events', 'boilerplate'];
const IGNORED_DATE_KINDS = new Set(['duration', 'set']);
const QUOTE_JACCARD = 0.5;

// ---- loading -----------------------------------------------------------------------------------

/** The ESM entry a package directory names in package.json (`exports`, then `module`, then `main`). */
export function packageEntry(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (!target || typeof target !== 'object') return undefined;
    return pick(target.import) ?? pick(target.default) ?? pick(target.node) ?? pick(target.require);
  };
  const root = manifest.exports && typeof manifest.exports === 'object' && '.' in manifest.exports ? manifest.exports['.'] : manifest.exports;
  const entry = pick(root) ?? manifest.module ?? manifest.main;
  if (!entry) throw new Error(`${dir}/package.json names no entry (exports, module or main)`);
  return resolve(dir, entry);
}

export async function loadExtractor(dir) {
  const lib = await import(pathToFileURL(packageEntry(dir)).href);
  const extract = lib.extractEvents ?? lib.default?.extractEvents;
  if (typeof extract !== 'function') throw new Error(`${dir} exports no extractEvents`);
  return extract;
}

/** Gold documents of the given directories or files, directories read in file-name order. */
export function readGold(paths) {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  return files.map((file) => ({ file, gold: JSON.parse(readFileSync(file, 'utf8')) }));
}

// ---- comparison helpers ------------------------------------------------------------------------

const STRIPPED = /[\u2018\u2019\u201c\u201d"'`.,:;()]/g;
/** Case, quotation marks and light punctuation do not distinguish two surface forms. */
export function normalize(s) {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(STRIPPED, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordSet(s) {
  return new Set(normalize(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));
}

export function wordJaccard(a, b) {
  const x = wordSet(a);
  const y = wordSet(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** [start, end) of every occurrence of needle in text, overlapping ones included. */
function occurrencesOf(text, needle) {
  const spans = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  return spans;
}

const overlap = (aStart, aEnd, bStart, bEnd) => aStart < bEnd && bStart < aEnd;

/**
 * One-to-one matching of gold items to predicted items: every pair scoring at least `min` is a
 * candidate, and candidates are taken best first (ties in gold order). Returns [goldIndex, predIndex, score].
 */
export function matchOneToOne(goldCount, predCount, score, min) {
  const candidates = [];
  for (let g = 0; g < goldCount; g++)
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p);
      if (s >= min) candidates.push([g, p, s]);
    }
  candidates.sort((a, b) => b[2] - a[2]);
  const goldTaken = new Set();
  const predTaken = new Set();
  const pairs = [];
  for (const [g, p, s] of candidates) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.add(g);
    predTaken.add(p);
    pairs.push([g, p, s]);
  }
  return pairs;
}

const counts = (tp, pred, gold) => ({ tp, pred, gold });
const intersectionSize = (a, b) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

// ---- layers --------------------------------------------------------------------------------------

function goldForms(actor) {
  return new Set([actor.name, ...(actor.aliases ?? [])].map(normalize).filter((f) => f !== ''));
}

function predictedForms(actor) {
  const forms = [actor.name, ...(actor.aliases ?? []), ...(actor.mentions ?? []).filter((m) => m && m.role !== 'pronoun').map((m) => m.text)];
  return new Set(forms.map(normalize).filter((f) => f !== ''));
}

function scoreActors(gold, result, miss) {
  const goldActors = gold.actors ?? [];
  const predicted = (result.actors ?? []).filter((a) => a && a.name);
  const gForms = goldActors.map(goldForms);
  const pForms = predicted.map(predictedForms);
  const pairs = matchOneToOne(goldActors.length, predicted.length, (g, p) => intersectionSize(gForms[g], pForms[p]), 1);
  let typed = 0;
  let aliasHits = 0;
  let aliasTotal = 0;
  /** predicted actor id → the gold actor name it was matched to */
  const matchedName = new Map();
  for (const [g, p] of pairs) {
    const goldActor = goldActors[g];
    if (goldActor.type === predicted[p].type) typed++;
    else miss('actor type', `${goldActor.name}: gold ${goldActor.type}, got ${predicted[p].type}`);
    matchedName.set(predicted[p].id, goldActor.name);
    for (const alias of goldActor.aliases ?? []) {
      aliasTotal++;
      if (pForms[p].has(normalize(alias))) aliasHits++;
    }
  }
  const goldMatched = new Set(pairs.map(([g]) => g));
  const predMatched = new Set(pairs.map(([, p]) => p));
  goldActors.forEach((a, g) => goldMatched.has(g) || miss('actor missed', `${a.name} (${a.type})`));
  predicted.forEach((a, p) => predMatched.has(p) || miss('actor spurious', `${a.name} (${a.type})`));

  const goldIndex = new Map(goldActors.map((a, i) => [a.name, i]));
  const predictedById = new Map(predicted.map((a, i) => [a.id, i]));
  /** Whether a predicted actor id stands for the gold actor of that name (both null: the same "nobody"). */
  const isSameActor = (predId, goldName) => {
    if (predId == null || goldName == null) return predId == null && goldName == null;
    if (matchedName.get(predId) === goldName) return true;
    const p = predictedById.get(predId);
    const g = goldIndex.get(goldName);
    return p !== undefined && g !== undefined && intersectionSize(gForms[g], pForms[p]) > 0;
  };
  const nameOf = (predId) => (predictedById.has(predId) ? predicted[predictedById.get(predId)].name : predId);
  return {
    actors: counts(pairs.length, predicted.length, goldActors.length),
    actorsTyped: counts(typed, predicted.length, goldActors.length),
    aliases: { hit: aliasHits, all: aliasTotal },
    isSameActor,
    nameOf,
  };
}

function scoreDates(gold, result, miss) {
  const text = gold.text;
  const goldDates = gold.dates ?? [];
  const predicted = (result.dates ?? []).filter((d) => !IGNORED_DATE_KINDS.has(d.kind));
  const goldSpans = goldDates.map((d) => occurrencesOf(text, d.text));
  const touchesGold = (g, d) => goldSpans[g].some(([s, e]) => overlap(s, e, d.start, d.end));
  const pairs = matchOneToOne(goldDates.length, predicted.length, (g, p) => (touchesGold(g, predicted[p]) ? 1 + (predicted[p].value === goldDates[g].value ? 1 : 0) : 0), 1);
  let valued = 0;
  for (const [g, p] of pairs) {
    if (predicted[p].value === goldDates[g].value) valued++;
    else miss('date value', `${goldDates[g].text}: gold ${goldDates[g].value}, got ${predicted[p].value}`);
  }
  const goldMatched = new Set(pairs.map(([g]) => g));
  goldDates.forEach((d, g) => goldMatched.has(g) || miss('date missed', `${d.text} = ${d.value}`));
  const unanchored = predicted.filter((d) => !goldDates.some((_, g) => touchesGold(g, d)));
  for (const d of unanchored) miss('date spurious', `${d.text} = ${d.value}`);
  const pred = pairs.length + unanchored.length;
  return { dates: counts(pairs.length, pred, goldDates.length), dateValues: counts(valued, pred, goldDates.length) };
}

function scoreQuotes(gold, result, actors, miss) {
  const goldQuotes = gold.quotes ?? [];
  const predicted = result.quotes ?? [];
  const pairs = matchOneToOne(goldQuotes.length, predicted.length, (g, p) => wordJaccard(goldQuotes[g].content, predicted[p].text), QUOTE_JACCARD);
  let withSpeaker = 0;
  for (const [g, p] of pairs) {
    const speaker = predicted[p].speaker ?? null;
    if (actors.isSameActor(speaker, goldQuotes[g].speaker ?? null)) withSpeaker++;
    else miss('quote speaker', `"${goldQuotes[g].content.slice(0, 50)}…": gold ${goldQuotes[g].speaker}, got ${speaker == null ? null : actors.nameOf(speaker)}`);
  }
  const goldMatched = new Set(pairs.map(([g]) => g));
  const predMatched = new Set(pairs.map(([, p]) => p));
  goldQuotes.forEach((q, g) => goldMatched.has(g) || miss('quote missed', `${q.kind} "${q.content.slice(0, 60)}…" (${q.speaker})`));
  predicted.forEach((q, p) => predMatched.has(p) || miss('quote spurious', `${q.kind} "${String(q.text).slice(0, 60)}…"`));
  return {
    quotes: counts(pairs.length, predicted.length, goldQuotes.length),
    quotesWithSpeaker: counts(withSpeaker, predicted.length, goldQuotes.length),
  };
}

function scoreEvents(gold, result, actors, miss) {
  const goldEvents = gold.events ?? [];
  const predicted = result.events ?? [];
  const pairs = matchOneToOne(
    goldEvents.length,
    predicted.length,
    (g, p) => {
      const want = goldEvents[g];
      const got = predicted[p];
      if (normalize(got.trigger?.text) !== normalize(want.trigger)) return 0;
      const agents = want.actors ?? [];
      const agentFound = agents.length === 0 || agents.some((name) => (got.actors ?? []).some((id) => actors.isSameActor(id, name)));
      if (!agentFound) return 0;
      return want.date != null && got.date === want.date ? 2 : 1;
    },
    1,
  );
  let dated = 0;
  let datedTotal = 0;
  for (const [g, p] of pairs) {
    if (goldEvents[g].date == null) continue;
    datedTotal++;
    if (predicted[p].date === goldEvents[g].date) dated++;
    else miss('event date', `${goldEvents[g].trigger}: gold ${goldEvents[g].date}, got ${predicted[p].date}`);
  }
  const goldMatched = new Set(pairs.map(([g]) => g));
  goldEvents.forEach((e, g) => goldMatched.has(g) || miss('event missed', `${(e.actors ?? []).join(' & ')} ${e.trigger} ${e.date ?? ''}`.trim()));
  return { events: counts(pairs.length, predicted.length, goldEvents.length), eventDates: { hit: dated, all: datedTotal } };
}

function scoreBoilerplate(gold, result, miss) {
  const text = gold.text;
  const lines = (gold.boilerplate ?? []).map((line) => ({ line, spans: occurrencesOf(text, line) }));
  const flagged = (result.sentences ?? []).filter((s) => s.boilerplate);
  const covers = (spans, s) => spans.some(([a, b]) => overlap(a, b, s.start, s.end));
  let found = 0;
  for (const { line, spans } of lines) {
    if (flagged.some((s) => covers(spans, s))) found++;
    else miss('boilerplate missed', line);
  }
  const falseAlarms = flagged.filter((s) => !lines.some(({ spans }) => covers(spans, s)));
  for (const s of falseAlarms) miss('boilerplate spurious', s.text.slice(0, 80));
  return { boilerplate: counts(found, found + falseAlarms.length, lines.length) };
}

function checkOffsets(text, result) {
  let spans = 0;
  let bad = 0;
  const check = (span) => {
    if (!span || typeof span.start !== 'number') return;
    spans++;
    if (text.slice(span.start, span.end) !== span.text) bad++;
  };
  for (const t of result.tokens ?? []) check(t);
  for (const s of result.sentences ?? []) check(s);
  for (const d of result.dates ?? []) check(d);
  for (const q of result.quotes ?? []) {
    check(q);
    check(q.cue);
    check(q.speakerMention);
  }
  for (const a of result.actors ?? []) for (const m of a.mentions ?? []) check(m);
  for (const e of result.events ?? []) check(e.trigger);
  return { bad, spans };
}

// ---- documents and totals ------------------------------------------------------------------------

/** Per-layer counts for one gold document and the library's result for its text; misses are pushed as strings. */
export function scoreDocument(gold, result, misses = []) {
  const miss = (layer, what) => misses.push(`${gold.id} ${layer}: ${what}`);
  const actors = scoreActors(gold, result, miss);
  return {
    actors: actors.actors,
    actorsTyped: actors.actorsTyped,
    aliases: actors.aliases,
    ...scoreDates(gold, result, miss),
    ...scoreQuotes(gold, result, actors, miss),
    ...scoreEvents(gold, result, actors, miss),
    ...scoreBoilerplate(gold, result, miss),
    offsets: checkOffsets(gold.text, result),
  };
}

function prf(tp, pred, gold) {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

const total = (rows, layer, key) => rows.reduce((sum, row) => sum + row[layer][key], 0);

/** Micro-averaged precision, recall and F1 per layer, and the ratios and offset counts. */
export function summarize(rows, extra = {}) {
  const layer = (name) => prf(total(rows, name, 'tp'), total(rows, name, 'pred'), total(rows, name, 'gold'));
  const ratio = (name) => {
    const all = total(rows, name, 'all');
    return all ? total(rows, name, 'hit') / all : 0;
  };
  const summary = { documents: rows.length, ...extra };
  for (const name of LAYERS) summary[name] = layer(name);
  summary.aliasRecall = ratio('aliases');
  summary.eventDateAccuracy = ratio('eventDates');
  summary.badOffsets = total(rows, 'offsets', 'bad');
  summary.spans = total(rows, 'offsets', 'spans');
  return summary;
}

/** Runs extract over every gold document; a crash counts as an empty result. */
export async function scoreGold(extract, documents) {
  const rows = [];
  const misses = [];
  let crashed = 0;
  let ms = 0;
  let chars = 0;
  for (const { gold } of documents) {
    let result = {};
    const t0 = performance.now();
    try {
      result = (await extract(gold.text, { documentDate: gold.documentDate })) ?? {};
    } catch (error) {
      crashed++;
      misses.push(`${gold.id} CRASH: ${error?.message ?? error}`);
    }
    ms += performance.now() - t0;
    chars += gold.text.length;
    rows.push(scoreDocument(gold, result, misses));
  }
  const summary = summarize(rows, { crashed, msPerDoc: ms / (documents.length || 1), charsPerSecond: chars / ((ms || 1) / 1000) });
  return { summary, misses };
}

export function formatSummary(summary) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  const out = [
    `documents ${summary.documents}  crashed ${summary.crashed ?? 0}  bad offsets ${summary.badOffsets}/${summary.spans}  ${(summary.msPerDoc ?? 0).toFixed(1)} ms/doc`,
    'layer                  P      R     F1   (tp/pred/gold)',
  ];
  for (const name of LAYERS) {
    const x = summary[name];
    out.push(`${name.padEnd(18)} ${pct(x.p)}  ${pct(x.r)}  ${pct(x.f1)}   (${x.tp}/${x.pred}/${x.gold})`);
  }
  out.push(`alias recall ${pct(summary.aliasRecall)}   event date accuracy ${pct(summary.eventDateAccuracy)}`);
  return out.join('\n');
}

// ---- command line ----------------------------------------------------------------------------------

async function main(argv) {
  const args = [...argv];
  const take = (flag) => {
    const i = args.indexOf(flag);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const takeValue = (flag) => {
    const i = args.indexOf(flag);
    if (i < 0) return null;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    args.splice(i, 2);
    return value;
  };
  const asJson = take('--json');
  const verbose = take('--verbose');
  const lib = resolve(takeValue('--lib') ?? REPO);
  const goldPaths = args.length ? args : [join(REPO, 'corpus')];
  const extract = await loadExtractor(lib);
  const { summary, misses } = await scoreGold(extract, readGold(goldPaths));
  if (asJson) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(formatSummary(summary));
    if (verbose) for (const m of misses) console.log(`  ${m}`);
  }
  return summary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (summary) => {
      process.exitCode = summary.crashed || summary.badOffsets ? 1 : 0;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
