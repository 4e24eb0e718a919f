import { axisTicks, tickUnit } from '../../src/timeline/scale';

const day = 86_400_000;
const jan1 = Date.UTC(2026, 0, 1);

describe('ticks adapt to the zoom', () => {
  it('uses days, then weeks, then months, then years as the view widens', () => {
    expect(tickUnit([jan1, jan1 + 10 * day], 1000)).toBe('day');
    expect(tickUnit([jan1, jan1 + 60 * day], 1000)).toBe('week');
    expect(tickUnit([jan1, jan1 + 365 * day], 1000)).toBe('month');
    expect(tickUnit([jan1, jan1 + 40 * 365 * day], 1000)).toBe('year');
  });

  it('uses coarser units on a narrow screen for the same range', () => {
    expect(tickUnit([jan1, jan1 + 20 * day], 1600)).toBe('day');
    expect(tickUnit([jan1, jan1 + 20 * day], 360)).toBe('week');
  });

  it('labels day ticks with weekday and date, in UTC', () => {
    const { unit, ticks } = axisTicks([Date.UTC(2026, 0, 23), Date.UTC(2026, 0, 27)], 1000);
    expect(unit).toBe('day');
    expect(ticks.map((t) => t.label)).toContain('Sat 24 Jan');
    const t24 = ticks.find((t) => t.label === 'Sat 24 Jan')!;
    expect(t24.t).toBe(Date.UTC(2026, 0, 24));
    expect(t24.x).toBeCloseTo(250, 5);
  });

  it('starts weeks on Mondays and marks the year on month ticks', () => {
    const weeks = axisTicks([jan1, jan1 + 60 * day], 1000);
    expect(weeks.ticks.every((t) => new Date(t.t).getUTCDay() === 1)).toBe(true);
    const months = axisTicks([Date.UTC(2025, 9, 1), Date.UTC(2026, 5, 1)], 1000);
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toContain('Jan 2026');
  });

  it('keeps every tick inside the view and never more ticks than fit', () => {
    for (const [span, width] of [
      [5 * day, 360],
      [50 * day, 600],
      [900 * day, 800],
      [30_000 * day, 1200],
    ] as const) {
      const { ticks } = axisTicks([jan1, jan1 + span], width);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(Math.floor(width / 72) + 1);
      for (const t of ticks) {
        expect(t.x).toBeGreaterThanOrEqual(-0.001);
        expect(t.x).toBeLessThanOrEqual(width + 0.001);
      }
    }
  });

  it('says the year on the first day tick and where a new year starts, so a view of days is never ambiguous', () => {
    const { unit, ticks } = axisTicks([Date.UTC(2025, 11, 29), Date.UTC(2026, 0, 3)], 1000);
    expect(unit).toBe('day');
    const labels = ticks.map((t) => t.label);
    expect(labels[0]).toBe('29 Dec 2025');
    expect(labels).toContain('1 Jan 2026');
    expect(labels).toContain('Tue 30 Dec');
    expect(labels.filter((l) => /\d{4}/.test(l))).toHaveLength(2);
  });

  it('says the year on the first week tick', () => {
    const { unit, ticks } = axisTicks([Date.UTC(2025, 0, 20), Date.UTC(2025, 2, 20)], 1000);
    expect(unit).toBe('week');
    expect(ticks[0]!.label).toMatch(/ 2025$/);
    expect(ticks.slice(1).every((t) => !/\d{4}/.test(t.label))).toBe(true);
  });

  it('leaves the tick after a year label blank when ticks are too close for both', () => {
    const { ticks } = axisTicks([Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 9)], 360);
    expect(ticks[0]!.label).toMatch(/2026$/);
    expect(ticks[1]!.label).toBe('');
    expect(ticks[2]!.label).not.toBe('');
  });
});
