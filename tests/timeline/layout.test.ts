import fc from 'fast-check';
import type { TimelineEvent } from '../../src/contract';
import {
  CHAR_PX,
  MARK_R,
  fitLabel,
  lanesFor,
  layoutItems,
  layoutLane as layoutItemsLane,
  type LayoutOptions,
  type PlacedMark,
} from '../../src/timeline/layout';

const layoutLane = (events: TimelineEvent[], opts: LayoutOptions) => layoutItemsLane(layoutItems(events), opts);
import { timeScale } from '../../src/timeline/scale';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ev = (id: string, dayOffset: number, sourceCount = 1, title = `Event ${id}`): TimelineEvent => ({
  id,
  date: { start: iso(t0 + dayOffset * day) },
  title,
  mentionIds: [`m${id}`],
  articleIds: ['a'],
  sourceCount,
  flags: [],
  rank: sourceCount,
  weight: 1 / sourceCount,
  why: '',
});

/** The horizontal extent a placed mark occupies on its track, label included. */
function extentOf(m: PlacedMark): [number, number] {
  const w = m.label ? m.labelW : 0;
  const start = m.labelSide === 'left' ? m.labelX - w : m.labelX;
  const a = Math.min(m.x0, m.badgeX - MARK_R, m.label ? start : Infinity);
  const b = Math.max(m.x1, m.badgeX + MARK_R, m.label ? start + w : -Infinity);
  return [a, b];
}

describe('label layout', () => {
  it('never lets two marks or labels on one track overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            d: fc.integer({ min: 0, max: 60 }),
            n: fc.integer({ min: 1, max: 5 }),
            len: fc.integer({ min: 3, max: 60 }),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 300, max: 1600 }),
        (specs, width) => {
          const events = specs.map((s, i) => ev(String(i), s.d, s.n, 'x'.repeat(s.len)));
          const x = timeScale([t0, t0 + 61 * day], width);
          const { marks } = layoutLane(events, { x: (t) => x(t), width, maxTracks: 4 });
          const byTrack = new Map<number, [number, number][]>();
          for (const m of marks) byTrack.set(m.track, [...(byTrack.get(m.track) ?? []), extentOf(m)]);
          for (const spans of byTrack.values()) {
            spans.sort((p, q) => p[0] - q[0]);
            for (let i = 1; i < spans.length; i++)
              expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] - 0.001);
          }
        },
      ),
    );
  });

  it('gives way by importance: the event more sources back keeps its label', () => {
    const events = [ev('weak', 10, 1, 'A weakly sourced happening'), ev('strong', 10, 4, 'A well sourced happening')];
    const x = timeScale([t0, t0 + 20 * day], 600);
    const { marks } = layoutLane(events, { x: (t) => x(t), width: 600, maxTracks: 1 });
    expect(marks.find((m) => m.event.id === 'strong')?.label).toBe('A well sourced happening');
    expect(marks.find((m) => m.event.id === 'weak')).toBeUndefined();
  });

  it('brings labels back when zooming in', () => {
    const events = Array.from({ length: 6 }, (_, i) => ev(String(i), 10 + i, 1, `Happening number ${i}`));
    const wide = timeScale([t0, t0 + 365 * day], 800);
    const close = timeScale([t0 + 8 * day, t0 + 18 * day], 800);
    const count = (s: typeof wide) =>
      layoutLane(events, { x: (t) => s(t), width: 800, maxTracks: 3 }).marks.filter((m) => m.label).length;
    expect(count(wide)).toBeLessThan(6);
    expect(count(close)).toBe(6);
  });

  it('counts events that find no room in a cluster instead of dropping them', () => {
    const events = Array.from({ length: 20 }, (_, i) => ev(String(i), 10, 1));
    const x = timeScale([t0, t0 + 30 * day], 800);
    const { marks, clusters } = layoutLane(events, { x: (t) => x(t), width: 800, maxTracks: 3 });
    expect(marks.length + clusters.reduce((n, c) => n + c.count, 0)).toBe(20);
    expect(marks.length).toBe(3);
  });

  it('always places the selected event first, whatever its backing', () => {
    const events = [ev('big', 10, 5), ev('sel', 10, 1)];
    const x = timeScale([t0, t0 + 20 * day], 600);
    const { marks } = layoutLane(events, { x: (t) => x(t), width: 600, maxTracks: 1, priority: new Set(['sel']) });
    expect(marks.map((m) => m.event.id)).toEqual(['sel']);
  });

  it('leaves out events outside the view', () => {
    const events = [ev('in', 5), ev('out', 300)];
    const x = timeScale([t0, t0 + 20 * day], 600);
    expect(layoutLane(events, { x: (t) => x(t), width: 600, maxTracks: 2 }).marks.map((m) => m.event.id)).toEqual([
      'in',
    ]);
  });

  it('shortens long titles with an ellipsis', () => {
    const long = 'a'.repeat(100);
    const short = fitLabel(long, 100);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length * CHAR_PX).toBeLessThanOrEqual(100 + CHAR_PX);
    expect(fitLabel('short', 100)).toBe('short');
  });
});

describe('lanes', () => {
  const sources = [
    { id: 'a', source: 'A', title: 'Story A' },
    { id: 'b', source: 'B', title: 'Story B' },
  ];
  const shared = { ...ev('s', 3), articleIds: ['a', 'b'], sourceCount: 2 };
  const onlyB = { ...ev('o', 4), articleIds: ['b'] };

  it('puts every event in one lane when combined', () => {
    const lanes = lanesFor('combined', [shared, onlyB], sources);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]!.events.map((e) => e.id)).toEqual(['s', 'o']);
  });

  it('shows an event in the lane of every source that backs it', () => {
    const lanes = lanesFor('source', [shared, onlyB], sources);
    expect(lanes.map((l) => [l.id, l.events.map((e) => e.id)])).toEqual([
      ['a', ['s']],
      ['b', ['s', 'o']],
    ]);
    expect(lanes[0]!.label).toBe('A · Story A');
  });
});
