/**
 * Where marks and labels go. Each lane stacks its events on tracks; an event's label sits right of its
 * mark on the same track, so two labels can never overlap. Events are placed by importance (the selected
 * or focused event first, then by the number of sources backing it): an important event keeps its label
 * when space runs short, a less important one keeps only its mark, and when even the mark finds no free
 * track it is counted in a "more here" cluster. Zooming in makes room, and labels come back.
 */
import type { TimelineEvent } from '../contract';
import { eventBounds } from './extent';

export type LaneMode = 'combined' | 'source';

export interface LaneSpec {
  /** `all` in combined mode, else the article id. */
  id: string;
  label: string;
  events: readonly TimelineEvent[];
}

/** One lane holding everything, or one lane per source article (an event appears in each lane that backs it). */
export function lanesFor(
  mode: LaneMode,
  events: readonly TimelineEvent[],
  sources: readonly { id: string; source: string; title?: string }[],
): LaneSpec[] {
  if (mode === 'combined') return [{ id: 'all', label: 'All sources', events }];
  const by = new Map<string, TimelineEvent[]>(sources.map((s) => [s.id, []]));
  for (const e of events) for (const a of e.articleIds) by.get(a)?.push(e);
  // The source alone can be a bare file name; the headline tells lanes apart for a reader.
  return sources.map((s) => ({
    id: s.id,
    label: s.title && s.title !== s.source ? `${s.source} · ${s.title}` : s.source,
    events: by.get(s.id) ?? [],
  }));
}

/** Marker radius: the circle carries the source count, so it must hold a digit. */
export const MARK_R = 9;
const GAP = 6;
/** Longest label drawn; longer titles are shortened (the full title is in the accessible name and the panel). */
export const MAX_LABEL_PX = 240;
/** Average advance of the label font (13px system sans); an estimate is enough to keep labels apart. */
export const CHAR_PX = 6.9;

export function estimateTextWidth(text: string): number {
  return text.length * CHAR_PX;
}

/** Shorten a title to fit `maxPx` by the estimate, ending it with an ellipsis. */
export function fitLabel(text: string, maxPx = MAX_LABEL_PX): string {
  if (estimateTextWidth(text) <= maxPx) return text;
  const n = Math.max(1, Math.floor(maxPx / CHAR_PX) - 1);
  return `${text.slice(0, n).trimEnd()}\u2026`;
}

export interface PlacedMark {
  event: TimelineEvent;
  track: number;
  /** Mark extent on screen: the circle's centre is at x0 for a day, bars run x0..x1. */
  x0: number;
  x1: number;
  /** Centre of the circle that carries the source count. */
  badgeX: number;
  /** Drawn as a span (month, part of a period, range) rather than a day mark. */
  isSpan: boolean;
  /** Shortened label when it has room, else null. */
  label: string | null;
  /** Where the label is anchored: its start when right of the mark, its end when left of it. */
  labelX: number;
  /** Width the layout reserved for the label. */
  labelW: number;
  labelSide: 'right' | 'left';
}

export interface Cluster {
  /** Screen x of the hidden events' mean position. */
  x: number;
  count: number;
  /** Earliest hidden event, so a click can zoom towards it. */
  firstT: number;
  lastT: number;
}

export interface LaneLayout {
  marks: PlacedMark[];
  clusters: Cluster[];
  /** Tracks used (at least 1). */
  tracks: number;
}

/** Intervals already taken on one track, kept sorted by start for binary search. */
class Track {
  private starts: number[] = [];
  private ends: number[] = [];
  fits(a: number, b: number): boolean {
    // First interval starting at or after b cannot overlap; check its predecessor(s).
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < b) lo = mid + 1;
      else hi = mid;
    }
    // Intervals on a track never overlap each other, so only the one just before can reach into [a, b).
    return lo === 0 || this.ends[lo - 1]! <= a;
  }
  add(a: number, b: number): void {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, a);
    this.ends.splice(lo, 0, b);
  }
}

export interface LayoutOptions {
  /** Map an instant to screen x. */
  x: (t: number) => number;
  width: number;
  maxTracks: number;
  /** Ids placed first whatever their backing (selected, keyboard focus). */
  priority?: ReadonlySet<string>;
}

