/**
 * Where things are in time: each event's covered interval, the whole corpus's extent, the opening view
 * (the main story, found in the data) and the limits zooming and panning are clamped to.
 */
import { precisionOf, valueBoundsMs, type TimelineEvent } from '../contract';

export const DAY_MS = 86_400_000;

/** A visible time interval in UTC milliseconds, [start, end). */
export type Domain = readonly [number, number];

/** The instants an event covers, [start, end). */
export function eventBounds(e: Pick<TimelineEvent, 'date'>): Domain {
  return valueBoundsMs(e.date);
}

/** Smallest interval holding every event (outliers included); null for an empty timeline. */
export function fullExtent(events: readonly Pick<TimelineEvent, 'date'>[]): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const [s, t] = eventBounds(e);
    if (s < lo) lo = s;
    if (t > hi) hi = t;
  }
  return lo < hi ? [lo, hi] : null;
}

/** Widen an interval by a fraction of its length on each side, and to at least `minSpan`. */
export function padDomain([a, b]: Domain, fraction: number, minSpan = 0): Domain {
  const span = b - a;
  const pad = span * fraction;
  let lo = a - pad;
  let hi = b + pad;
  if (hi - lo < minSpan) {
    const mid = (a + b) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  return [lo, hi];
}

/** Gaps longer than this split the corpus into separate stories (a 2024 aside is not part of January 2026). */
const STORY_GAP_MS = 45 * DAY_MS;

/** The main story is found among this many key events (by rank): what a reader should see first. */
export const OPENING_KEY_EVENTS = 20;

/**
 * The opening view: the main story, the densest stretch of the key events, with a little margin.
 *
 * Only the key events (the OPENING_KEY_EVENTS best-ranked) pinned to a day are used: a month claim or a
 * range would stretch the view over weeks nobody reported on (a range counts by its first day, so the
 * Games count by their opening), and a story of many months has hundreds of minor events whose spread
 * says nothing about where it happened. Those days are cut into stretches wherever nothing happens for
 * more than 45 days, and the stretch with the most key events wins (their weight breaks ties), so a lone
 * 2024 mention or a mistaken December date never widens it. Falls back to the full extent when nothing
 * is pinned to a day.
 */
export function openingView(
  events: readonly Pick<TimelineEvent, 'date' | 'sourceCount' | 'rank' | 'weight'>[],
): Domain | null {
  const days = events
    .filter((e) => precisionOf(e.date.start) === 'day' && !e.date.part)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, OPENING_KEY_EVENTS)
    .map((e) => ({ t: eventBounds({ date: { start: e.date.start } })[0], w: e.weight }))
    .sort((a, b) => a.t - b.t);
  if (days.length === 0) {
    const full = fullExtent(events);
    return full ? padDomain(full, 0.05, 7 * DAY_MS) : null;
  }
  let best = { from: 0, to: 0, count: 0, weight: -1 };
  let from = 0;
  let weight = 0;
  for (let i = 0; i < days.length; i++) {
    if (i > from && days[i]!.t - days[i - 1]!.t > STORY_GAP_MS) {
      from = i;
      weight = 0;
    }
    weight += days[i]!.w;
    const count = i - from + 1;
    // Ties go to the more recent stretch: news chronologies are read for what happened last.
    if (count > best.count || (count === best.count && weight >= best.weight)) best = { from, to: i, count, weight };
  }
  const lo = days[best.from]!.t;
  const hi = days[best.to]!.t + DAY_MS;
  return padDomain([lo, hi], 0.06, 10 * DAY_MS);
}

export interface ZoomLimits {
  /** Shortest visible span (ms). */
  minSpan: number;
  /** Longest visible span (ms). */
  maxSpan: number;
  /** Interval the view may not leave. */
  bounds: Domain;
}

/** Sensible zoom limits: down to two days, out to a bit more than everything. */
export function zoomLimits(full: Domain | null, opening: Domain | null): ZoomLimits {
  const base = full ?? opening ?? [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)];
  const padded = padDomain(base, 0.25, 30 * DAY_MS);
  const withOpening: Domain = opening ? [Math.min(padded[0], opening[0]), Math.max(padded[1], opening[1])] : padded;
  return { minSpan: 2 * DAY_MS, maxSpan: withOpening[1] - withOpening[0], bounds: withOpening };
}

/** Bring a requested view inside the limits: span first, then position. */
export function clampDomain([a, b]: Domain, limits: ZoomLimits): Domain {
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return limits.bounds;
  let span = hi - lo;
  const mid = (lo + hi) / 2;
  if (span < limits.minSpan) span = limits.minSpan;
  if (span > limits.maxSpan) span = limits.maxSpan;
  lo = mid - span / 2;
  hi = mid + span / 2;
  if (lo < limits.bounds[0]) {
    lo = limits.bounds[0];
    hi = lo + span;
  }
  if (hi > limits.bounds[1]) {
    hi = limits.bounds[1];
    lo = hi - span;
  }
  return [lo, hi];
}

/** Zoom by a factor around an anchor instant (factor 2 shows half as much time). */
export function zoomDomain([a, b]: Domain, factor: number, anchor = (a + b) / 2): Domain {
  return [anchor - (anchor - a) / factor, anchor + (b - anchor) / factor];
}

/** Pan so that an interval is in view, keeping the span; unchanged when it already is. */
export function panToInclude([a, b]: Domain, [s, t]: Domain, margin = 0.1): Domain {
  const span = b - a;
  const m = span * margin;
  if (s >= a + m && t <= b - m) return [a, b];
  const mid = (s + Math.min(t, s + span)) / 2;
  return [mid - span / 2, mid + span / 2];
}
