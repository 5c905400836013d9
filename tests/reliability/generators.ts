// fast-check generators of Indonesian-news-like text (datelines, names with titles, speech verbs,
// quotes, dates, places, abbreviations, boilerplate) and of hostile Unicode, for the property tests.
import fc from 'fast-check';

const DATELINES = ['JAKARTA, KOMPAS.com - ', 'Bisnis.com, JAKARTA - ', 'Medan (ANTARA) - ', 'Jakarta, CNN Indonesia -- ', 'Liputan6.com, Surabaya: ', 'SOLO - ', 'detikNews - '];
const NAMES = [
  'Presiden Joko Widodo',
  'Jokowi',
  'Menteri Keuangan Sri Mulyani Indrawati',
  'Sri Mulyani',
  'Presiden Rusia Vladimir Putin',
  'Putin',
  'Xi Jinping',
  'Kapolri Jenderal Listyo Sigit Prabowo',
  'KPK',
  'Komisi Pemberantasan Korupsi (KPK)',
  'Bank Indonesia',
  'Gubernur Jawa Tengah',
  'Wali Kota Surabaya Eri Cahyadi',
  'Dr. H. Ahmad Sahroni, S.H.',
  'Prof. Dr. Ir. Budi Santoso, M.Sc.',
  'warga Rusia',
  'Pemerintah Provinsi DKI Jakarta',
  'TNI',
  'Kementerian Luar Negeri',
  'juru bicara Kemlu',
  'AKP Rudi Hartono',
  'Kim Jong-un',
  'Reuters',
];
const SPEECH = ['mengatakan', 'kata', 'ujar', 'ujarnya', 'tuturnya', 'katanya', 'menegaskan', 'menjelaskan', 'membantah', 'belum mengonfirmasi', 'menyatakan bahwa', 'mengaku'];
const VERBS = ['menandatangani', 'ditangkap oleh', 'bertemu', 'mengunjungi', 'meresmikan', 'tiba di', 'diperiksa', 'tidak menghadiri', 'membangun', 'menolak', 'ditandatangani oleh', 'melaporkan'];
const DATES = ['Sabtu (9/11/2024)', 'kemarin', 'pukul 14.30 WIB', '5–7 Januari 2025', 'pekan lalu', 'pada 17 Agustus 1945', 'Senin lalu', '(9/11)', 'tahun 2024', 'setiap hari', 'selama tiga hari', '2024-11-10', 'Rabu (31/2/2024)', '1990-an', 'besok pagi'];
const PLACES = ['di Jakarta', 'di Kazan, Rusia', 'di kota Medan', 'di Istana Merdeka', 'di wilayah Kursk', 'di Kabupaten Deli Serdang', 'ke Surabaya'];
const WORDS = ['yang', 'dan', 'itu', 'akan', 'sudah', 'ia', 'dia', 'mereka', 'pemerintah', 'jalan tol', 'Rp2,5 triliun', '10 persen', 'US$3 juta', 'negara-negara', 'Rusia-China', 'anak-anak', 'bahwa', 'menurut', 'dikutip dari', 'tidak', 'belum', 'oleh'];
const EXTRAS = ['www.detik.com', 'https://x.co/a?b=1', '#Pemilu2024', '@jokowi', 'redaksi@kompas.com', 'dll.', 'a.n.', 'No. 5', 'H+1', '5G', 'COVID-19', '...', '…', '—', '(rdp/nwy)'];
const BOILERPLATE = ['Baca Juga:', 'Baca juga', 'Simak video "Detik-detik Tanggul Jebol"', 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Editor: Sri Handayani', 'Penulis: Budi Santoso', 'Copyright © ANTARA 2024'];
const OPEN_CLOSE: [string, string][] = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['``', "''"], ['"', ''], ['', '”']];
/** Characters that break naive text handling: line ends, invisible marks, combining marks, emoji, lone surrogates. */
export const ODD = ['\r\n', '\r', '\u00A0', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u0301', '\u200E', '\u200F', '\u202E', '\u2066', '\u0000', '\u0085', '\u2028', '👨‍👩‍👧', '👍🏽', '🇮🇩', '1️⃣', '\uD800', '\uDC00', 'İ', 'ß', 'ﬁ', 'عربي', '한국', '\t'];

const pick = (list: readonly string[]) => fc.constantFrom(...list);
const name = pick(NAMES);
const words = fc.array(fc.oneof({ arbitrary: pick(WORDS), weight: 4 }, pick(EXTRAS), pick(DATES)), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const end = fc.constantFrom('.', '.', '.', '!', '?', '', ':');

const action = fc.tuple(name, pick(VERBS), fc.oneof(name, pick(PLACES), words), fc.option(pick(DATES)), fc.option(pick(PLACES)), end).map(([a, v, o, d, p, e]) => [a, v, o, d, p].filter(Boolean).join(' ') + e);
const directQuote = fc.tuple(pick(['', ...NAMES.slice(0, 4)]), fc.constantFrom(...OPEN_CLOSE), words, fc.constantFrom(',', '.', '', '?'), pick(SPEECH), name, end).map(([before, [open, close], said, mark, cue, who, e]) => `${before ? `${before} ` : ''}${open}${said}${mark}${close} ${cue} ${who}${e}`);
const indirectQuote = fc.tuple(name, pick(SPEECH), words, fc.option(pick(DATES)), end).map(([who, cue, said, d, e]) => [who, cue, said, d].filter(Boolean).join(' ') + e);
const accordingTo = fc.tuple(name, words, end).map(([who, said, e]) => `Menurut ${who}, ${said}${e}`);
const jumble = fc.array(fc.oneof(pick(NAMES), pick(SPEECH), pick(VERBS), pick(DATES), pick(PLACES), pick(WORDS), pick(EXTRAS), fc.constantFrom('.', ',', '"', '“', '”', '(', ')', '-', ':', '\n')), { maxLength: 14 }).map((w) => w.join(' '));

export const sentence = fc.oneof(
  { arbitrary: action, weight: 3 },
  { arbitrary: directQuote, weight: 3 },
  { arbitrary: indirectQuote, weight: 2 },
  { arbitrary: accordingTo, weight: 1 },
  { arbitrary: pick(BOILERPLATE), weight: 1 },
  { arbitrary: jumble, weight: 2 },
);

/** An article: maybe a dateline, then sentences joined by spaces and paragraph breaks. */
export const newsText = fc
  .tuple(fc.option(pick(DATELINES), { freq: 2 }), fc.array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n', '\n\n', '')), { minLength: 1, maxLength: 8 }))
  .map(([dateline, parts]) => (dateline ?? '') + parts.map(([s, sep]) => s + sep).join(''));

/** Inserts `pieces` into `text` at positions given as fractions of its length (code units: may split a pair). */
function insertAt(text: string, inserts: readonly [number, string][]): string {
  const at = inserts.map(([f, s]) => [Math.floor(f * (text.length + 1)), s] as const).sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [i, s] of at) out = out.slice(0, i) + s + out.slice(i);
  return out;
}

/** News text with odd characters and random Unicode spliced in anywhere, even inside words. */
export const mangledNewsText = fc
  .tuple(newsText, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(pick(ODD), fc.string({ unit: 'binary', maxLength: 4 }))), { minLength: 1, maxLength: 8 }))
  .map(([text, inserts]) => insertAt(text, inserts));

const oddUnit = fc.oneof(pick(ODD), fc.constantFrom('a', 'A', ' ', '.', ',', '"', '“', '”', '(', ')', '/', '-', '9', '\n', 'Dr.', 'di', 'kata'));

/** Any string: arbitrary code units (lone surrogates included), graphemes, and runs of odd pieces. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 120 }),
  fc.array(oddUnit, { maxLength: 60 }).map((u) => u.join('')),
);

/** A valid document date, or none. */
export const documentDate = fc.option(
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { freq: 3 },
);
