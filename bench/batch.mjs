// Batch throughput of `warta extract` on a generated news archive (JSON Lines, results piped back
// as JSON Lines), with 1 and 2 worker threads, and peak memory as the archive grows:
//   node bench/batch.mjs [--sizes 2000,20000] [--jobs 1,2] [--cli dist/cli.js]
// Targets: 2 jobs ≥ 1.7× the articles/s of 1 job; peak memory at the largest size within 25% of
// the smallest (flat, i.e. streaming). Exits 1 when a target is missed. On Linux it also shows,
// within a run, the highest RSS seen up to the 2,000th, 10,000th … article.
// The archive is built from the corpus articles (corpus/*.json, corpus/example.txt) with
// variations: body paragraphs rotated, figures and dates changed, some articles joined or cut.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../scripts/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000' },
    jobs: { type: 'string', default: '1,2' },
    cli: { type: 'string', default: process.env.WARTA_CLI ?? 'dist/cli.js' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const JOBS = values.jobs.split(',').map(Number);
const CLI = resolve(ROOT, values.cli);
const SPEEDUP_TARGET = 1.7;
const MILESTONES = [2000, 10000, 20000, 50000, 100000];
/** USER_HZ: /proc/<pid>/task/<tid>/stat counts CPU time in 1/100 s on Linux. */
const CLOCK_TICKS = 100;
const MEMORY_GROWTH_LIMIT = 1.25;


function corpusArticles() {
  const dir = join(ROOT, 'corpus');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .map((d) => ({ text: d.text, date: d.documentDate ?? null }));
  articles.push({ text: readFileSync(join(dir, 'example.txt'), 'utf8'), date: '2024-11-11' });
  return articles;
}

const SLASH_DATE = /\((\d{1,2})\/(\d{1,2})\/(\d{4})\)/g;
const FIGURE = /\b\d{2,3}(?:\.\d{3})*\b/g;

/** One archive article: a corpus article with its body rotated, its figures and dates changed. */
function vary(articles, i, next) {
  const base = articles[i % articles.length];
  const [lead, ...body] = base.text.split('\n');
  const turn = body.length ? Math.floor(next() * body.length) : 0;
  let paragraphs = [lead, ...body.slice(turn), ...body.slice(0, turn)];
  const roll = next();
  if (roll < 0.1) paragraphs = paragraphs.concat(articles[(i + 1) % articles.length].text.split('\n').slice(1));
  else if (roll < 0.2) paragraphs = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length / 2)));
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 12);
  const text = paragraphs
    .join('\n')
    .replace(SLASH_DATE, (_, d, m, y) => `(${((Number(d) + day) % 28) + 1}/${((Number(m) + month) % 12) + 1}/${y})`)
    .replace(FIGURE, (n) => String(Math.floor(next() * 10 ** Math.min(6, n.length))).padStart(2, '1'));
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { id: `arsip-${String(i).padStart(6, '0')}`, text, date };
}

async function writeArchive(path, count, articles) {
  const next = seededRandom(20241111); // deterministic: every run reads the same archive
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify(vary(articles, i, next)) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return bytes;
}

/**
 * Watches a run through Linux /proc (nothing elsewhere): the highest RSS seen before each
 * milestone article was written, and the CPU time of each thread (main, workers, V8's helpers).
 */
function watchProcess(pid, written) {
  const highest = new Map();
  const threads = new Map();
  let peak = 0;
  const read = (file) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return '';
    }
  };
  const timer = setInterval(() => {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(read('status'))?.[1] ?? 0) / 1024;
    peak = Math.max(peak, rss);
    const done = written();
    for (const articles of MILESTONES) if (done <= articles) highest.set(articles, Math.max(highest.get(articles) ?? 0, peak));
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {}
    for (const task of tasks) {
      const fields = read(`task/${task}/stat`).split(') ')[1]?.split(' ');
      if (fields) threads.set(task, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    }
  }, 200);
  return () => {
    clearInterval(timer);
    return {
      rssBy: MILESTONES.filter((n) => n <= written() && highest.has(n)).map((n) => `${n}: ${highest.get(n).toFixed(0)} MB`),
      threadCpu: [...threads.values()].sort((a, b) => b - a),
    };
  };
}

const SUMMARY = /warta: (\d+) documents? extracted, (\d+) failed, in ([\d.]+) s \(([\d.]+) documents\/s, CPU ([\d.]+) s\), peak memory (\d+) MB/;

