/**
 * Where marks and labels go. Each lane stacks its events on tracks; an event's label sits beside its
 * mark on the same track, so two labels can never overlap. Events are placed in rank order (the selected
 * or focused event first, then rank 1, 2, …): a key event keeps its label when space runs short, a lesser
 * one keeps only its mark, and when even the mark finds no free track it is counted in a "more here"
 * cluster. A label takes the room there is: the whole title when it fits, else cut after a word to the
 * room left before the next thing on its track or the chart's edge. Zooming in makes room, and labels
 * come back in rank order; a label keeps its track from one zoom step to the next where it can.
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

/**
 * One lane holding everything, or one lane per outlet (an event appears in each lane that backs it). Articles of
 * one outlet share its lane, in the order of their first article; an outlet with a single article is labelled
 * with its headline too, since the outlet alone can be a bare file name.
 */
export function lanesFor(
  mode: LaneMode,
  events: readonly TimelineEvent[],
  sources: readonly { id: string; source: string; title?: string }[],
): LaneSpec[] {
  if (mode === 'combined') return [{ id: 'all', label: 'All sources', events }];
  const outlets = new Map<string, { id: string; articles: (typeof sources)[number][] }>();
  for (const s of sources) {
    const o = outlets.get(s.source);
    // Pushed, not copied: an outlet of thousands of articles would otherwise cost its square.
    if (o) o.articles.push(s);
    else outlets.set(s.source, { id: s.id, articles: [s] });
  }
  const laneOf = new Map<string, string>();
  for (const o of outlets.values()) for (const a of o.articles) laneOf.set(a.id, o.id);
  const by = new Map<string, Set<TimelineEvent>>([...outlets.values()].map((o) => [o.id, new Set()]));
  for (const e of events) for (const a of e.articleIds) by.get(laneOf.get(a) ?? '')?.add(e);
  return [...outlets].map(([outlet, o]) => {
    const only = o.articles.length === 1 ? o.articles[0]! : null;
    const label = only
      ? only.title && only.title !== outlet
        ? `${outlet} · ${only.title}`
        : outlet
      : `${outlet} · ${o.articles.length} articles`;
    return { id: o.id, label, events: [...(by.get(o.id) ?? [])] };
  });
}

/** Marker radius: the circle carries the source count, so it must hold a digit. */
export const MARK_R = 9;
const GAP = 6;
/** Room between a badge and its label. */
const LABEL_PAD = 4;
/**
 * Labels are first placed at most this wide, so that as many key events as can get a label; a second
 * pass then widens each, in rank order, into the room left beside it (to the whole title where it fits).
 * Lane headings and other one-line texts are cut to this by default.
 */
export const MAX_LABEL_PX = 240;
/** Average advance of the label font (13px system sans); an estimate is enough to keep labels apart. */
export const CHAR_PX = 6.9;
/** A cut label shorter than this says too little to be worth the room ("Pacitti the…"): about three words. */
const MIN_CUT_CHARS = 18;
/** Titles without spaces (a long name, a language written without them) are cut every few characters. */
const CHAR_CUT_STEP = 4;
/** Screen bins the events without room are counted in, for the "+N" chips. */
const CLUSTER_BIN_PX = 40;
const ELLIPSIS = '\u2026';
/** A label stays on its previous track when the cut it has room for there is at least this share of the best. */
const KEEP_TRACK_SHARE = 0.75;

export function estimateTextWidth(text: string): number {
  return text.length * CHAR_PX;
}

/** Where a title may be cut: after each word (or every few characters when it has no spaces). */
function cutPoints(text: string): number[] {
  const out: number[] = [];
  if (/\s/.test(text.trim())) {
    const re = /\S\s+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + 1);
  } else for (let i = CHAR_CUT_STEP; i < text.length; i += CHAR_CUT_STEP) out.push(i);
  return out.filter((i) => i >= MIN_CUT_CHARS);
}

