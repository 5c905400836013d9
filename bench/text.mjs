// Indonesian news-like text for the benchmarks: the project's corpus, plus the raw sentences of
// the UD Indonesian treebanks when ../shared/data/ud is beside the project, repeated to size; and
// the warm-up a run takes over it before it is timed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Articles (one string each) from corpus/ and the UD treebanks. */
export function articles() {
  const out = [];
  const corpus = join(root, 'corpus');
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus).sort()) {
      if (f.endsWith('.json')) out.push(JSON.parse(readFileSync(join(corpus, f), 'utf8')).text);
      else if (f.endsWith('.txt')) out.push(readFileSync(join(corpus, f), 'utf8'));
    }
  }
  const ud = join(root, '..', 'shared', 'data', 'ud');
  if (existsSync(ud)) {
    for (const dir of readdirSync(ud).sort()) {
      for (const f of readdirSync(join(ud, dir)).filter((f) => f.endsWith('.conllu')).sort()) {
        const lines = readFileSync(join(ud, dir, f), 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
        // Ten sentences make one pseudo-article, paragraphs of two or three sentences.
        for (let i = 0; i < lines.length; i += 10) out.push(lines.slice(i, i + 10).map((s, k) => (k % 3 === 2 ? s + '\n' : s)).join(' '));
      }
    }
  }
  if (!out.length) throw new Error('no benchmark text: corpus/ is empty and ../shared/data/ud is absent');
  return out;
}

/** At least `bytes` of text as a list of articles (repeating the sources). */
export function articlesOfSize(bytes) {
  const base = articles();
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = base[i % base.length];
    out.push(a);
    size += Buffer.byteLength(a);
  }
  return { articles: out, bytes: size };
}

/** One document of `size` UTF-16 code units: articles joined by blank lines, as a long file or a feed reads. */
export function documentOfSize(size) {
  const { articles } = articlesOfSize(size + 1024 * 1024);
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    parts.push(articles[i % articles.length]);
    length += articles[i % articles.length].length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/**
 * Runs the articles until 4 MB of text (or the whole text, if more) have been seen, or 30 s have
 * passed, whichever comes first; every system gets the same. A run's first megabytes are slower
 * (the compiler tiers up the hot code, the young generation grows to fit, caches fill): warta
 * takes about 4 MB to reach its steady speed, several times slower over the first 2 MB. Throughput
 * is what a long job sees; a cold start shows in "first result".
 */
export function warmUp(run, articles) {
  const began = performance.now();
  const bytes = articles.reduce((sum, a) => sum + a.length, 0);
  const goal = Math.max(bytes, 4 * 1024 * 1024);
  for (let seen = 0, i = 0; seen < goal && (i < 20 || performance.now() - began < 30_000); i++) {
    const a = articles[i % articles.length];
    run(a);
    seen += a.length;
  }
}
