import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEXT, runCli } from './helpers.js';

describe('warta extract - (standard input)', () => {
  it('reads one article when the input is plain text', async () => {
    const run = await runCli(['extract', '--date', '2024-11-11', '-'], { input: EXAMPLE_TEXT });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { id: string; text: string; documentDate: string };
    expect(result).toMatchObject({ id: '<stdin>', text: EXAMPLE_TEXT, documentDate: '2024-11-11' });
  });

  it('reads JSON Lines records when the input starts with "{", each with its own date', async () => {
    const records = [
      { id: 'a', text: 'Presiden meresmikan bendungan itu kemarin.', date: '2024-11-11' },
      { id: 'b', text: 'Menteri membuka pameran di Jakarta.' },
    ];
    const input = '\n' + records.map((r) => JSON.stringify(r)).join('\r\n') + '\n';
    const run = await runCli(['extract', '--date', '2024-01-02', '-'], { input });
    expect(run.code).toBe(0);
    const results = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string; documentDate: string });
    expect(results.map((r) => [r.id, r.text, r.documentDate])).toEqual([
      ['a', records[0]!.text, '2024-11-11'],
      ['b', records[1]!.text, '2024-01-02'],
    ]);
  });

  it('reports an empty input as a failed document (exit 1)', async () => {
    const run = await runCli(['extract', '-'], { input: '  \n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('warta: <stdin>: empty: no text to read');
  });
});
