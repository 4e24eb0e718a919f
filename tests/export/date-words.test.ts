import { dateInWords } from '../../src/export';

describe('dates in words', () => {
  it('say a claim at the precision it was made', () => {
    expect(dateInWords({ start: '2026' })).toBe('2026');
    expect(dateInWords({ start: '2026-01' })).toBe('January 2026');
    expect(dateInWords({ start: '2026-01-06' })).toBe('6 January 2026');
  });

  it('say the part of a period', () => {
    expect(dateInWords({ start: '2026-01', part: 'early' })).toBe('early January 2026');
    expect(dateInWords({ start: '2026-03', part: 'mid' })).toBe('mid-March 2026');
    expect(dateInWords({ start: '2024', part: 'late' })).toBe('late 2024');
  });

  it('say a range without repeating what both ends share', () => {
    expect(dateInWords({ start: '2026-02-06', end: '2026-02-22' })).toBe('6–22 February 2026');
    expect(dateInWords({ start: '2026-01-30', end: '2026-02-02' })).toBe('30 January – 2 February 2026');
    expect(dateInWords({ start: '2026-01', end: '2026-03' })).toBe('January–March 2026');
    expect(dateInWords({ start: '2025-12-30', end: '2026-01-02' })).toBe('30 December 2025 – 2 January 2026');
    expect(dateInWords({ start: '2024', end: '2026' })).toBe('2024–2026');
    expect(dateInWords({ start: '2026-01', end: '2026-02-06' })).toBe('January – 6 February 2026');
  });
});
