/**
 * The lane layout as it was before culling and the pixel coverage made dense views cheap: every item,
 * in rank order, tested against every track. Kept only as the reference the fast layout must agree
 * with (tests/timeline/layout-equivalence.test.ts); the page never imports it.
 */
import {
  MARK_R,
  MAX_LABEL_PX,
  type LabelCut,
  type LaneLayout,
  type LayoutItem,
  type LayoutOptions,
  type PlacedMark,
} from '../../src/timeline/layout';

const GAP = 6;
const LABEL_PAD = 4;
const CLUSTER_BIN_PX = 40;
const KEEP_TRACK_SHARE = 0.75;

/** Intervals already taken on one track, kept sorted by start for binary search. */
class Track {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Index of the first interval starting at or after `t`. */
  private firstFrom(t: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  fits(a: number, b: number): boolean {
    // Intervals on a track never overlap each other, so only the one just before b can reach into [a, b).
    const i = this.firstFrom(b);
    return i === 0 || this.ends[i - 1]! <= a;
  }
  /** Where the next interval at or after `t` starts (Infinity when none). */
  nextStart(t: number): number {
    return this.starts[this.firstFrom(t)] ?? Infinity;
  }
  /** Where the last interval starting before `t` ends (-Infinity when none). */
  prevEnd(t: number): number {
    const i = this.firstFrom(t);
    return i === 0 ? -Infinity : this.ends[i - 1]!;
  }
  add(a: number, b: number): void {
    const i = this.firstFrom(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
  }
  /** Move the ends of the interval that starts at `a` (the caller checked the new extent is free). */
  widen(a: number, newA: number, newB: number): void {
    const i = this.firstFrom(a);
    this.starts[i] = newA;
    this.ends[i] = newB;
  }
}

/**
 * Lay out one lane. Only items intersecting the screen are placed (culling keeps zoom smooth with
 * thousands of events). Deterministic: same input, same picture.
 */
export function referenceLayoutLane(items: readonly LayoutItem[], opts: LayoutOptions): LaneLayout {
  // Selecting an event should not reshuffle the picture under the pointer: lay out by rank alone, and
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

/** The longest cut no wider than `room`, or null. */
function longestWithin(cuts: readonly LabelCut[], room: number): LabelCut | null {
  let best: LabelCut | null = null;
  for (const c of cuts) if (c.w <= room) best = c;
  return best;
}

interface Spot {
  track: number;
  side: 'right' | 'left';
  cut: LabelCut | null;
}

function layoutPass(items: readonly LayoutItem[], opts: LayoutOptions): LaneLayout {
  const { x, width, maxTracks, previous, priority } = opts;
  const tracks: Track[] = Array.from({ length: Math.max(1, maxTracks) }, () => new Track());
  const marks: PlacedMark[] = [];
  const half = Math.max(MARK_R + GAP / 2, (opts.hitPx ?? 0) / 2);
  // Events without room are counted straight into bins: no object per event beyond its id.
  const bins = new Map<number, { sum: number; n: number; first: number; last: number; ids: string[] }>();
  let keyLeft = opts.labelBudget ?? Infinity;
  const placedAt = new Map<string, { item: LayoutItem; markA: number; markB: number }>();
  let widened = false;
  let used = 1;
  const free: number[] = [];
  for (const v of items) {
    // A day's mark sits in the middle of its day, between that day's tick and the next.
    const x0 = v.isSpan ? x(v.s) : x((v.s + v.t) / 2);
    const x1 = v.isSpan ? x(v.t) : x0;
    if (x1 + MARK_R < 0 || x0 - MARK_R > width) continue;
    const key = keyLeft > 0 || !!priority?.has(v.event.id);
    keyLeft--;
    // The key events' labels take the room they have before lesser marks fill it.
    if (!key && !widened) {
      widenLabels(marks, placedAt, tracks, width);
      widened = true;
    }
    // Day marks are centred on the day; spans start with their badge at the left edge (clamped on screen).
    const badgeX = v.isSpan ? Math.min(Math.max(x0, MARK_R), Math.max(x0, x1)) : x0;
    const markA = Math.min(x0, badgeX - half);
    const markB = Math.max(x1, badgeX + half);
    // Tracks where the mark alone fits; none means no place at all (this early exit keeps a dense view
    // of thousands of events cheap).
    free.length = 0;
    for (let i = 0; i < tracks.length; i++) if (tracks[i]!.fits(markA, markB)) free.push(i);
    if (free.length === 0) {
      const k = Math.floor(badgeX / CLUSTER_BIN_PX);
      const b = bins.get(k);
      if (b) {
        b.sum += badgeX;
        b.n++;
        b.ids.push(v.event.id);
        if (v.s < b.first) b.first = v.s;
        if (v.s > b.last) b.last = v.s;
      } else bins.set(k, { sum: badgeX, n: 1, first: v.s, last: v.s, ids: [v.event.id] });
      continue;
    }
    const prevTrack = previous?.get(v.event.id);
    const spot = key ? labelSpot(v, tracks, free, { badgeX, x0, markA, markB, width, prevTrack }) : null;
    const track = spot?.track ?? (prevTrack !== undefined && free.includes(prevTrack) ? prevTrack : free[0]!);
    const cut = spot?.cut ?? null;
    const side = spot?.side ?? 'right';
    const rightX = badgeX + MARK_R + LABEL_PAD;
    const leftEnd = Math.min(x0, badgeX) - MARK_R - LABEL_PAD;
    if (cut && side === 'right') tracks[track]!.add(markA, Math.max(markB, rightX + cut.w + GAP));
    else if (cut) tracks[track]!.add(Math.min(markA, leftEnd - cut.w - GAP), markB);
    else tracks[track]!.add(markA, markB);
    if (cut) placedAt.set(v.event.id, { item: v, markA, markB });
    const cuts = cut ? v.cuts() : null;
    marks.push({
      event: v.event,
      track,
      x0,
      x1,
      badgeX,
      isSpan: v.isSpan,
      minor: !key,
      label: cut?.text ?? null,
      whole: !!cut && cut === cuts![cuts!.length - 1],
      // Drawn end-anchored at the mark on the left, so a label wider than measured grows away from it.
      labelX: side === 'right' ? rightX : leftEnd,
      labelW: cut?.w ?? 0,
      labelSide: side,
    });
    used = Math.max(used, track + 1);
  }
  if (!widened) widenLabels(marks, placedAt, tracks, width);
  const clusters = [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, b]) => ({ x: b.sum / b.n, count: b.n, firstT: b.first, lastT: b.last, ids: b.ids }));
  return { marks, clusters, tracks: used };
}

/**
 * Where a key event's label goes, among the tracks its mark fits on: the whole title on its previous
 * track, else the whole title on the first track with room (right of the mark, else left), else the
 * longest cut any track has room for (its previous track on a tie). Null when no cut fits anywhere.
 */
function labelSpot(
  v: LayoutItem,
  tracks: readonly Track[],
  free: readonly number[],
  g: { badgeX: number; x0: number; markA: number; markB: number; width: number; prevTrack: number | undefined },
): Spot | null {
  const cuts = v.cuts();
  const whole = cuts[cuts.length - 1]!;
  const rightX = g.badgeX + MARK_R + LABEL_PAD;
  const leftEnd = Math.min(g.x0, g.badgeX) - MARK_R - LABEL_PAD;
  // Room on each side: up to the next thing on the track, never past the chart's edge, and at first no
  // wider than MAX_LABEL_PX (widened afterwards where room is left).
  const cap = MAX_LABEL_PX;
  const rooms = free.map((i) => ({
    track: i,
    right: Math.min(cap, Math.min(g.width, tracks[i]!.nextStart(g.markB) - GAP) - rightX),
    left: Math.min(cap, leftEnd - Math.max(0, tracks[i]!.prevEnd(g.markA) + GAP)),
  }));
  const ordered =
    g.prevTrack === undefined
      ? rooms
      : [...rooms.filter((r) => r.track === g.prevTrack), ...rooms.filter((r) => r.track !== g.prevTrack)];
  for (const r of ordered) {
    if (whole.w <= r.right) return { track: r.track, side: 'right', cut: whole };
    if (whole.w <= r.left) return { track: r.track, side: 'left', cut: whole };
  }
  let best: Spot | null = null;
  let kept: Spot | null = null;
  for (const r of ordered) {
    for (const side of ['right', 'left'] as const) {
      const cut = longestWithin(cuts, side === 'right' ? r.right : r.left);
      if (!cut) continue;
      if (!best || cut.w > best.cut!.w) best = { track: r.track, side, cut };
      if (r.track === g.prevTrack && (!kept || cut.w > kept.cut!.w)) kept = { track: r.track, side, cut };
    }
  }
  // A label that jumps rows between two zoom steps is hard to follow: stay unless elsewhere says much more.
  return kept && best && kept.cut!.w >= best.cut!.w * KEEP_TRACK_SHARE ? kept : best;
}

/**
 * The second pass: each cut label, in rank order, grows into the room now left beside it on its track
 * (up to the next thing there and the chart's edge), to the whole title where that fits.
 */
function widenLabels(
  marks: PlacedMark[],
  placedAt: ReadonlyMap<string, { item: LayoutItem; markA: number; markB: number }>,
  tracks: readonly Track[],
  width: number,
): void {
  for (const m of marks) {
    if (!m.label || m.whole) continue;
    const at = placedAt.get(m.event.id)!;
    const cuts = at.item.cuts();
    const track = tracks[m.track]!;
    if (m.labelSide === 'right') {
      const end = Math.max(at.markB, m.labelX + m.labelW + GAP);
      const room = Math.min(width, track.nextStart(end) - GAP) - m.labelX;
      const cut = longestWithin(cuts, room);
      if (!cut || cut.w <= m.labelW) continue;
      track.widen(at.markA, at.markA, Math.max(at.markB, m.labelX + cut.w + GAP));
      setCut(m, cut, cuts);
    } else {
      const start = Math.min(at.markA, m.labelX - m.labelW - GAP);
      const room = m.labelX - Math.max(0, track.prevEnd(start) + GAP);
      const cut = longestWithin(cuts, room);
      if (!cut || cut.w <= m.labelW) continue;
      track.widen(start, Math.min(at.markA, m.labelX - cut.w - GAP), at.markB);
      setCut(m, cut, cuts);
    }
  }
}

function setCut(m: PlacedMark, cut: LabelCut, cuts: readonly LabelCut[]): void {
  m.label = cut.text;
  m.labelW = cut.w;
  m.whole = cut === cuts[cuts.length - 1];
}
