// The quotes stage's cost per MB on news-like text and on hostile text (thousands of quotation
// marks of every style, unclosed and ” openers, run-on sentences full of speech verbs), at 200 KB
// and 1 MB: the time per MB must not grow with the size (linear), and stay well under 100 ms/MB.
//
//   scripts/build-to.sh quotes && node --expose-gc bench/quotes.mjs [--sizes 2e5,1e6]
//
// The stage's time is the CPU time (process.cpuUsage, which other processes on a shared machine
// disturb far less than the wall clock) between two marker stages placed around it, the best of a
// few runs. With --expose-gc the heap is collected before the stage starts, so that the garbage of
// the stages before it (more of it on a larger text) is not charged to it: read the ratio that
// way, and the ms/MB without --expose-gc (a forced collection leaves the heap and caches cold).
// The events stage, which reads the quotes, is left out.
import { existsSync } from 'node:fs';
import { option } from '../scripts/options.mjs';

const root = new URL('..', import.meta.url).pathname;
const LIB = `${root}.build/quotes/dist/index.js`;
if (!existsSync(LIB)) {
  console.error(`no build at ${LIB}; run scripts/build-to.sh quotes first`);
  process.exit(2);
}
const { createPipeline } = await import(LIB);
const SIZES = option('sizes', '2e5,1e6').split(',').map(Number);
const RUNS = 5;
const PIPELINE = createPipeline();
for (const name of PIPELINE.stages.slice(PIPELINE.stages.indexOf('quotes') + 1)) PIPELINE.remove(name);
PIPELINE.use({ name: 'tic', run: (doc) => { globalThis.gc?.(); doc.extensions.tic = process.cpuUsage(); } }, { before: 'quotes' });
PIPELINE.use({ name: 'toc', run: (doc) => void (doc.extensions.cpu = process.cpuUsage(doc.extensions.tic)) }, { after: 'quotes' });

const NAMES = ['Budi Santoso', 'Rina Marlina', 'Agus Triyono', 'Kepala BPBD Sigi, Muhammad Rizal', 'Menteri Keuangan Sri Mulyani'];
const CUES = ['kata', 'ujar', 'tutur', 'ungkap', 'jelas'];
const VERBS = ['mengatakan', 'menyebutkan', 'menjelaskan', 'menilai', 'memperkirakan', 'menegaskan'];
/** A paragraph of generated news: indirect speech, a direct quote, a pronoun attribution. */
function paragraph(k) {
  const name = NAMES[k % NAMES.length];
  const verb = VERBS[k % VERBS.length];
  const cue = CUES[k % CUES.length];
  return [
    `${name} ${verb} bahwa harga beras di pasar tradisional akan turun pada pekan depan seiring panen raya.`,
    `“Kami sudah menyiapkan cadangan pangan untuk tiga bulan. Distribusi berjalan lancar,” ${cue} ${name.split(', ').pop()} di Jakarta, Selasa (5/11/2024).`,
    `Ia menambahkan, pemerintah daerah perlu memantau harga setiap hari. “Jangan sampai ada penimbunan,” ${cue}nya.`,
    `Menurut dia, pasokan dari luar daerah masih aman, seperti dilansir Antara.`,
  ].join(' ');
}
const NEWS = Array.from({ length: 40 }, (_, k) => paragraph(k)).join('\n');

const ATTACKS = {
  news: NEWS,
  'curly marks': '“a ” b “ c ” kata Budi. ',
  'straight marks': '"a " b " c " kata "Budi" ',
  'single marks': "‘a’ b ' c ‘d ’ e' ",
  'closing-as-opening': '”Kami siap,” kata Budi. ”Ya” ',
  'unclosed openers': '“Kami siap menghadapi semua kemungkinan. ',
  'orphan closers': 'Kami siap,” kata Budi. ',
  'run-on speech verbs': 'Budi mengatakan, menyatakan dukungan dan menyebut bahwa warga mengaku puas, kata dia, ',
  'menurut chains': 'menurut Budi menurut dia menurut pengamat, ',
};

function sized(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function stageMs(text) {
  PIPELINE.run(text); // warm-up: compile the hot paths for this text's shape first
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const { cpu } = PIPELINE.run(text).extensions;
    best = Math.min(best, (cpu.user + cpu.system) / 1000);
  }
  return best;
}

let failed = false;
for (const [name, unit] of Object.entries(ATTACKS)) {
  const perMb = SIZES.map((size) => stageMs(sized(unit, size)) / (size / 1e6));
  const ratio = perMb[perMb.length - 1] / perMb[0];
  const linear = ratio <= 1.5;
  if (!linear) failed = true;
  console.log(`${name.padEnd(22)} ${perMb.map((x) => `${x.toFixed(1).padStart(7)} ms/MB`).join('  ')}   ratio ${ratio.toFixed(2)} ${linear ? '' : '  SUPER-LINEAR'}`);
}
process.exit(failed ? 1 : 0);
