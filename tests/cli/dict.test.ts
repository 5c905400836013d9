// --dict: a user's dictionary file; every problem with it is a usage error that names the file.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { runCli, scratch } from './helpers.js';

const TEXT = 'Ketua Koperasi Sumber Rejeki Zorbak Quenteliu membagikan pupuk kepada petani di Indramayu.';

describe('warta extract --dict', () => {
  const dir = scratch();
  const write = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };

  it('exits 2 naming a dictionary file that cannot be read', async () => {
    const missing = join(dir, 'tidak-ada.json');
    const run = await runCli(['extract', '--dict', missing, '-'], { input: TEXT });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`warta: --dict ${missing}: cannot read (no such file or directory)`);
  });

  it('exits 2 naming a dictionary file that is not JSON', async () => {
    const file = write('rusak.json', '{ "name": "rusak", ');
    const run = await runCli(['extract', '--dict', file, '-'], { input: TEXT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('is not valid JSON');
  });

  it('exits 2 naming the file, the entry and the field of an invalid entry, in the main thread or in workers, before any output', async () => {
    const file = write('salah.json', JSON.stringify({ name: 'koperasi', actors: [{ id: 'zq', name: 'Zorbak Quenteliu', type: 'alien' }] }));
    for (const jobs of ['1', '2']) {
      const out = join(dir, `never-${jobs}.jsonl`);
      const run = await runCli(['extract', '--jobs', jobs, '--out', out, '--dict', file, '-'], { input: TEXT });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`warta: dictionary "koperasi (${file})", entry 0 (id "zq"), field "type"`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('uses a valid dictionary, in the main thread and in worker threads', async () => {
    const file = write('koperasi.json', JSON.stringify({ name: 'koperasi', actors: [{ id: 'zq', name: 'Zorbak Quenteliu', type: 'person' }] }));
    const input = [TEXT, TEXT].map((text, i) => JSON.stringify({ id: `k${i}`, text })).join('\n');
    for (const jobs of ['1', '2']) {
      const run = await runCli(['extract', '--jobs', jobs, '--dict', file, '-'], { input });
      expect(run.code).toBe(0);
      const results = run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { actors: { ref?: string; name: string }[] });
      expect(results).toHaveLength(2);
      // Only the actors stage reads actor dictionaries; before it exists there is nothing to find.
      if (createPipeline().stages.includes('actors')) {
        for (const r of results) expect(r.actors.find((a) => a.ref === 'zq')?.name).toBe('Zorbak Quenteliu');
      }
    }
  });
});
