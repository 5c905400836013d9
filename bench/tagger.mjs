// Named-entity tagger throughput on ≥ 5 MB of Indonesian text, one sentence per call, counting the
// tagger alone (tokens, sentences and dictionary names are found beforehand). Bundles the sources with esbuild, since
// the tagger is internal to the actors stage.   node bench/tagger.mjs [MB]
import { importInternals } from '../scripts/internals.mjs';
import { articlesOfSize } from './text.mjs';

const warta = await importInternals([
  "export { tokenize } from './src/stages/tokenize.ts';",
  "export { splitSentences, terminalHashes } from './src/stages/sentences.ts';",
  "export { compileLexicon } from './src/lexicon/lexicon.ts';",
  "export { SHIPPED_DICTIONARIES } from './src/lexicon/shipped.ts';",
  "export { createNerTagger } from './src/stages/actors/tagger.ts';",
  "export { default as model } from './dictionaries/ner-model.json';",
]);

const mb = Number(process.argv[2] ?? 5);
const { articles, bytes } = articlesOfSize(mb * 1024 * 1024);
const lexicon = warta.compileLexicon(warta.SHIPPED_DICTIONARIES);
const abbreviationList = lexicon.words('abbreviations');
const abbreviations = abbreviationList;
const terminals = warta.terminalHashes(abbreviationList);

const t0 = performance.now();
const tagger = warta.createNerTagger(warta.model);
const loadMs = performance.now() - t0;

// Each article's tokens, and the token range and dictionary names of each of its sentences, as the
// actors stage gives them.
const docs = articles.map((text) => {
  const tokens = warta.tokenize(text, abbreviations);
  const names = lexicon.matchActors(tokens).map((m) => ({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, type: m.entry.type, exactCase: m.exactCase }));
  const ranges = [];
  let first = 0;
  for (const s of warta.splitSentences(text, tokens, abbreviationList, terminals)) {
    while (first < tokens.length && tokens[first].start < s.start) first++;
    let last = first;
    while (last < tokens.length && tokens[last].end <= s.end) last++;
    ranges.push([first, last, { names: names.filter((m) => m.tokenStart < last && m.tokenEnd > first) }]);
    first = last;
  }
  return { tokens, ranges };
});

const tagAll = () => {
  let spans = 0;
  for (const { tokens, ranges } of docs) for (const [a, b, context] of ranges) spans += tagger.tag(tokens, a, b, context).length;
  return spans;
};
for (let i = 0; i < 2; i++) tagAll(); // warm up
// CPU time rather than wall time: the machine is shared, and waiting for a core is not the tagger's cost.
let best = Infinity;
let bestWall = Infinity;
let spans = 0;
for (let round = 0; round < 5; round++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  spans = tagAll();
  const used = process.cpuUsage(cpu);
  best = Math.min(best, (used.user + used.system) / 1000);
  bestWall = Math.min(bestWall, performance.now() - wall);
}
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const seconds = best / 1000;
console.log(`ner tagger: ${(bytes / 1048576).toFixed(1)} MB, ${articles.length} articles, ${tokens} tokens, ${spans} entity spans; model loads in ${loadMs.toFixed(0)} ms`);
console.log(`  ${(bytes / 1048576 / seconds).toFixed(1)} MB/s, ${(tokens / seconds / 1e6).toFixed(2)} M tokens/s of CPU time (${(bytes / 1048576 / (bestWall / 1000)).toFixed(1)} MB/s wall; best of 5)`);
