#!/usr/bin/env node
// Writes dictionaries/regions.json: Indonesia's provinces, regencies (kabupaten) and cities (kota)
// from the official list in the idn-area-data package (Kepmendagri codes), with the short forms
// the news uses. Run after upgrading idn-area-data:  node scripts/generate-regions.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dataDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const { version } = JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8'));

/** Short forms and other names of provinces, by BPS code. */
const PROVINCE_FORMS = {
  11: ['NAD', 'Nanggroe Aceh Darussalam'],
  12: ['Sumut', 'Sumatra Utara'],
  13: ['Sumbar', 'Sumatra Barat'],
  16: ['Sumsel', 'Sumatra Selatan'],
  19: ['Bangka Belitung', 'Babel', 'Kep. Bangka Belitung'],
  21: ['Kepri', 'Kep. Riau'],
  31: ['DKI', 'Daerah Khusus Ibukota Jakarta', 'Daerah Khusus Ibu Kota Jakarta', 'Daerah Khusus Jakarta', 'DKJ'],
  32: ['Jabar'],
  33: ['Jateng'],
  34: ['DIY', 'DI Yogyakarta', 'D.I. Yogyakarta'],
  35: ['Jatim'],
  52: ['NTB'],
  53: ['NTT'],
  61: ['Kalbar'],
  62: ['Kalteng'],
  63: ['Kalsel'],
  64: ['Kaltim'],
  65: ['Kaltara'],
  71: ['Sulut'],
  72: ['Sulteng'],
  73: ['Sulsel'],
  74: ['Sultra'],
  76: ['Sulbar'],
  82: ['Malut'],
  92: ['Pabar'],
  96: ['PBD'],
};

/** Other spellings and short forms of regencies and cities, by Kepmendagri code. */
const REGENCY_FORMS = {
  '12.01': ['Tapteng'], '12.02': ['Taput'], '12.03': ['Tapsel'],
  '12.10': ['Labuhan Batu'], '12.12': ['Toba Samosir', 'Tobasa'], '12.16': ['Humbahas'],
  '12.18': ['Sergai'], '12.20': ['Paluta'], '12.21': ['Palas'], '12.22': ['Labusel'], '12.23': ['Labura'],
  '12.72': ['Pematang Siantar', 'Siantar'], '12.74': ['Tanjungbalai'],
  '12.77': ['Padangsidimpuan', 'Padang Sidimpuan', 'Padangsidempuan'],
  '13.01': ['Pessel'], '13.07': ['Limapuluh Kota'], '13.09': ['Mentawai'], '13.12': ['Pasbar'],
  '14.02': ['Inhu'], '14.04': ['Inhil'], '14.06': ['Rohul'], '14.07': ['Rohil'], '14.09': ['Kuansing'],
  '15.04': ['Batang Hari'], '15.05': ['Muarojambi'], '15.06': ['Tanjabbar'], '15.07': ['Tanjabtim'],
  '16.01': ['OKU'], '16.03': ['Muaraenim'], '16.05': ['Mura'], '16.06': ['Muba'], '16.08': ['OKU Timur'],
  '16.09': ['OKU Selatan'], '16.12': ['PALI'], '16.13': ['Muratara'], '16.72': ['Pagaralam'], '16.73': ['Lubuklinggau'],
  '17.06': ['Mukomuko'], '18.12': ['Tubaba'], '19.71': ['Pangkalpinang'], '21.05': ['Anambas'], '21.72': ['Tanjungpinang'],
  '31.71': ['Jakpus'], '31.72': ['Jakut'], '31.73': ['Jakbar'], '31.74': ['Jaksel'], '31.75': ['Jaktim'],
  '32.17': ['KBB'], '33.72': ['Solo'], '34.01': ['Kulonprogo'], '34.03': ['Gunung Kidul'],
  '34.71': ['Jogja', 'Yogya', 'Jogjakarta', 'Kota Jogja', 'Kota Yogya'], '36.74': ['Tangsel'],
  '52.01': ['Lobar'], '52.02': ['Loteng'], '52.03': ['Lotim'], '52.08': ['KLU'],
  '53.02': ['TTS'], '53.03': ['TTU'], '53.06': ['Flotim'], '53.18': ['SBD'],
  '62.01': ['Kobar'], '62.02': ['Kotim'], '62.71': ['Palangka Raya'],
  '63.04': ['Batola'], '63.06': ['HSS'], '63.07': ['HST'], '63.08': ['HSU'], '63.10': ['Tanbu'],
  '64.02': ['Kukar'], '64.07': ['Kubar'], '64.08': ['Kutim'], '64.09': ['PPU'], '64.11': ['Mahulu'],
  '71.01': ['Bolmong'], '71.03': ['Sangihe'], '71.04': ['Talaud'], '71.05': ['Minsel'], '71.06': ['Minut'],
  '71.08': ['Bolmut'], '71.09': ['Sitaro'], '71.10': ['Boltim'], '71.11': ['Bolsel'],
  '72.04': ['Tolitoli'], '72.07': ['Bangkep'], '72.08': ['Parimo'], '72.12': ['Morut'],
  '73.01': ['Selayar'], '73.10': ['Pangkep'], '73.14': ['Sidrap'], '73.22': ['Lutra'], '73.24': ['Lutim'], '73.26': ['Torut'],
  '73.72': ['Pare-Pare'], '74.05': ['Konsel'], '74.12': ['Konkep'], '74.72': ['Baubau'],
  '76.04': ['Polman'],
  '81.01': ['Malteng'], '81.03': ['Tanimbar', 'Maluku Tenggara Barat'], '81.05': ['SBT'], '81.06': ['SBB'], '81.07': ['Aru'], '81.08': ['MBD'],
  '82.05': ['Sula'], '82.07': ['Morotai'], '82.08': ['Taliabu'], '82.72': ['Tidore'],
  '91.05': ['Yapen'], '91.06': ['Biak'], '92.03': ['Fakfak'], '92.12': ['Pegaf'], '95.02': ['Pegubin'],
};

