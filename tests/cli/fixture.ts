// A small article with hand-made actors, dates, quotes and events, laid over the real pipeline by
// a last stage, so that the formatters are tested on a known result whatever the stages find.
import { createPipeline, type Doc, type ExtractionResult, type Span } from '../../src/index.js';
import { spanAt } from '../../src/spans.js';

export const ARTICLE =
  'KARAWANG, KOMPAS.com – Bupati Karawang Hendra Saputra menyalurkan beras kepada warga pada Senin (11/11/2024).\n' +
  '"Beras ini harus sampai paling lambat Rabu," ujar Hendra.\n' +
  'Baca Juga: Sungai Citarum Meluap\n' +
  'Ia menambahkan bahwa <img src=x onerror="window.pwned=1"> & <script>window.pwned=2</script> tidak berbahaya.';

function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: "${needle}" not in the article`);
  return spanAt(text, at, at + needle.length);
}

function annotate(doc: Doc): void {
  const t = doc.text;
  doc.actors = [
    {
      id: 'hendra',
      name: 'Hendra Saputra',
      type: 'person',
      aliases: ['Hendra Saputra', 'Hendra'],
      titles: ['Bupati Karawang'],
      mentions: [
        { ...find(t, 'Hendra Saputra'), role: 'name' },
        { ...find(t, 'Hendra', 1), role: 'alias' },
        { ...find(t, 'Ia'), role: 'pronoun' },
      ],
    },
    {
      id: 'karawang',
      name: 'Karawang',
      type: 'location',
      aliases: ['KARAWANG', 'Karawang'],
      titles: [],
      mentions: [
        { ...find(t, 'KARAWANG'), role: 'name' },
        { ...find(t, 'Karawang'), role: 'name' },
      ],
    },
    { id: 'warga', name: 'warga', type: 'group', aliases: ['warga'], titles: [], mentions: [{ ...find(t, 'warga'), role: 'name' }] },
  ];
  doc.dates = [{ ...find(t, 'Senin (11/11/2024)'), value: '2024-11-11', kind: 'date', precision: 'day', relative: false }];
  doc.quotes = [
    {
      ...find(t, 'Beras ini harus sampai paling lambat Rabu,'),
      kind: 'direct',
      speaker: 'hendra',
      speakerMention: find(t, 'Hendra', 1),
      cue: find(t, 'ujar'),
      source: null,
    },
    {
      ...find(t, '<img src=x onerror="window.pwned=1"> & <script>window.pwned=2</script> tidak berbahaya'),
      kind: 'indirect',
      speaker: 'hendra',
      speakerMention: find(t, 'Ia'),
      cue: find(t, 'menambahkan'),
      source: null,
    },
  ];
  doc.events = [
    {
      type: 'action',
      trigger: { ...find(t, 'menyalurkan'), lemma: 'salur' },
      actors: ['hendra'],
      targets: ['warga'],
      date: '2024-11-11',
      location: 'karawang',
      quote: null,
      negated: false,
      sentence: 0,
    },
    {
      type: 'statement',
      trigger: { ...find(t, 'ujar'), lemma: 'ujar' },
      actors: ['hendra'],
      targets: [],
      date: null,
      location: null,
      quote: 0,
      negated: false,
      sentence: 1,
    },
  ];
}

export function fixtureResult(): ExtractionResult {
  return createPipeline()
    .use({ name: 'fixture', run: annotate })
    .run(ARTICLE, { documentDate: '2024-11-11' });
}
