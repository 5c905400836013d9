// Every output format on the bundled example article, and on several inputs at once.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSpans, EXAMPLE, EXAMPLE_TEXT, runCli, scratch } from './helpers.js';

interface Result {
  id: string;
  text: string;
  documentDate: string | null;
  tokens: { start: number; end: number; text: string }[];
  sentences: { start: number; end: number; text: string; boilerplate: boolean }[];
  actors: { id: string; name: string; type: string; mentions: { start: number; end: number; text: string }[] }[];
  dates: { start: number; end: number; text: string; value: string }[];
  quotes: { start: number; end: number; text: string; cue: null; speakerMention: null }[];
  events: { trigger: { start: number; end: number; text: string } }[];
}

const SECOND = 'JAKARTA, KOMPAS.com – Menteri Keuangan menyampaikan laporan kepada DPR pada Selasa (12/11/2024).\n';

describe('warta extract output formats', () => {
  const dir = scratch();
  const second = join(dir, 'second.txt');
  writeFileSync(second, SECOND);

  it('jsonl (the default): one compact line, the result with the id and exact spans', async () => {
    const run = await runCli(['extract', '--date', '2024-11-11', EXAMPLE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as Result;
    expect(result.id).toBe(EXAMPLE);
    expect(result.text).toBe(EXAMPLE_TEXT);
    expect(result.documentDate).toBe('2024-11-11');
    expect(result.sentences.length).toBeGreaterThan(10);
    expect(result.sentences.some((s) => s.boilerplate && s.text.startsWith('Baca Juga'))).toBe(true);
    for (const span of allSpans(result)) expect(EXAMPLE_TEXT.slice(span.start, span.end)).toBe(span.text);
  });

  it('json: one indented object for one document, an array in input order for several', async () => {
    const one = await runCli(['extract', '--format', 'json', EXAMPLE]);
    expect(one.code).toBe(0);
    expect(one.stdout.startsWith('{\n  "id": ')).toBe(true);
    expect((JSON.parse(one.stdout) as Result).text).toBe(EXAMPLE_TEXT);

    const two = await runCli(['extract', '--format', 'json', second, EXAMPLE]);
    expect(two.code).toBe(0);
    const results = JSON.parse(two.stdout) as Result[];
    expect(results.map((r) => r.id)).toEqual([second, EXAMPLE]);
    expect(results[0]!.text).toBe(SECOND);
  });

  it('text: the header, and one line for every actor, date, quote and event the json holds', async () => {
    const [json, text] = await Promise.all([
      runCli(['extract', '--date', '2024-11-11', EXAMPLE]),
      runCli(['extract', '--format', 'text', '--date', '2024-11-11', EXAMPLE]),
    ]);
    expect(text.code).toBe(0);
    const result = JSON.parse(json.stdout) as Result;
    const out = text.stdout;
    expect(out.split('\n')[0]).toBe(EXAMPLE);
    expect(out).toContain(`document date 2024-11-11 · ${result.sentences.length} sentences`);
    const section = (title: string): string[] => {
      const lines = out.split('\n');
      const from = lines.indexOf(title) + 1;
      const to = lines.findIndex((l, i) => i > from && l === '');
      return lines.slice(from, to < 0 ? undefined : to);
    };
    const count = (lines: string[]): number => (lines.length === 1 && lines[0] === '  (none found)' ? 0 : lines.length);
    expect(count(section('Actors'))).toBe(result.actors.length);
    expect(count(section('Dates'))).toBe(result.dates.length);
    expect(count(section('Who said what'))).toBe(result.quotes.length);
    expect(count(section('Events (who – did what – to whom – when – where)'))).toBe(result.events.length);
    for (const actor of result.actors) expect(out).toContain(`${actor.type}`);
    for (const date of result.dates) expect(out).toContain(date.value);
  });

  it('html: one self-contained page that loads nothing from elsewhere', async () => {
    const run = await runCli(['extract', '--format', 'html', EXAMPLE]);
    expect(run.code).toBe(0);
    const page = run.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<(?:script|link|img|iframe)[^>]*\s(?:src|href)=/i);
    expect(page.match(/<article class="warta-doc"/g)).toHaveLength(1);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('--out FILE takes the format from its extension; --out DIR/ writes a file per document', async () => {
    const file = join(dir, 'page.html');
    const toFile = await runCli(['extract', '--out', file, EXAMPLE, second]);
    expect(toFile).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8').match(/<article class="warta-doc"/g)).toHaveLength(2);

    const out = join(dir, 'pages') + '/';
    const toDir = await runCli(['extract', '--format', 'text', '--out', out, EXAMPLE, second]);
    expect(toDir.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['example.txt', 'second.txt']);
    expect(readFileSync(join(out, 'second.txt'), 'utf8').split('\n')[0]).toBe(second);

    const jsonDir = join(dir, 'results') + '/';
    await runCli(['extract', '--out', jsonDir, EXAMPLE]);
    expect((JSON.parse(readFileSync(join(jsonDir, 'example.json'), 'utf8')) as Result).text).toBe(EXAMPLE_TEXT);
  });
});

