// Calendar arithmetic: day numbers, ISO weeks at year ends, leap years.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/index.js';
import { civil, dayNumber, daysInMonth, formatDay, formatMonthIndex, formatWeek, formatYear, isoWeek, isValidDate, mondayOf, parseIsoDay, weekdayOf } from '../../../src/stages/dates/days.js';

describe('dates: calendar arithmetic', () => {
  it('round-trips day numbers', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2024, 2, 29], [1945, 8, 17], [2100, 12, 31]] as const) {
      expect(civil(dayNumber(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(formatDay(dayNumber(999, 1, 5))).toBe('0999-01-05');
  });

  it('names weekdays the ISO way (Monday 1, Sunday 7)', () => {
    expect(weekdayOf(dayNumber(2024, 11, 18))).toBe(1);
    expect(weekdayOf(dayNumber(2024, 11, 17))).toBe(7);
    expect(weekdayOf(dayNumber(1969, 12, 31))).toBe(3);
    expect(mondayOf(dayNumber(2024, 11, 20))).toBe(dayNumber(2024, 11, 18));
  });

  it('gives ISO weeks across year ends', () => {
    expect(formatWeek(dayNumber(2024, 11, 20))).toBe('2024-W47');
    expect(formatWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
    expect(formatWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(isoWeek(dayNumber(2026, 1, 1))).toEqual({ year: 2026, week: 1 });
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(parseIsoDay('2024-02-30')).toBeNull();
    expect(parseIsoDay('2024-11-20')).toBe(dayNumber(2024, 11, 20));
  });

  it('writes a year before 0 with its sign, and a month before year 0 in its place', () => {
    // "31 bulan lalu" from January of the year 1 (fast-check found "00-2--6").
    expect(formatMonthIndex(1 * 12 + 0 - 31)).toBe('-0002-06');
    expect(formatMonthIndex(0)).toBe('0000-01');
    expect(formatYear(10_000)).toBe('10000');
    expect(formatDay(dayNumber(0, 1, 1) - 1)).toBe('-0001-12-31');
  });

  it('leaves a date unknown when arithmetic takes it outside 0000–9999', () => {
    const valueOf = (text: string, documentDate: string) => extractEvents(text, { documentDate }).dates.map((d) => d.value);
    expect(valueOf('31 bulan lalu', '0001-01-01')).toEqual(['XXXX-XX']);
    expect(valueOf('Senin depan', '9999-12-31')).toEqual(['XXXX-XX-XX']);
    expect(valueOf('3 hari lalu', '2024-11-10')).toEqual(['2024-11-07']);
  });
});
