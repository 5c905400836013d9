import { describe, expect, it } from 'vitest';
import { createPipeline, extractEvents, loadDictionary } from '../../src/index.js';

const TEXT = 'Wakil Ketua DPRD Rina Wulandari meninjau kebun PT Sawit Makmur Sejahtera di Kabupaten Sigi, Senin.';

const MINE = loadDictionary({
  name: 'my-politicians',
  actors: [
    { id: 'person-rina-wulandari', name: 'Rina Wulandari', type: 'person', aliases: ['Rina'] },
    { id: 'co-sawit-makmur', name: 'PT Sawit Makmur Sejahtera', type: 'organization', subtype: 'company', aliases: ['Sawit Makmur'] },
  ],
});

/** The dictionary ids the result's actors came from. */
const refs = (text: string, options: Parameters<typeof extractEvents>[1] = {}) => extractEvents(text, options).actors.flatMap((a) => (a.ref ? [a.ref] : []));

describe('custom dictionaries', () => {
  it('add their actors to a pipeline, and per call', () => {
    const pipeline = createPipeline({ dictionaries: [MINE] });
    expect(refs(TEXT, { pipeline })).toEqual(expect.arrayContaining(['person-rina-wulandari', 'co-sawit-makmur', 'id-72.10']));
    expect(refs(TEXT, { dictionaries: [MINE] })).toEqual(expect.arrayContaining(['person-rina-wulandari', 'co-sawit-makmur']));
    expect(refs(TEXT)).not.toContain('person-rina-wulandari');
  });

  it('replace a shipped entry that has the same id', () => {
    const renamed = loadDictionary({ name: 'renamed', actors: [{ id: 'id-72.10', name: 'Kabupaten Sigi (Sulawesi Tengah)', type: 'location', aliases: ['Sigi Biromaru'] }] });
    const result = createPipeline({ dictionaries: [renamed] }).run('Banjir melanda Sigi Biromaru.');
    expect(result.actors.find((a) => a.ref === 'id-72.10')?.mentions.map((m) => m.text)).toEqual(['Sigi Biromaru']);
  });

  it('switch a shipped file off', () => {
    const noRegions = loadDictionary({ name: 'no-regions', disables: ['regions'] });
    expect(refs(TEXT, { dictionaries: [noRegions] })).not.toContain('id-72.10');
    expect(refs(TEXT)).toContain('id-72.10');
  });

  it('never reach another pipeline or the default one, however calls interleave', () => {
    const mine = createPipeline({ dictionaries: [MINE] });
    const plain = createPipeline();
    for (let round = 0; round < 2; round++) {
      expect(refs(TEXT, { pipeline: mine })).toContain('person-rina-wulandari');
      expect(refs(TEXT, { pipeline: plain })).not.toContain('person-rina-wulandari');
      expect(refs(TEXT)).not.toContain('person-rina-wulandari');
    }
  });
});