/** Shorten a text to fit `maxPx` by the estimate, after a word where it can, ending it with an ellipsis. */
export function fitLabel(text: string, maxPx = MAX_LABEL_PX): string {
  if (estimateTextWidth(text) <= maxPx) return text;
  const fits = cutPoints(text).filter((i) => estimateTextWidth(text.slice(0, i) + ELLIPSIS) <= maxPx);
  const at = fits.length ? fits[fits.length - 1]! : Math.max(1, Math.floor(maxPx / CHAR_PX) - 1);
  return `${text.slice(0, at).trimEnd()}${ELLIPSIS}`;
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
  /** Not among the key events of the view: drawn faint, without a label. */
  minor: boolean;
  /** The label as drawn (the whole title, or cut after a word), else null. */
  label: string | null;
  /** True when the label is the whole title. */
  whole: boolean;
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
  /** Earliest and latest hidden event, so a click can zoom towards them. */
  firstT: number;
  lastT: number;
  /** The hidden events, in rank order. */
  ids: string[];
}

export interface LaneLayout {
  marks: PlacedMark[];
  clusters: Cluster[];
  /** Tracks used (at least 1). */
  tracks: number;
}

/**
 * How many tracks are closed to a badge at each whole pixel of the chart. No mark fits with its badge on
 * a pixel every track has closed: in a dense view of thousands of events one look-up rules most of them
 * out, instead of a search on every track.
 */
class Coverage {
  private readonly n: Uint16Array;
  constructor(
    width: number,
    private readonly tracks: number,
  ) {
    this.n = new Uint16Array(Math.floor(Math.max(0, width)) + 1);
  }
  get size(): number {
    return this.n.length;
  }
  /** Close the whole pixels strictly between a and b on the track whose pixels `bits` holds. */
  close(bits: Uint8Array, a: number, b: number): void {
    const to = Math.min(this.n.length, Math.ceil(b));
    for (let p = Math.max(0, Math.floor(a) + 1); p < to; p++) {
      if (bits[p]) continue;
      bits[p] = 1;
      this.n[p] = this.n[p]! + 1;
    }
  }
  /** True when every track is closed at pixel `p` (false off the chart). */
  full(p: number): boolean {
    return p >= 0 && p < this.n.length && this.n[p] === this.tracks;
  }
  /**
   * True when every track is closed at the middle pixel of the visible part of a mark [a, b): a pixel at
   * least `half` inside the mark's ends is as good a witness as its badge (see Track.closeAround).
   */
  fullWithin(a: number, b: number, half: number): boolean {
    const p = Math.round((Math.max(a, 0) + Math.min(b, this.n.length - 1)) / 2);
    const inset = half - 0.5;
    return a <= p - inset && p + inset <= b && this.full(p);
  }
}

/** Room (px) left for rounding when closing pixels: a badge computed a hair off must not be ruled out. */
const CLOSE_SLACK_PX = 1e-6;

/** Intervals already taken on one track, kept sorted by start for binary search. */
class Track {
  private starts: number[] = [];
  private ends: number[] = [];
  /** The track's whole pixels no badge can be on (rounded to): within `half` of an interval. */
  private readonly closed: Uint8Array;
  constructor(
    private readonly cover: Coverage,
    /** Room a mark reserves on each side of its badge. */
    private readonly half: number,
  ) {
    this.closed = new Uint8Array(cover.size);
  }
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
    this.closeAround(a, b);
  }
  /** Move the ends of the interval that starts at `a` (the caller checked the new extent is free). */
  widen(a: number, newA: number, newB: number): void {
    const i = this.firstFrom(a);
    this.starts[i] = newA;
    this.ends[i] = newB;
    this.closeAround(newA, newB);
  }
  /**
   * A mark reserves at least [badge - half, badge + half), so it overlaps [a, b) whenever its badge is in
   * (a - half, b + half); a whole pixel p is closed when every badge rounding to p is, i.e. the pixels of
   * (a - half + 0.5, b + half - 0.5).
   */
  private closeAround(a: number, b: number): void {
    const reach = this.half - 0.5 - CLOSE_SLACK_PX;
    this.cover.close(this.closed, a - reach, b + reach);
  }
}

export interface LayoutOptions {
  /** Map an instant to screen x. */
  x: (t: number) => number;
  width: number;
  maxTracks: number;
  /** Ids placed first whatever their rank (selected, keyboard focus). */
  priority?: ReadonlySet<string>;
  /** How many of the events in view, in rank order, are key events that may carry a label (default all). */
  labelBudget?: number;
  /** Each event's track in the previous picture, kept where the event still fits there. */
  previous?: ReadonlyMap<string, number>;
  /** Width a mark reserves around its badge for the pointer (a finger needs 44 px). */
  hitPx?: number;
}

