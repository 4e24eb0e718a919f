import { dateInWords, dateShort, isoInWords, sourcesInWords } from '../../src/contract/words';
import type { DateValue } from '../../src/contract';

describe('dates in words keep their precision', () => {
  it('says a day with its weekday (24 January 2026 was a Saturday)', () => {
    expect(dateInWords({ start: '2026-01-24' })).toBe('Saturday 24 January 2026');
    expect(dateInWords({ start: '2026-01-27' })).toBe('Tuesday 27 January 2026');
  });

  it('says a month claim as a month, never as its first day', () => {
    expect(dateInWords({ start: '2026-01' })).toBe('January 2026');
  });

  it('says a year claim as the year', () => {
    expect(dateInWords({ start: '2024' })).toBe('2024');
  });

  it('says the part of a period', () => {
    expect(dateInWords({ start: '2026-01', part: 'early' })).toBe('early January 2026');
    expect(dateInWords({ start: '2026-03', part: 'late' })).toBe('late March 2026');
    expect(dateInWords({ start: '2024', part: 'mid' })).toBe('mid-2024');
  });

  it('writes a range inside one month with an en dash', () => {
    expect(dateInWords({ start: '2026-02-06', end: '2026-02-22' })).toBe('6–22 February 2026');
    expect(dateInWords({ start: '2026-01-24', end: '2026-01-25' })).toBe('24–25 January 2026');
  });

  it('writes both months of a range across months and both years across years', () => {
    expect(dateInWords({ start: '2026-01-24', end: '2026-02-02' })).toBe('24 January – 2 February 2026');
    expect(dateInWords({ start: '2025-12-30', end: '2026-01-02' })).toBe('30 December 2025 – 2 January 2026');
    expect(dateInWords({ start: '2026-01', end: '2026-03' })).toBe('January–March 2026');
    expect(dateInWords({ start: '2024', end: '2026' })).toBe('2024–2026');
  });

  it('has a short form for tight places', () => {
    expect(dateShort({ start: '2026-01-24' })).toBe('24 Jan 2026');
    expect(dateShort({ start: '2026-01', part: 'early' })).toBe('early Jan 2026');
    expect(isoInWords('2026-02-06', { weekday: false })).toBe('6 February 2026');
  });

  it('counts sources in words', () => {
    expect(sourcesInWords(1)).toBe('1 source');
    expect(sourcesInWords(4)).toBe('4 sources');
  });
});

describe('dates inside a sentence (notes on disagreeing dates) leave the weekday out', () => {
  it('writes claims as a reader would', () => {
    const note = (v: DateValue) => dateInWords(v, { weekday: false });
    expect(note({ start: '2024' })).toBe('2024');
    expect(note({ start: '2026-12' })).toBe('December 2026');
    expect(note({ start: '2026-01-07' })).toBe('7 January 2026');
    expect(note({ start: '2026-01', part: 'early' })).toBe('early January 2026');
    expect(note({ start: '2026-01-24', end: '2026-01-25' })).toBe('24–25 January 2026');
    expect(note({ start: '2025-12-30', end: '2026-01-02' })).toBe('30 December 2025 – 2 January 2026');
  });
});