/** Runs the CLI on the archive, its output piped here and counted (one JSON line an article). */
function extract(archive, jobs) {
  return new Promise((done, fail) => {
    const began = performance.now();
    const child = spawn(process.execPath, [CLI, 'extract', '--jobs', String(jobs), archive], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    const watch = watchProcess(child.pid, () => lines);
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - began) / 1000;
      const { rssBy, threadCpu } = watch();
      const m = SUMMARY.exec(stderr);
      if (code !== 0 || !m) return fail(new Error(`warta extract exited ${code}:\n${stderr}`));
      const cpu = Number(m[5]);
      done({ documents: Number(m[1]), failed: Number(m[2]), seconds, cpu, perSecond: Number(m[1]) / seconds, peakMB: Number(m[6]), rssBy, threadCpu, load: loadavg()[0] });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'warta-batch-'));
try {
  const articles = corpusArticles();
  console.log(`warta batch bench: ${CLI}\n${articles.length} corpus articles, archives of ${SIZES.join(' and ')} articles, jobs ${JOBS.join(' and ')}\n`);
  const rows = [];
  for (const size of SIZES) {
    const archive = join(scratch, `archive-${size}.jsonl`);
    const bytes = await writeArchive(archive, size, articles);
    for (const jobs of JOBS) {
      const r = await extract(archive, jobs);
      rows.push({ size, mb: bytes / 2 ** 20, jobs, ...r });
      console.log(
        `${String(size).padStart(6)} articles (${(bytes / 2 ** 20).toFixed(1)} MB)  --jobs ${jobs}:  ${r.seconds.toFixed(1).padStart(6)} s  ` +
          `${r.perSecond.toFixed(0).padStart(5)} articles/s  ${(bytes / 2 ** 20 / r.seconds).toFixed(2)} MB/s  peak RSS ${r.peakMB} MB  ` +
          `CPU ${r.cpu.toFixed(1)} s (${((1000 * r.cpu) / size).toFixed(2)} ms/article, ${(r.cpu / r.seconds).toFixed(2)} cores busy)  load ${r.load.toFixed(1)}`,
      );
      if (r.rssBy.length) console.log(`${' '.repeat(8)}highest RSS up to article ${r.rssBy.join(', ')}`);
      if (r.threadCpu.length) console.log(`${' '.repeat(8)}CPU s by thread: ${r.threadCpu.filter((t) => t >= 0.05).map((t) => t.toFixed(1)).join(', ')}`);
    }
  }
  const at = (size, jobs) => rows.find((r) => r.size === size && r.jobs === jobs);
  const largest = Math.max(...SIZES);
  const smallest = Math.min(...SIZES);
  const checks = [];
  if (JOBS.includes(1) && JOBS.includes(2)) {
    const speedup = at(largest, 2).perSecond / at(largest, 1).perSecond;
    checks.push([`2 jobs / 1 job at ${largest} articles: ${speedup.toFixed(2)}× (target ≥ ${SPEEDUP_TARGET}×)`, speedup >= SPEEDUP_TARGET]);
    // Wall-clock speedup needs two idle cores. What the threads cost, and how evenly the work
    // divides, give the speedup those cores would allow: the run cannot be shorter than its busiest
    // thread, nor than all its CPU time spread over 2 cores.
    const one = at(largest, 1);
    const two = at(largest, 2);
    const overhead = two.cpu / one.cpu;
    const bound = two.threadCpu.length ? Math.max(two.cpu / 2, two.threadCpu[0]) : two.cpu / 2;
    console.log(
      `\nCPU with 2 jobs / with 1 job: ${overhead.toFixed(2)}×; busiest thread with 2 jobs: ${(two.threadCpu[0] ?? NaN).toFixed(1)} s of ${two.cpu.toFixed(1)} s` +
        ` → on 2 idle cores 2 jobs would reach about ${(one.cpu / bound).toFixed(2)}× (load average during the runs: ${rows.map((r) => r.load.toFixed(1)).join(', ')} on ${availableParallelism()} cores)`,
    );
  }
  if (largest !== smallest) {
    for (const jobs of JOBS) {
      const growth = at(largest, jobs).peakMB / at(smallest, jobs).peakMB;
      checks.push([
        `peak RSS with --jobs ${jobs}: ${at(smallest, jobs).peakMB} MB at ${smallest} → ${at(largest, jobs).peakMB} MB at ${largest} articles (${growth.toFixed(2)}×, limit ${MEMORY_GROWTH_LIMIT}×)`,
        growth <= MEMORY_GROWTH_LIMIT,
      ]);
    }
  }
  console.log('');
  for (const [line, ok] of checks) console.log(`${ok ? 'ok  ' : 'MISS'}  ${line}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/batch.json'), JSON.stringify({ cli: CLI, rows, checks }, null, 2) + '\n');
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
