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
  // More sources rank higher (rank 1 is the most important); ids break ties in the layout.
  rank: 100 - sourceCount,
  weight: sourceCount / 100,
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

  it('gives way by rank: the better-ranked event keeps its label', () => {
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

  it('shortens long texts after a word, with an ellipsis, to the room given', () => {
    const text = 'The fatal shootings of the US citizens in Minneapolis';
    const short = fitLabel(text, 150);
    expect(short).toBe('The fatal shootings…');
    expect(short.length * CHAR_PX).toBeLessThanOrEqual(150);
    expect(fitLabel('short', 100)).toBe('short');
  });
});

const TITLE = 'The fatal shootings of the US citizens Renee Good and Alex Pretti in Minneapolis';
const words = TITLE.split(' ');

describe('labels use the room', () => {
  it('shows a whole title when the chart has room for it, however long', () => {
    const x = timeScale([t0, t0 + 2 * day], 1200);
    const { marks } = layoutLane([ev('a', 0, 1, TITLE)], { x: (t) => x(t), width: 1200, maxTracks: 3 });
    expect(marks[0]!.label).toBe(TITLE);
    expect(marks[0]!.whole).toBe(true);
  });

  it('cuts a title after a whole word when the next event leaves less room, never mid-word', () => {
    const events = [ev('a', 0, 2, TITLE), ev('b', 10, 3, 'Next')];
    const x = timeScale([t0, t0 + 20 * day], 600);
    const { marks } = layoutLane(events, { x: (t) => x(t), width: 600, maxTracks: 1 });
    const a = marks.find((m) => m.event.id === 'a')!;
    expect(a.whole).toBe(false);
    expect(a.label!.endsWith('…')).toBe(true);
    const kept = a.label!.slice(0, -1).split(' ');
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(marks.find((m) => m.event.id === 'b')).toBeDefined();
  });

  it('never draws a label past the edge of the chart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 200, max: 1400 }), (d, width) => {
        const x = timeScale([t0, t0 + 30 * day], width);
        const { marks } = layoutLane([ev('a', d, 1, TITLE)], { x: (t) => x(t), width, maxTracks: 2 });
        for (const m of marks.filter((m) => m.label)) {
          const [a, b] = m.labelSide === 'left' ? [m.labelX - m.labelW, m.labelX] : [m.labelX, m.labelX + m.labelW];
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it('keeps labels on their tracks from one zoom step to the next where they still fit', () => {
    // Twelve events spread over 25 days with titles of different lengths: zooming from 30 to 27 days
    // moves some labels to other tracks when each picture is laid out afresh.
    const events = Array.from({ length: 12 }, (_, i) =>
      ev(String(i), (i * 7 + 3) % 25, 1, `Happening number ${i} ${'x'.repeat((i * 3) % 20)}`),
    ).map((e, i) => ({ ...e, rank: i + 1 }));
    const opts = (span: number) => {
      const x = timeScale([t0, t0 + span * day], 900);
      return { x: (t: number) => x(t), width: 900, maxTracks: 4 };
    };
    const items = layoutItems(events);
    const previous = new Map(layoutItemsLane(items, opts(30)).marks.map((m) => [m.event.id, m.track]));
    const moved = (l: ReturnType<typeof layoutItemsLane>) =>
      l.marks.filter((m) => previous.has(m.event.id) && previous.get(m.event.id) !== m.track).length;
    expect(moved(layoutItemsLane(items, opts(27)))).toBeGreaterThan(0);
    expect(moved(layoutItemsLane(items, { ...opts(27), previous }))).toBe(0);
  });

  it('labels only the key events of the view, in rank order, and draws the rest as minor marks', () => {
    const events = Array.from({ length: 6 }, (_, i) => ev(String(i), i * 4, 10 - i, `Happening ${i}`));
    const x = timeScale([t0, t0 + 30 * day], 1200);
    const { marks } = layoutLane(events, { x: (t) => x(t), width: 1200, maxTracks: 6, labelBudget: 2 });
    expect(marks.filter((m) => m.label).map((m) => m.event.id)).toEqual(['0', '1']);
    expect(marks.filter((m) => m.minor).map((m) => m.event.id)).toEqual(['2', '3', '4', '5']);
    // Zooming in on the lesser events makes them the key events of the view.
    const close = timeScale([t0 + 15 * day, t0 + 22 * day], 1200);
    const zoomed = layoutLane(events, { x: (t) => close(t), width: 1200, maxTracks: 6, labelBudget: 2 });
    expect(zoomed.marks.filter((m) => m.label).map((m) => m.event.id)).toEqual(['4', '5']);
  });

  it("widens a key event's label before minor marks take the room beside it", () => {
    const key = ev('key', 0, 9, TITLE);
    const minors = Array.from({ length: 12 }, (_, i) => ev(`m${i}`, 3 + i, 1, `Minor ${i}`));
    const x = timeScale([t0, t0 + 20 * day], 1200);
    const { marks } = layoutLane([key, ...minors], { x: (t) => x(t), width: 1200, maxTracks: 1, labelBudget: 1 });
    expect(marks.find((m) => m.event.id === 'key')!.label).toBe(TITLE);
  });

  it('keeps marks a finger apart when asked for a touch hit width', () => {
    const events = Array.from({ length: 10 }, (_, i) => ev(String(i), i, 1));
    const x = timeScale([t0, t0 + 10 * day], 300);
    const { marks } = layoutLane(events, { x: (t) => x(t), width: 300, maxTracks: 1, hitPx: 44 });
    const xs = marks.map((m) => m.badgeX).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(44);
  });

  it('names the events a "+N" chip stands for', () => {
    const events = Array.from({ length: 5 }, (_, i) => ev(String(i), 10, 1));
    const x = timeScale([t0, t0 + 30 * day], 800);
    const { clusters } = layoutLane(events, { x: (t) => x(t), width: 800, maxTracks: 2 });
    expect(clusters.flatMap((c) => c.ids).sort()).toEqual(['2', '3', '4']);
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

  it('gives the articles of one outlet one lane, an event once in it', () => {
    const sameOutlet = [
      { id: 'a', source: 'Reuters', title: 'Story A' },
      { id: 'b', source: 'Reuters', title: 'Story B' },
      { id: 'c', source: 'BBC', title: 'Story C' },
    ];
    const both = { ...shared, articleIds: ['a', 'b'] };
    const onlyC = { ...onlyB, id: 'c1', articleIds: ['c'] };
    const lanes = lanesFor('source', [both, onlyC], sameOutlet);
    expect(lanes.map((l) => [l.label, l.events.map((e) => e.id)])).toEqual([
      ['Reuters · 2 articles', ['s']],
      ['BBC · Story C', ['c1']],
    ]);
  });
});