/** Importance order: priority ids, more sources, finer dates (a day over a month), then id for determinism. */
export function byImportance(priority: ReadonlySet<string> | undefined) {
  return (a: TimelineEvent, b: TimelineEvent): number => {
    const pa = priority?.has(a.id) ? 1 : 0;
    const pb = priority?.has(b.id) ? 1 : 0;
    if (pa !== pb) return pb - pa;
    if (a.sourceCount !== b.sourceCount) return b.sourceCount - a.sourceCount;
    const da = a.date.start.length;
    const db = b.date.start.length;
    if (da !== db) return db - da;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** What the layout needs of an event, computed once per data or filter change rather than per frame. */
export interface LayoutItem {
  event: TimelineEvent;
  /** Covered instants [s, t). */
  s: number;
  t: number;
  isSpan: boolean;
  /** Shortened title and its estimated width (with room for the ⚠ of a conflict). */
  label: string;
  labelW: number;
}

/**
 * Items for a lane's events, in importance order. `measure` gives a label's drawn width (the page
 * measures with the real font; the estimate serves tests and environments without canvas).
 */
export function layoutItems(
  events: readonly TimelineEvent[],
  measure: (text: string) => number = estimateTextWidth,
): LayoutItem[] {
  return [...events].sort(byImportance(undefined)).map((e) => {
    const [s, t] = eventBounds(e);
    const label = fitLabel(e.title);
    const shown = e.flags.includes('conflict') ? `\u26A0 ${label}` : label;
    return {
      event: e,
      s,
      t,
      isSpan: e.date.start.length < 10 || e.date.end !== undefined || e.date.part !== undefined,
      label,
      labelW: Math.max(measure(shown), 0),
    };
  });
}

/**
 * Lay out one lane. Only items intersecting the screen are placed (culling keeps zoom smooth with
 * thousands of events). Deterministic: same input, same picture.
 */
export function layoutLane(items: readonly LayoutItem[], opts: LayoutOptions): LaneLayout {
  // Selecting an event should not reshuffle the picture under the pointer: lay out by backing alone, and
  // only when that leaves a priority event without a mark, lay out again with it first.
  const plain = layoutPass(items, opts);
  const priority = opts.priority;
  if (!priority || priority.size === 0) return plain;
  const placed = new Set(plain.marks.map((m) => m.event.id));
  const first = items.filter((i) => priority.has(i.event.id));
  const missing = first.some((i) => !placed.has(i.event.id) && onScreen(i, opts));
  return missing ? layoutPass([...first, ...items.filter((i) => !priority.has(i.event.id))], opts) : plain;
}

function onScreen(i: LayoutItem, { x, width }: LayoutOptions): boolean {
  return x(i.t) + MARK_R >= 0 && x(i.s) - MARK_R <= width;
}

function layoutPass(items: readonly LayoutItem[], opts: LayoutOptions): LaneLayout {
  const { x, width, maxTracks } = opts;
  const tracks: Track[] = Array.from({ length: Math.max(1, maxTracks) }, () => new Track());
  const marks: PlacedMark[] = [];
  // Events without room are counted straight into 40px bins: no object per event, so a dense view of
  // thousands of events makes little garbage per frame.
  const bins = new Map<number, { sum: number; n: number; first: number; last: number }>();
  let used = 1;
  const free: number[] = [];
  for (const v of items) {
    // A day's mark sits in the middle of its day, between that day's tick and the next.
    const x0 = v.isSpan ? x(v.s) : x((v.s + v.t) / 2);
    const x1 = v.isSpan ? x(v.t) : x0;
    if (x1 + MARK_R < 0 || x0 - MARK_R > width) continue;
    // Day marks are centred on the day; spans start with their badge at the left edge (clamped on screen).
    const badgeX = v.isSpan ? Math.min(Math.max(x0, MARK_R), Math.max(x0, x1)) : x0;
    const markA = Math.min(x0, badgeX - MARK_R) - GAP / 2;
    const markB = Math.max(x1, badgeX + MARK_R) + GAP / 2;
    // Tracks where the mark alone fits; a label needs more room, so none here means no place at all
    // (this early exit keeps a dense view of thousands of events cheap).
    free.length = 0;
    for (let i = 0; i < tracks.length; i++) if (tracks[i]!.fits(markA, markB)) free.push(i);
    if (free.length === 0) {
      const k = Math.floor(badgeX / 40);
      const b = bins.get(k);
      if (b) {
        b.sum += badgeX;
        b.n++;
        if (v.s < b.first) b.first = v.s;
        if (v.s > b.last) b.last = v.s;
      } else bins.set(k, { sum: badgeX, n: 1, first: v.s, last: v.s });
      continue;
    }
    const textW = v.labelW;
    // A label sits right of the badge; near the right edge, or when the right is taken, it may sit left.
    const rightX = badgeX + MARK_R + 4;
    const leftX = Math.min(x0, badgeX) - MARK_R - 4 - textW;
    const rightFits = rightX + textW <= width || leftX < 0;
    const right = {
      a: markA,
      b: Math.max(markB, rightX + textW + GAP),
      labelX: rightX,
      label: v.label as string | null,
      side: 'right' as 'right' | 'left',
    };
    // Drawn end-anchored at the mark, so a label wider than estimated grows away from its own mark.
    const left = {
      a: Math.min(markA, leftX - GAP),
      b: markB,
      labelX: leftX + textW,
      label: v.label,
      side: 'left' as const,
    };
    const options: (typeof right)[] = [];
    if (rightFits) options.push(right);
    if (leftX >= 0) options.push(left);
    // A label cut by the edge still says more than none; it is whole once the view pans.
    if (!rightFits) options.push(right);
    options.push({ a: markA, b: markB, labelX: rightX, label: null, side: 'right' });
    let placed = false;
    for (const o of options) {
      for (const i of free) {
        if (tracks[i]!.fits(o.a, o.b)) {
          tracks[i]!.add(o.a, o.b);
          marks.push({
            event: v.event,
            track: i,
            x0,
            x1,
            badgeX,
            isSpan: v.isSpan,
            label: o.label,
            labelX: o.labelX,
            labelW: o.label ? textW : 0,
            labelSide: o.side,
          });
          used = Math.max(used, i + 1);
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
  }
  const clusters = [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, b]) => ({ x: b.sum / b.n, count: b.n, firstT: b.first, lastT: b.last }));
  return { marks, clusters, tracks: used };
}
