/**
 * The fast lane layout (culling by flat arrays, pixels every track has closed) must draw exactly the
 * picture the simple one did: every item in rank order against every track.
 */
import fc from 'fast-check';
import type { DateValue, TimelineEvent } from '../../src/contract';
import { layoutItems, layoutLane, type LaneLayout, type LayoutOptions } from '../../src/timeline/layout';
import { linearX } from '../../src/timeline/scale';
import { referenceLayoutLane } from './layout-reference';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const WORDS = ['Council', 'votes', 'on', 'the', 'new', 'budget', 'after', 'a', 'long', 'night', 'of', 'talks'];

/** A small deterministic PRNG (mulberry32), so the big corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A date of each kind the layout draws differently: a day, a month, part of a month, a range, a year. */
function dateOf(kind: number, day: number, len: number): DateValue {
  const start = iso(day);
  if (kind === 0) return { start };
  if (kind === 1) return { start: start.slice(0, 7) };
  if (kind === 2) return { start: start.slice(0, 7), part: 'mid' };
  if (kind === 3) return { start, end: iso(day + Math.max(1, len) * DAY) };
  return { start: start.slice(0, 4) };
}

function event(i: number, date: DateValue, rank: number, words: number): TimelineEvent {
  return {
    id: `e${i}`,
    date,
    title: Array.from({ length: words }, (_, w) => WORDS[(i + w) % WORDS.length]).join(' '),
    mentionIds: [`m${i}`],
    articleIds: ['a'],
    sourceCount: 1 + (i % 5),
    flags: i % 17 === 0 ? ['conflict'] : [],
    rank,
    weight: 1 / rank,
    why: '',
  };
}

const DENSE_FROM = Date.UTC(2025, 10, 1);
const DENSE_DAYS = 150;
const TAIL_FROM = Date.UTC(2010, 0, 1);
const TAIL_DAYS = 16 * 365;

/** Like a big real corpus: most events in a dense main story of five months, the rest over years. */
function corpus(n: number): TimelineEvent[] {
  const r = prng(7);
  return Array.from({ length: n }, (_, i) => {
    const main = r() < 0.75;
    const day = main ? DENSE_FROM + Math.floor(r() * DENSE_DAYS) * DAY : TAIL_FROM + Math.floor(r() * TAIL_DAYS) * DAY;
    const k = r();
    const kind = k < 0.62 ? 0 : k < 0.74 ? 1 : k < 0.84 ? 2 : k < 0.94 ? 3 : 4;
    return event(i, dateOf(kind, day, Math.floor(r() * 20)), 1 + Math.floor(r() * n), 2 + Math.floor(r() * 10));
  });
}

/** A layout as plain data, the chips' ids read out. */
function plain(l: LaneLayout) {
  return {
    marks: l.marks,
    tracks: l.tracks,
    clusters: l.clusters.map((c) => ({ x: c.x, count: c.count, firstT: c.firstT, lastT: c.lastT, ids: [...c.ids] })),
  };
}

/** Both layouts through the same zoom steps, each fed its own previous tracks. */
function bothThrough(events: TimelineEvent[], domains: [number, number][], base: Omit<LayoutOptions, 'x'>) {
  const items = layoutItems(events);
  let prevFast: Map<string, number> | undefined;
  let prevRef: Map<string, number> | undefined;
  return domains.map((d) => {
    const x = linearX(d, base.width);
    const fast = layoutLane(items, { ...base, x, previous: prevFast });
    const ref = referenceLayoutLane(items, { ...base, x, previous: prevRef });
    prevFast = new Map(fast.marks.map((m) => [m.event.id, m.track]));
    prevRef = new Map(ref.marks.map((m) => [m.event.id, m.track]));
    return { fast: plain(fast), ref: plain(ref) };
  });
}

/** Zooming in on the middle of a domain by `factor` a step. */
function zoomSteps([a, b]: [number, number], factor: number, steps: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0, lo = a, hi = b; i < steps; i++) {
    const mid = (lo + hi) / 2;
    const half = (hi - lo) / 2 / factor;
    [lo, hi] = [mid - half, mid + half];
    out.push([lo, hi]);
  }
  return out;
}

describe('the lane layout on a big corpus', () => {
  const events = corpus(40_000);
  const opening: [number, number] = [DENSE_FROM - 5 * DAY, DENSE_FROM + (DENSE_DAYS + 5) * DAY];
  const base = { width: 1200, maxTracks: 7, labelBudget: 20, hitPx: 0 };

  it('a zoomed-out view of 40,000 events places the same marks and chips as the simple layout', () => {
    const steps = bothThrough(
      events,
      [[TAIL_FROM, DENSE_FROM + 400 * DAY], opening, ...zoomSteps(opening, 1.4, 3)],
      base,
    );
    for (const { fast, ref } of steps) expect(fast).toEqual(ref);
    // The views are crowded: most events are behind chips, so the chips' counts are compared in earnest.
    expect(steps[1]!.ref.clusters.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(20_000);
  });

  it('zooming in from the main story to a few days draws what the simple layout draws at each step', () => {
    for (const { fast, ref } of bothThrough(events, zoomSteps(opening, 2.5, 6), base)) expect(fast).toEqual(ref);
  });

  it('selecting an event hidden behind a chip brings its mark as the simple layout does', () => {
    const items = layoutItems(events);
    const x = linearX(opening, base.width);
    const hidden = layoutLane(items, { ...base, x }).clusters[3]!.ids[0]!;
    const opts = { ...base, x, priority: new Set([hidden, 'e5']) };
    const fast = layoutLane(items, opts);
    expect(fast.marks.some((m) => m.event.id === hidden)).toBe(true);
    expect(plain(fast)).toEqual(plain(referenceLayoutLane(items, opts)));
  });

  it('on a touch screen (marks a finger apart) it draws what the simple layout draws', () => {
    const touch = { ...base, maxTracks: 5, hitPx: 44, labelBudget: 50 };
    for (const { fast, ref } of bothThrough(events, [opening, ...zoomSteps(opening, 3, 3)], touch))
      expect(fast).toEqual(ref);
  });
});

describe('the lane layout on any events', () => {
  const spec = fc.record({
    kind: fc.integer({ min: 0, max: 4 }),
    day: fc.integer({ min: -40, max: 120 }),
    len: fc.integer({ min: 1, max: 30 }),
    rank: fc.integer({ min: 1, max: 50 }),
    words: fc.integer({ min: 1, max: 14 }),
    selected: fc.boolean(),
  });
  const t0 = Date.UTC(2026, 0, 1);

  it('places the same marks, labels and chips as the simple layout, whatever the view', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 300 }),
        fc.integer({ min: -30, max: 100 }),
        fc.integer({ min: 1, max: 120 }),
        fc.record({
          width: fc.integer({ min: 120, max: 1600 }),
          maxTracks: fc.integer({ min: 1, max: 7 }),
          labelBudget: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 30 })),
          hitPx: fc.constantFrom(0, 44),
        }),
        (specs, from, span, base) => {
          const events = specs.map((s, i) => event(i, dateOf(s.kind, t0 + s.day * DAY, s.len), s.rank, s.words));
          const priority = new Set(events.filter((_, i) => specs[i]!.selected).map((e) => e.id));
          const a = t0 + from * DAY;
          const domains: [number, number][] = [
            [a, a + span * DAY],
            [a + DAY / 3, a + span * DAY * 0.8],
          ];
          for (const { fast, ref } of bothThrough(events, domains, { ...base, priority })) expect(fast).toEqual(ref);
        },
      ),
      { numRuns: 300 },
    );
  });
});
