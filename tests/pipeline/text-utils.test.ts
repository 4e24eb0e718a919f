import { describe, expect, it } from 'vitest';
import {
  fold,
  isoDay,
  linesOf,
  mergeSpans,
  monthNumber,
  weekdayNumber,
  weekdayOf,
} from '../../src/pipeline/text-utils';

describe('text helpers', () => {
  it('splits lines with their offsets, CRLF included', () => {
    expect(linesOf('a\r\nbc\n\nd').map((l) => [l.start, l.end, l.text])).toEqual([
      [0, 1, 'a'],
      [3, 5, 'bc'],
      [6, 6, ''],
      [7, 8, 'd'],
    ]);
  });
  it('folds diacritics and case so Dutch and English spellings meet', () => {
    expect(fold('Renée Italië COÖRDINATOR')).toBe('renee italie coordinator');
    expect(fold('Milan')).toBe('milan');
  });
  it('reads English and Dutch month and weekday names, and refuses other words', () => {
    expect([
      monthNumber('Jan'),
      monthNumber('februari'),
      monthNumber('Sept'),
      monthNumber('maart'),
      monthNumber('Ma'),
    ]).toEqual([1, 2, 9, 3, null]);
    expect([weekdayNumber('Tuesday'), weekdayNumber('dinsdag'), weekdayNumber('Tues')]).toEqual([2, 2, null]);
  });
  it('builds only dates that exist', () => {
    expect(isoDay(2026, 1, 27)).toBe('2026-01-27');
    expect(isoDay(2026, 2, 29)).toBeNull();
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2026, 13, 1)).toBeNull();
    expect(weekdayOf('2026-01-27')).toBe(2);
  });
  it('merges overlapping spans', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 2, end: 6 },
        { start: 10, end: 11 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 11 },
    ]);
  });
});
