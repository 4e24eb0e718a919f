import { buildSmallTimeline } from '../fixtures/ui/small-timeline';
import {
  DAY_MS,
  clampDomain,
  fullExtent,
  openingView,
  panToInclude,
  zoomDomain,
  zoomLimits,
} from '../../src/timeline/extent';
import type { TimelineEvent } from '../../src/contract';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const ev = (id: string, start: string, sourceCount = 1, end?: string): TimelineEvent => ({
  id,
  date: end ? { start, end } : { start },
  title: id,
  mentionIds: [id],
  articleIds: ['a'],
  sourceCount,
  flags: [],
  // More sources rank higher (rank 1 is the most important).
  rank: 100 - sourceCount,
  weight: sourceCount / 10,
  why: '',
});

describe('the opening view', () => {
  const { events } = buildSmallTimeline();
  const view = openingView(events)!;

  it('starts a little before the first shooting (7 January 2026)', () => {
    expect(view[0]).toBeLessThan(utc(2026, 1, 7));
    expect(view[0]).toBeGreaterThan(utc(2026, 1, 1));
  });

  it('ends a little after the Games open (6 February 2026), not at their close', () => {
    expect(view[1]).toBeGreaterThanOrEqual(utc(2026, 2, 7));
    expect(view[1]).toBeLessThan(utc(2026, 2, 12));
  });

  it('leaves the 2024 outlier out, while the full extent includes it', () => {
    expect(view[0]).toBeGreaterThan(utc(2025, 1, 1));
    expect(fullExtent(events)![0]).toBe(utc(2024, 1, 1));
  });

  it('is not widened by a lone date far from the story', () => {
    const withStray = [...events, ev('stray', '2026-06-04')];
    expect(openingView(withStray)).toEqual(view);
  });

  it('opens a long story on the densest stretch of its key events, not where minor events pile up', () => {
    const may = Array.from({ length: 25 }, (_, i) => ({
      ...ev(`k${i}`, `2009-05-${String(1 + i).padStart(2, '0')}`),
      rank: i + 1,
    }));
    const january = Array.from({ length: 40 }, (_, i) => ({
      ...ev(`m${i}`, `2009-01-${String(1 + (i % 28)).padStart(2, '0')}`),
      rank: 26 + i,
    }));
    const v = openingView([...january, ...may])!;
    expect(v[0]).toBeGreaterThan(utc(2009, 4, 20));
    expect(v[1]).toBeLessThan(utc(2009, 6, 10));
  });

  it('between stretches with as many key events, follows the one with more weight', () => {
    const two = [ev('a', '2020-03-01'), ev('b', '2020-03-05'), ev('c', '2026-01-10', 3), ev('d', '2026-01-20', 2)];
    const v = openingView(two)!;
    expect(v[0]).toBeGreaterThan(utc(2025, 12, 1));
    expect(v[1]).toBeLessThan(utc(2026, 2, 10));
  });

  it('falls back to everything when no event is pinned to a day', () => {
    const v = openingView([ev('y', '2024'), ev('m', '2026-01')])!;
    expect(v[0]).toBeLessThanOrEqual(utc(2024, 1, 1));
    expect(v[1]).toBeGreaterThanOrEqual(utc(2026, 2, 1));
  });
});

describe('zoom limits and clamping', () => {
  const limits = zoomLimits([utc(2026, 1, 1), utc(2026, 3, 1)], [utc(2026, 1, 5), utc(2026, 2, 8)]);

  it('never shows less than two days', () => {
    const d = clampDomain([utc(2026, 1, 10), utc(2026, 1, 10) + 3_600_000], limits);
    expect(d[1] - d[0]).toBe(2 * DAY_MS);
  });

  it('never shows more than the padded whole, nor leaves it', () => {
    const d = clampDomain([utc(2000, 1, 1), utc(2050, 1, 1)], limits);
    expect(d).toEqual(limits.bounds);
    const far = clampDomain([utc(2030, 1, 1), utc(2030, 1, 11)], limits);
    expect(far[1]).toBe(limits.bounds[1]);
    expect(far[1] - far[0]).toBe(10 * DAY_MS);
  });

  it('zooms around an anchor, keeping the anchor where it was on screen', () => {
    const d = [0, 100] as const;
    expect(zoomDomain(d, 2, 20)).toEqual([10, 60]);
    expect(zoomDomain(d, 0.5)).toEqual([-50, 150]);
  });

  it('pans to an event only when it is out of view', () => {
    expect(panToInclude([0, 100], [40, 41])).toEqual([0, 100]);
    const moved = panToInclude([0, 100], [300, 301]);
    expect(moved[1] - moved[0]).toBe(100);
    expect(moved[0]).toBeLessThan(300);
    expect(moved[1]).toBeGreaterThan(301);
  });
});