/**
 * Bare names left out: common words ("batu", "puncak", "batu bara"; "Kaur", the village officer's
 * title), names that mostly mean
 * something else ("Metro" in Polda Metro Jaya, "Malaka" the strait, "Kuningan" the Jakarta
 * district, "Toba" the lake, "Meranti" in village names), and names two regencies of different
 * provinces share ("Banjar"). Short forms that are words ("Mitra", "Mabar") are not listed above.
 */
const NO_BARE_NAME = new Set(['Batu', 'Puncak', 'Metro', 'Landak', 'Banjar', 'Kapuas', 'Toba', 'Malaka', 'Kuningan', 'Batu Bara', 'Kaur']);

/** Areas the official list does not carry as regencies. */
const EXTRA = [
  { id: 'id-ikn', name: 'Ibu Kota Nusantara', type: 'location', subtype: 'city', country: 'ID', parent: 'id-64', aliases: ['IKN', 'Kota Nusantara'] },
];

const LOWER_WORDS = new Set(['dan']);
const UPPER_WORDS = new Set(['DKI']);

function csv(file) {
  const [header, ...rows] = readFileSync(join(dataDir, file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [keys[i], v])));
}

/** "KABUPATEN TOJO UNA UNA" → "Kabupaten Tojo Una Una"; "DKI JAKARTA" → "DKI Jakarta". */
function titleCase(upper) {
  return upper
    .split(' ')
    .map((w) => (UPPER_WORDS.has(w) ? w : LOWER_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-')))
    .join(' ');
}

const provinces = csv('provinces.csv').map((p) => ({ code: p.code, name: titleCase(p.name) }));
const regencies = csv('regencies.csv').map((r) => {
  const full = titleCase(r.name);
  const m = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(full);
  if (!m) throw new Error(`unexpected regency name: ${r.name}`);
  return { code: r.code, province: r.province_code, full, kind: m[1], bare: m[2], administrative: full.includes(' Administrasi ') };
});

// A bare name two areas share goes to the province ("Jambi") or else to the city ("Bandung").
const provinceNames = new Set(provinces.map((p) => p.name));
const bareCount = new Map();
for (const r of regencies) bareCount.set(r.bare, (bareCount.get(r.bare) ?? 0) + 1);
const bareOwner = (r) => !provinceNames.has(r.bare) && !NO_BARE_NAME.has(r.bare) && (bareCount.get(r.bare) === 1 || r.kind === 'Kota');

const actors = [];
for (const p of provinces) {
  const forms = [`Provinsi ${p.name}`, `Prov. ${p.name}`, ...(PROVINCE_FORMS[p.code] ?? [])];
  if (p.name.startsWith('Kepulauan ')) forms.push(p.name.replace('Kepulauan ', 'Kep. '));
  if (p.code === '34') forms.push('Provinsi DIY');
  actors.push({ id: `id-${p.code}`, name: p.name, type: 'location', subtype: 'province', country: 'ID', aliases: [...new Set(forms)] });
}
for (const r of regencies) {
  const forms = [];
  if (r.administrative) forms.push(r.full, `${r.kind} ${r.bare}`);
  if (r.kind === 'Kabupaten') forms.push(`Kab. ${r.bare}`, `Kab ${r.bare}`);
  if (bareOwner(r)) forms.push(r.bare);
  for (const extra of REGENCY_FORMS[r.code] ?? []) {
    forms.push(extra);
    if (r.kind === 'Kota' && !extra.startsWith('Kota ') && /^\p{Lu}\p{Ll}/u.test(extra) && extra !== 'Solo') forms.push(`Kota ${extra}`);
  }
  // Administrative cities of Jakarta are named without their kind ("Jakarta Selatan").
  const name = r.administrative ? r.bare : r.full;
  const aliases = [...new Set(forms)].filter((f) => f !== name);
  actors.push({
    id: `id-${r.code}`,
    name,
    type: 'location',
    subtype: r.kind === 'Kota' ? 'city' : 'regency',
    country: 'ID',
    parent: `id-${r.province}`,
    ...(aliases.length ? { aliases } : {}),
  });
}
actors.push(...EXTRA);

const dictionary = {
  $schema: './schema/dictionary.schema.json',
  name: 'regions',
  description:
    "Indonesia's provinces (subtype 'province', id 'id-' + BPS code), regencies and cities (subtype 'regency' or 'city', id 'id-' + Kepmendagri code, parent = the province), with their common short forms (Jabar, Kab. Sigi, Kota Palu, Jaksel). A bare name ('Palu') belongs to one area only: the province when a province shares it ('Jambi'), else the city ('Bandung'); common words ('Batu', 'Puncak') have none. Generated by scripts/generate-regions.mjs; do not edit by hand.",
  source: `idn-area-data ${version} (https://github.com/fityannugroho/idn-area-data), which follows the Ministry of Home Affairs (Kemendagri) area codes; short forms and bare-name rules written for warta.`,
  license: 'ODbL-1.0 (derived from idn-area-data; the short forms are MIT)',
  actors,
};

// One entry a line: small diffs, small file.
const body = actors.map((a) => '    ' + JSON.stringify(a)).join(',\n');
const head = JSON.stringify({ ...dictionary, actors: [] }, null, 2).replace(/"actors": \[\]\n\}$/, '');
writeFileSync(join(root, 'dictionaries', 'regions.json'), `${head}"actors": [\n${body}\n  ]\n}\n`);
console.log(`regions.json: ${provinces.length} provinces, ${regencies.length} regencies and cities, ${EXTRA.length} extra`);
