import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, scratch } from './helpers.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('warta usage', () => {
  it('prints the help with --help, and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: warta extract [options] FILE…|DIR|-');
    for (const option of ['--format', '--date', '--dict', '--out', '--jobs', '--max-size']) expect(run.stdout).toContain(option);
  });

  it('prints the package version with --version', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `warta ${version}\n` });
  });

  it.each([
    [[], 'no command given'],
    [['summarize', 'a.txt'], 'unknown command "summarize"'],
    [['extract'], 'extract needs at least one FILE'],
    [['extract', '--colour', 'a.txt'], "Unknown option '--colour'"],
    [['extract', '--format', 'xml', 'a.txt'], '--format must be one of json, jsonl, html, text; got "xml"'],
    [['extract', '--date', '2024-02-30', 'a.txt'], '--date must be a calendar date as YYYY-MM-DD'],
    [['extract', '--date', '11/11/2024', 'a.txt'], '--date must be a calendar date as YYYY-MM-DD'],
    [['extract', '--jobs', '0', 'a.txt'], '--jobs must be a whole number from 1 to 64; got "0"'],
    [['extract', '--jobs', 'many', 'a.txt'], '--jobs must be a whole number'],
    [['extract', '-', '-'], 'standard input (-) can be read only once'],
  ])('exits 2 for %j with a message', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('warta --help');
  });

  it('refuses jsonl into a directory, which needs one file a document', async () => {
    const dir = scratch();
    const run = await runCli(['extract', '--format', 'jsonl', '--out', dir + '/', 'corpus/example.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format jsonl writes one stream');
  });
});
