// Archives: JSON Lines with bad records among good ones, directories, unreadable files, threads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, EXAMPLE_TEXT, runCli, scratch } from './helpers.js';

interface Line {
  id: string;
  text: string;
  documentDate: string | null;
}

function parseLines(stdout: string): Line[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

const SENTENCES = [
  'Gubernur meninjau lokasi banjir di Bekasi pada Senin (11/11/2024).',
  '"Kami akan membangun tanggul baru," kata Kepala Dinas.',
  'Polisi menangkap dua tersangka pencurian di Medan kemarin.',
  'Harga cabai naik menjelang akhir tahun, menurut pedagang.',
];
const record = (i: number): string =>
  JSON.stringify({ id: `n${i}`, text: `${SENTENCES[i % SENTENCES.length]} Nomor ${i}.`, date: `2024-11-${String((i % 28) + 1).padStart(2, '0')}` });

describe('warta extract on archives', () => {
  const dir = scratch();

  it('reports each bad record in the middle of a JSON Lines file with its line, and goes on (exit 1)', async () => {
    const file = join(dir, 'archive.jsonl');
    const enormous = JSON.stringify({ id: 'big', text: 'kata '.repeat(2000) });
    const lines: (string | Buffer)[] = [
      record(0),
      '{"id": "broken", "text": "tanpa penutup',
      record(1),
      Buffer.concat([Buffer.from('{"id": "latin1", "text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
      '{"id": "empty", "text": "   "}',
      '',
      enormous,
      '["not", "a", "record"]',
      '{"id": "no-text", "body": "isi"}',
      '{"id": "bad-date", "text": "Isi berita.", "date": "kemarin"}',
      record(2),
    ];
    writeFileSync(file, Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')]))));
    for (const jobs of ['1', '2']) {
      const run = await runCli(['extract', '--jobs', jobs, '--max-size', '5000', file]);
      expect(run.code).toBe(1);
      expect(parseLines(run.stdout).map((r) => r.id)).toEqual(['n0', 'n1', 'n2']);
      const problems = run.stderr.split('\n').filter((l) => l.startsWith(`warta: ${file}:`));
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^warta: ${file}:2: not valid JSON`)),
        `warta: ${file}:4: not UTF-8 (byte 0xe9 at offset 29)`,
        `warta: ${file}:5: empty: no text to read`,
        `warta: ${file}:7: too large (${enormous.length} bytes; the limit is 5000, see --max-size)`,
        `warta: ${file}:8: a record must be a JSON object with a "text" field; got an array`,
        `warta: ${file}:9: the record's "text" must be a string; got no "text" field`,
        `warta: ${file}:10: the record's "date" must be an ISO date (YYYY-MM-DD); got "kemarin"`,
      ]);
      expect(run.stderr).toMatch(/warta: 3 documents extracted, 7 failed, in [\d.]+ s/);
    }
  });

  it('keeps the input order with several threads, and exits 0 when all succeed', async () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 60 }, (_, i) => record(i)).join('\n'));
    const [one, two] = await Promise.all([runCli(['extract', '--jobs', '1', file]), runCli(['extract', '--jobs', '2', file])]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const ids = parseLines(two.stdout).map((r) => r.id);
    expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => `n${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports an unreadable file and extracts the others (exit 1)', async () => {
    const missing = join(dir, 'hilang.txt');
    const run = await runCli(['extract', missing, EXAMPLE]);
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout).map((r) => r.text)).toEqual([EXAMPLE_TEXT]);
    expect(run.stderr).toContain(`warta: ${missing}: cannot read (no such file or directory)`);
    expect(run.stderr).toContain('warta: 1 document extracted, 1 failed');
  });

  it('reports a text file that is not UTF-8 or too large', async () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x4b, 0x61, 0x66, 0xe9, 0x0a]));
    const run = await runCli(['extract', '--max-size', '1000', latin1, EXAMPLE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`warta: ${latin1}: not UTF-8 (byte 0xe9 at offset 3)`);
    expect(run.stderr).toContain(`warta: ${EXAMPLE}: too large (${Buffer.byteLength(EXAMPLE_TEXT)} bytes; the limit is 1000`);
  });

  it('reads a directory recursively in name order: .txt, .jsonl and .json (a record or an array)', async () => {
    const root = join(dir, 'arsip');
    mkdirSync(join(root, 'b-nested'), { recursive: true });
    mkdirSync(join(root, '.hidden'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'Artikel pertama tentang banjir.');
    writeFileSync(join(root, 'b-nested', 'c.jsonl'), [record(1), record(2)].join('\n') + '\n');
    writeFileSync(join(root, 'd.json'), JSON.stringify([{ id: 'd0', text: 'Satu.' }, { id: 'd1', text: 'Dua.', documentDate: '2024-11-10' }]));
    writeFileSync(join(root, 'e.json'), JSON.stringify({ text: 'Sebuah rekaman.' }));
    writeFileSync(join(root, 'f.md'), 'ignored');
    writeFileSync(join(root, '.hidden', 'g.txt'), 'ignored');
    const run = await runCli(['extract', '--quiet', root]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const results = parseLines(run.stdout);
    expect(results.map((r) => r.id)).toEqual([join(root, 'a.txt'), 'n1', 'n2', 'd0', 'd1', join(root, 'e.json')]);
    expect(results[4]!.documentDate).toBe('2024-11-10');
  });
});