/** Rank order: priority ids first, then rank (1 = most important), then id for determinism. */
export function byImportance(priority: ReadonlySet<string> | undefined) {
  return (a: TimelineEvent, b: TimelineEvent): number => {
    const pa = priority?.has(a.id) ? 1 : 0;
    const pb = priority?.has(b.id) ? 1 : 0;
    if (pa !== pb) return pb - pa;
    if (a.rank !== b.rank) return a.rank - b.rank;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** A label as drawn and its width. */
export interface LabelCut {
  text: string;
  w: number;
}

/** What the layout needs of an event, computed once per data or filter change rather than per frame. */
export interface LayoutItem {
  event: TimelineEvent;
  /** Covered instants [s, t). */
  s: number;
  t: number;
  isSpan: boolean;
  /** The ways the label may be drawn, narrowest first, the whole title last (measured on first need). */
  cuts: () => readonly LabelCut[];
}

/**
 * Items for a lane's events, in rank order. `measure` gives a label's drawn width (the page measures
 * with the real font; the estimate serves tests and environments without canvas).
 */
export function layoutItems(
  events: readonly TimelineEvent[],
  measure: (text: string) => number = estimateTextWidth,
): LayoutItem[] {
  // An event's item (bounds, measured label cuts) outlives a filter change: a keystroke in the search
  // re-sorts the matching events' items instead of remaking and re-measuring all of them.
  let cache = itemCache.get(measure);
  if (!cache) itemCache.set(measure, (cache = new WeakMap()));
  const out: LayoutItem[] = new Array<LayoutItem>(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let item = cache.get(e);
    if (!item) cache.set(e, (item = makeItem(e, measure)));
    out[i] = item;
  }
  return out.sort((a, b) => importance(a.event, b.event));
}

const itemCache = new WeakMap<(text: string) => number, WeakMap<TimelineEvent, LayoutItem>>();
const importance = byImportance(undefined);

function makeItem(e: TimelineEvent, measure: (text: string) => number): LayoutItem {
  const [s, t] = eventBounds(e);
  // Room for the ⚠ drawn before the title of a conflict.
  const mark = e.flags.includes('conflict') ? '\u26A0 ' : '';
  let cuts: LabelCut[] | null = null;
  return {
    event: e,
    s,
    t,
    isSpan: e.date.start.length < 10 || e.date.end !== undefined || e.date.part !== undefined,
    cuts: () => {
      if (cuts) return cuts;
      const title = e.title.trim();
      const texts = [...cutPoints(title).map((i) => `${title.slice(0, i).trimEnd()}${ELLIPSIS}`), title];
      cuts = texts.map((text) => ({ text, w: Math.max(0, measure(mark + text)) }));
      return cuts;
    },
  };
}

/**
 * What a pass reads of every item on every frame, by rank position, in flat arrays: deciding that an
 * item is off screen or without room visits no object.
 */
interface ItemArrays {
  /** Where the mark is in time: a span's start and end, a day's middle (twice). */
  lo: Float64Array;
  hi: Float64Array;
  s: Float64Array;
  span: Uint8Array;
  /** Rank position of each id, made when first needed (a selection). */
  at: Map<string, number> | null;
}

const arraysCache = new WeakMap<readonly LayoutItem[], ItemArrays>();

function arraysOf(items: readonly LayoutItem[]): ItemArrays {
  let a = arraysCache.get(items);
  if (a && a.lo.length === items.length) return a;
  const n = items.length;
  a = { lo: new Float64Array(n), hi: new Float64Array(n), s: new Float64Array(n), span: new Uint8Array(n), at: null };
  for (let i = 0; i < n; i++) {
    const v = items[i]!;
    // A day's mark sits in the middle of its day, between that day's tick and the next.
    a.lo[i] = v.isSpan ? v.s : (v.s + v.t) / 2;
    a.hi[i] = v.isSpan ? v.t : a.lo[i]!;
    a.s[i] = v.s;
    a.span[i] = v.isSpan ? 1 : 0;
  }
  arraysCache.set(items, a);
  return a;
}

/** Rank positions of the priority ids, in rank order. */
function positionsOf(items: readonly LayoutItem[], a: ItemArrays, ids: ReadonlySet<string>): number[] {
  if (!a.at) a.at = new Map(items.map((v, i) => [v.event.id, i]));
  const out: number[] = [];
  for (const id of ids) {
    const i = a.at.get(id);
    if (i !== undefined) out.push(i);
  }
  return out.sort((p, q) => p - q);
}

/**
 * Lay out one lane. Only items intersecting the screen are placed (culling keeps zoom smooth with
 * thousands of events). Deterministic: same input, same picture.
 */
export function layoutLane(items: readonly LayoutItem[], opts: LayoutOptions): LaneLayout {
  const arrays = arraysOf(items);
  const priority = opts.priority;
  const first = priority && priority.size > 0 ? positionsOf(items, arrays, priority) : [];
  // Selecting an event should not reshuffle the picture under the pointer: lay out by rank alone, and
  // only when that leaves a priority event without a mark, lay out again with it first.
  const plain = layoutPass(items, arrays, opts, first, false);
  if (first.length === 0) return plain;
  const placed = new Set(plain.marks.map((m) => m.event.id));
  const missing = first.some((i) => !placed.has(items[i]!.event.id) && onScreen(items[i]!, opts));
  return missing ? layoutPass(items, arrays, opts, first, true) : plain;
}

function onScreen(i: LayoutItem, { x, width }: LayoutOptions): boolean {
  return x(i.t) + MARK_R >= 0 && x(i.s) - MARK_R <= width;
}

/** One pass in rank order, the priority items first when `priorityFirst`. */
function layoutPass(
  items: readonly LayoutItem[],
  arrays: ItemArrays,
  opts: LayoutOptions,
  priority: readonly number[],
  priorityFirst: boolean,
): LaneLayout {
  const pass = new LanePass(items, arrays, opts, new Set(priority));
  if (!priorityFirst) {
    for (let i = 0; i < items.length; i++) pass.visit(i);
    return pass.finish();
  }
  for (const i of priority) pass.visit(i);
  const done = new Set(priority);
  for (let i = 0; i < items.length; i++) if (!done.has(i)) pass.visit(i);
  return pass.finish();
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

/** Where a mark would go on screen. */
interface MarkGeometry {
  x0: number;
  x1: number;
  badgeX: number;
  /** The extent the mark reserves on its track. */
  markA: number;
  markB: number;
}

/** Events without room are counted straight into bins: their rank positions, no object per event. */
interface Bin {
  sum: number;
  n: number;
  first: number;
  last: number;
  at: number[];
}

/** The state of one layout pass: items are visited in the order they are placed. */
class LanePass {
  private readonly tracks: Track[];
  private readonly cover: Coverage;
  private readonly marks: PlacedMark[] = [];
  private readonly bins = new Map<number, Bin>();
  private readonly placedAt = new Map<string, { item: LayoutItem; markA: number; markB: number }>();
  private readonly free: number[] = [];
  /** Extents [start, end) no track had room for, by start (the shortest end). */
  private readonly noRoom = new Map<number, number>();
  private readonly half: number;
  private keyLeft: number;
  private widened = false;
  private used = 1;

  constructor(
    private readonly items: readonly LayoutItem[],
    private readonly arrays: ItemArrays,
    private readonly opts: LayoutOptions,
    private readonly priority: ReadonlySet<number>,
  ) {
    const n = Math.max(1, opts.maxTracks);
    this.cover = new Coverage(opts.width, n);
    this.half = Math.max(MARK_R + GAP / 2, (opts.hitPx ?? 0) / 2);
    this.tracks = Array.from({ length: n }, () => new Track(this.cover, this.half));
    this.keyLeft = opts.labelBudget ?? Infinity;
  }

  visit(i: number): void {
    const { x, width } = this.opts;
    const { lo, hi, span } = this.arrays;
    const isSpan = span[i] === 1;
    const x0 = x(lo[i]!);
    const x1 = isSpan ? x(hi[i]!) : x0;
    if (x1 + MARK_R < 0 || x0 - MARK_R > width) return;
    const key = this.keyLeft-- > 0 || this.priority.has(i);
    // The key events' labels take the room they have before lesser marks fill it.
    if (!key && !this.widened) {
      widenLabels(this.marks, this.placedAt, this.tracks, width);
      this.widened = true;
    }
    // Day marks are centred on the day; spans start with their badge at the left edge (clamped on screen).
    const badgeX = isSpan ? Math.min(Math.max(x0, MARK_R), Math.max(x0, x1)) : x0;
    const markA = Math.min(x0, badgeX - this.half);
    const markB = Math.max(x1, badgeX + this.half);
    // When every track is closed at the pixel under the badge (or, for a bar, the middle of its visible
    // part), no track has room: this early exit keeps a dense view of thousands of events cheap.
    const full = this.cover.full(Math.round(badgeX)) || (isSpan && this.cover.fullWithin(markA, markB, this.half));
    if (full || this.knownFull(markA, markB) || !this.findFree(markA, markB)) this.bin(i, badgeX);
    else this.place(this.items[i]!, key, { x0, x1, badgeX, markA, markB });
  }

  /**
   * True when an extent from the same start to no further already found no track: tracks only fill up
   * within a pass, so it never will. The events of one day, or one month, share their extent.
   */
  private knownFull(markA: number, markB: number): boolean {
    const b = this.noRoom.get(markA);
    return b !== undefined && b <= markB;
  }

  /** Fill `free` with the tracks where the mark alone fits; false when there are none. */
  private findFree(markA: number, markB: number): boolean {
    const free = this.free;
    free.length = 0;
    for (let t = 0; t < this.tracks.length; t++) if (this.tracks[t]!.fits(markA, markB)) free.push(t);
    if (free.length > 0) return true;
    const b = this.noRoom.get(markA);
    if (b === undefined || markB < b) this.noRoom.set(markA, markB);
    return false;
  }

  private bin(i: number, badgeX: number): void {
    const k = Math.floor(badgeX / CLUSTER_BIN_PX);
    const s = this.arrays.s[i]!;
    const b = this.bins.get(k);
    if (!b) {
      this.bins.set(k, { sum: badgeX, n: 1, first: s, last: s, at: [i] });
      return;
    }
    b.sum += badgeX;
    b.n++;
    b.at.push(i);
    if (s < b.first) b.first = s;
    if (s > b.last) b.last = s;
  }

  private place(v: LayoutItem, key: boolean, g: MarkGeometry): void {
    const { x0, x1, badgeX, markA, markB } = g;
    const { width, previous } = this.opts;
    const free = this.free;
    const prevTrack = previous?.get(v.event.id);
    const spot = key ? labelSpot(v, this.tracks, free, { badgeX, x0, markA, markB, width, prevTrack }) : null;
    const track = spot?.track ?? (prevTrack !== undefined && free.includes(prevTrack) ? prevTrack : free[0]!);
    const cut = spot?.cut ?? null;
    const side = spot?.side ?? 'right';
    const rightX = badgeX + MARK_R + LABEL_PAD;
    const leftEnd = Math.min(x0, badgeX) - MARK_R - LABEL_PAD;
    const onTrack = this.tracks[track]!;
    if (cut && side === 'right') onTrack.add(markA, Math.max(markB, rightX + cut.w + GAP));
    else if (cut) onTrack.add(Math.min(markA, leftEnd - cut.w - GAP), markB);
    else onTrack.add(markA, markB);
    if (cut) this.placedAt.set(v.event.id, { item: v, markA, markB });
    const cuts = cut ? v.cuts() : null;
    this.marks.push({
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
    this.used = Math.max(this.used, track + 1);
  }

  finish(): LaneLayout {
    if (!this.widened) widenLabels(this.marks, this.placedAt, this.tracks, this.opts.width);
    const clusters = [...this.bins.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => clusterOf(this.items, b));
    return { marks: this.marks, clusters, tracks: this.used };
  }
}

/** A bin as a "+N" chip; the ids are read only when the chip is opened, so a frame builds none of them. */
function clusterOf(items: readonly LayoutItem[], b: Bin): Cluster {
  let ids: string[] | null = null;
  return {
    x: b.sum / b.n,
    count: b.n,
    firstT: b.first,
    lastT: b.last,
    get ids() {
      return (ids ??= b.at.map((i) => items[i]!.event.id));
    },
  };
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
