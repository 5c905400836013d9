// Tokens + sentences throughput on ≥ 5 MB of Indonesian text, one article per call, using the
// built package (npm run build first).   node bench/tokenize.mjs [MB]
import { createPipeline } from '../dist/index.js';
import { articlesOfSize } from './text.mjs';

const mb = Number(process.argv[2] ?? 5);
const { articles, bytes } = articlesOfSize(mb * 1024 * 1024);
const pipeline = createPipeline();
for (const name of pipeline.stages.filter((s) => s !== 'tokenize' && s !== 'sentences')) pipeline.remove(name);

for (const a of articles.slice(0, 200)) pipeline.run(a); // warm up
let best = Infinity;
let tokens = 0;
for (let round = 0; round < 3; round++) {
  tokens = 0;
  const t0 = performance.now();
  for (const a of articles) tokens += pipeline.run(a).tokens.length;
  best = Math.min(best, performance.now() - t0);
}
const seconds = best / 1000;
console.log(`tokens+sentences: ${(bytes / 1048576).toFixed(1)} MB, ${articles.length} articles, ${tokens} tokens`);
console.log(`  ${(bytes / 1048576 / seconds).toFixed(1)} MB/s, ${(tokens / seconds / 1e6).toFixed(2)} M tokens/s (best of 3)`);
