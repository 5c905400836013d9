import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/cli/progress.js';

function terminal(isTTY: boolean): { stream: Writable & { isTTY: boolean; columns: number }; written: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY, columns: 100 },
  );
  return { stream, written: () => chunks.join('') };
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Reporter', () => {
  it('draws a bar with percentage, ETA and rate on a terminal, then clears it for the summary', async () => {
    const { stream, written } = terminal(true);
    const reporter = new Reporter(stream, 1000, true);
    for (let i = 0; i < 4; i++) reporter.succeeded(100);
    reporter.failed({ seq: 4, where: { file: 'arsip.jsonl', line: 5 }, size: 100, problem: 'not valid JSON' });
    await pause(250);
    reporter.finish(true);
    const out = written();
    expect(out).toContain('warta: arsip.jsonl:5: not valid JSON\n');
    expect(out).toMatch(/\r\x1b\[2K\[█{12}░{12}\] {2}50%  ETA \d+:\d\d  5 documents  \d+\/s  1 failed/);
    expect(out).toMatch(/\r\x1b\[2Kwarta: 4 documents extracted, 1 failed, in [\d.]+ s \([\d.]+ documents\/s, CPU [\d.]+ s\), peak memory \d+ MB\n$/);
  });

  it('writes no bar when standard error is not a terminal, only failures and the summary', async () => {
    const { stream, written } = terminal(false);
    const reporter = new Reporter(stream, null, false);
    reporter.succeeded(10);
    await pause(150);
    reporter.finish(true);
    expect(written()).toMatch(/^warta: 1 document extracted, 0 failed, in [\d.]+ s \([\d.]+ documents\/s, CPU [\d.]+ s\), peak memory \d+ MB\n$/);
  });
});
