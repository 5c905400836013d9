// The date table (table.ts), one describe block per parser or refiner.
import { describe, expect, it } from 'vitest';
import { datesOf, expectExpression, type Row } from './helpers.js';
import { NOT_DATES, SECTIONS } from './table.js';

const rows = Object.values(SECTIONS).flat();

describe('the date table', () => {
  it('holds at least 200 expressions with their values', () => {
    expect(rows.length + NOT_DATES.length).toBeGreaterThanOrEqual(200);
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });
});

for (const [section, table] of Object.entries(SECTIONS)) {
  describe(section, () => {
    it.each(table.map((row): [string, Row] => [`${row[2]} → ${row[3]}`, row]))('%s', (_, row) => {
      expectExpression(row);
    });
  });
}

describe('not dates', () => {
  it.each(NOT_DATES)('%s', (input, phrase) => {
    const at = input.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const hits = datesOf(input, '2024-11-20').filter((d) => d.kind !== 'duration' && d.kind !== 'set' && d.start < at + phrase.length && at < d.end);
    expect(hits.map((d) => [d.text, d.value])).toEqual([]);
  });
});
