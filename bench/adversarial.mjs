// Hostile text through the whole pipeline: the time per MB at 10 MB must stay within 1.5× of the
// time per MB at 100 KB for every attack string, or some stage is super-linear.
//
//   scripts/build-to.sh reliability && node --max-old-space-size=8192 bench/adversarial.mjs [--only NAME] [--sizes 1e5,1e6,1e7] [--profile]
//
// Sizes count UTF-16 code units (one byte each for these ASCII-heavy strings). Times are CPU
// milliseconds of this process (process.cpuUsage), which other processes on a shared machine
// disturb far less than the wall clock; the wall time is printed too. Each size is the fastest of
// a few runs. A ratio above the target is retried once, with a fresh 100 KB reading, before it
// counts, and stops the attack there; so does a size that would take over five minutes at the
// growth seen so far (then the ratio is the one from a 10 KB probe). `--profile` prints the slowest stages of
// the largest size run; a failing attack always does, to name the stage responsible.
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const LIB = `${root}.build/reliability/dist/index.js`;
if (!existsSync(LIB)) {
  console.error(`no build at ${LIB}; run scripts/build-to.sh reliability first`);
  process.exit(2);
}
const { extractEvents } = await import(LIB);

const TARGET_RATIO = 1.5;

const CAPITALIZED = ['Joko', 'Widodo', 'Prabowo', 'Subianto', 'Sri', 'Mulyani', 'Indrawati', 'Kementerian', 'Luar', 'Negeri', 'Bank', 'Indonesia', 'Jakarta', 'Surabaya'];
const LOWERCASE = ['pemerintah', 'akan', 'membangun', 'jalan', 'tol', 'baru', 'di', 'wilayah', 'timur', 'yang', 'selama', 'ini', 'belum', 'terhubung', 'dengan', 'kota', 'besar', 'dan', 'warga', 'mengatakan'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A text of exactly `size` code units that repeats `unit` (cut at the end). */
function repeated(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Words from `words`, space-separated, cycled to `size` code units. */
function cycled(words, size) {
  return repeated(words.join(' ') + ' ', size);
}

/** Each attack builds a text of `size` code units. */
const ATTACKS = {
  'one letter': (n) => repeated('a', n),
  'one space': (n) => repeated(' ', n),
  'one newline': (n) => repeated('\n', n),
  'one dot': (n) => repeated('.', n),
  'one dash': (n) => repeated('-', n),
  'one quote': (n) => repeated('"', n),
  'quote pairs "“': (n) => repeated('"“', n),
  '(9/': (n) => repeated('(9/', n),
  'Dr. ': (n) => repeated('Dr. ', n),
  'capitalized words': (n) => cycled(CAPITALIZED, n),
  'giant sentence': (n) => cycled(LOWERCASE, n),
  digits: (n) => repeated('1234567890', n),
  'digit groups': (n) => repeated('12.345,', n),
  slashes: (n) => repeated('/', n),
  'slash dates': (n) => repeated('9/11/', n),
  'month names': (n) => cycled(MONTHS, n),
  'day month': (n) => repeated('9 November ', n),
  'url then marks': (n) => 'www.' + repeated('!', n - 5) + 'x',
  'open parens': (n) => repeated('(', n),
  commas: (n) => repeated(', ', n),
  'title words': (n) => repeated('Presiden Menteri Gubernur ', n),
  'quote with cue': (n) => repeated('"Ya," kata dia. ', n),
  'unclosed quotes': (n) => repeated('“Kami akan ', n),
  'dateline-like': (n) => repeated('JAKARTA, KOMPAS.com - ', n),
  'group phrases': (n) => repeated('warga mengatakan hal itu. ', n),
  // One long run of white space where a stage looks for names and titles (see reliability-findings.md).
  'gap inside a name': (n) => 'Kemarin Presiden Joko' + repeated(' ', n - 47) + 'Widodo mengatakan hal itu.',
  'gap inside a title': (n) => 'Kemarin Menteri' + repeated(' ', n - 55) + 'Keuangan Sri Mulyani mengatakan hal itu.',
};

function parseArgs(argv) {
  const args = { only: null, sizes: [1e5, 1e6, 1e7], profile: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') args.only = argv[++i];
    else if (argv[i] === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--profile') args.profile = true;
    else throw new Error(`unknown argument ${argv[i]}; use --only NAME, --sizes A,B,C, --profile`);
  }
  return args;
}

/** CPU and wall milliseconds of one run, and the per-stage profile. */
function timeOnce(text) {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = extractEvents(text, { profile: true });
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall, profile: result.profile, tokens: result.tokens.length };
}

/** Fewer runs for bigger texts: about the same total time per size. */
function runsFor(size) {
  return size <= 1e5 ? 7 : size <= 1e6 ? 3 : 1;
}

/** The fastest of up to `runs` runs, stopping once they have taken `budget` ms together. */
function bestWithin(text, runs, budget = 5000) {
  let out = null;
  let spent = 0;
  for (let i = 0; i < runs && spent < budget; i++) {
    const t = timeOnce(text);
    spent += t.wall;
    if (!out || t.cpu < out.cpu) out = t;
  }
  return out;
}

function perMB(t, size) {
  return { cpu: t.cpu / (size / 1e6), wall: t.wall / (size / 1e6) };
}

function slowestStages(profile, k = 3) {
  return [...profile]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, k)
    .map((p) => `${p.stage} ${p.ms.toFixed(0)}ms`)
    .join(', ');
}

const args = parseArgs(process.argv.slice(2));
extractEvents(cycled(LOWERCASE, 20000) + ' Presiden Joko Widodo mengatakan, "Ya," pada Sabtu (9/11/2024).'); // warm up the JIT and the lexicon

/** No single run may be expected to take longer (ms): a super-linear stage would take hours at 10 MB. */
const LONGEST_RUN = 300_000;
/** The small text that tells a slow attack early: its time per MB is the yardstick when a size is skipped. */
const PROBE = 1e4;

const rows = [];
for (const [name, make] of Object.entries(ATTACKS)) {
  if (args.only && name !== args.only) continue;
  try {
    measureAttack(name, make);
  } catch (e) {
    // A stage that throws on hostile text fails the attack outright.
    rows.push({ attack: name, ratio: NaN, ok: 'NO', error: String(e?.message ?? e).slice(0, 80) });
    console.log(`${name.padEnd(20)} THROWS ${e?.message ?? e}: ${String(e?.stack ?? '').split('\n').slice(1, 3).join(' | ')}`);
  }
}

function measureAttack(name, make) {
  const probe = { size: PROBE, t: bestWithin(make(PROBE), 5) };
  const measured = [];
  let previous = null;
  let last = probe;
  let ratio = 1;
  let skipped = null;
  for (const size of args.sizes) {
    // Projected with the growth seen so far (at least linear): more than LONGEST_RUN is not worth waiting for.
    const growth = previous ? Math.max(1, Math.log(last.t.cpu / previous.t.cpu) / Math.log(last.size / previous.size)) : 1;
    const projected = last.t.cpu * (size / last.size) ** growth;
    if (projected > LONGEST_RUN) {
      skipped = { size, projected };
      break;
    }
    const m = { size, t: bestWithin(make(size), runsFor(size)) };
    measured.push(m);
    previous = last;
    last = m;
    if (measured.length < 2) continue;
    const small = measured[0];
    ratio = perMB(m.t, size).cpu / perMB(small.t, small.size).cpu;
    if (ratio > TARGET_RATIO) {
      // One more reading of both ends before a busy machine is taken for a super-linear stage.
      const smallAgain = bestWithin(make(small.size), runsFor(small.size));
      const again = bestWithin(make(size), 1);
      if (smallAgain.cpu < small.t.cpu) small.t = smallAgain;
      if (again.cpu < m.t.cpu) m.t = again;
      ratio = perMB(m.t, size).cpu / perMB(small.t, small.size).cpu;
    }
    if (ratio > TARGET_RATIO) break;
  }
  // Stopped before two sizes: the growth from the probe is the evidence.
  if (measured.length < 2) ratio = perMB(last.t, last.size).cpu / perMB(probe.t, probe.size).cpu;
  const ok = ratio <= TARGET_RATIO && !skipped;
  const row = {
    attack: name,
    ...Object.fromEntries(
      args.sizes.map((size) => {
        const m = measured.find((x) => x.size === size);
        return [`${size / 1e6} MB ms/MB`, m ? Math.round(perMB(m.t, size).cpu) : 'skipped'];
      }),
    ),
    'wall ms/MB (largest)': Math.round(perMB(last.t, last.size).wall),
    ratio: Number(ratio.toFixed(2)),
    'ratio of': measured.length >= 2 ? `${last.size / 1e6}/${measured[0].size / 1e6} MB` : `${last.size / 1e6}/${PROBE / 1e6} MB`,
    ok: ok ? 'yes' : 'NO',
  };
  rows.push(row);
  const sizes = [probe, ...measured].map((m) => `${(m.size / 1e6).toString().padStart(4)} MB ${perMB(m.t, m.size).cpu.toFixed(0).padStart(6)} ms/MB`).join('  ');
  const why = skipped ? `  ${skipped.size / 1e6} MB skipped: > ${(skipped.projected / 1000).toFixed(0)} s projected` : '';
  console.log(`${name.padEnd(20)} ${sizes}  ratio ${ratio.toFixed(2)} ${row.ok}${why}` + (args.profile || !ok ? `  [${slowestStages(last.t.profile)}]` : ''));
}
console.table(rows);
const failed = rows.filter((r) => r.ok === 'NO');
console.log(failed.length ? `failed (super-linear, ratio > ${TARGET_RATIO}, or threw): ${failed.map((r) => r.attack + (r.error ? ' (threw)' : '')).join(', ')}` : `every attack string within ${TARGET_RATIO}×`);
process.exitCode = failed.length ? 1 : 0;
