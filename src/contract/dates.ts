/**
 * Arithmetic on reduced-precision ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), shared by the pipeline
 * (clustering, conflicts) and the app (scales, labels, exports). All instants are UTC milliseconds.
 */
import type { DateValue, IsoDate, Part } from './timeline';

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(iso: IsoDate): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

function parts(iso: IsoDate): [number, number, number] {
  return [
    Number(iso.slice(0, 4)),
    iso.length >= 7 ? Number(iso.slice(5, 7)) : 1,
    iso.length === 10 ? Number(iso.slice(8, 10)) : 1,
  ];
}

/** First instant of the period an ISO date names. */
export function isoStartMs(iso: IsoDate): number {
  const [y, m, d] = parts(iso);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** First instant after the period an ISO date names (exclusive end). */
export function isoEndMs(iso: IsoDate): number {
  const [y, m, d] = parts(iso);
  const t = new Date(0);
  const p = precisionOf(iso);
  if (p === 'year') t.setUTCFullYear(y + 1, 0, 1);
  else if (p === 'month') t.setUTCFullYear(y, m, 1);
  else t.setUTCFullYear(y, m - 1, d + 1);
  return t.getTime();
}

/** Thirds of a period: what "early", "mid" and "late" cover. */
const PART_RANGE: Record<Part, [number, number]> = { early: [0, 1 / 3], mid: [1 / 3, 2 / 3], late: [2 / 3, 1] };

/** The instants a claim covers, as a half-open interval [start, end). */
export function valueBoundsMs(v: DateValue): [number, number] {
  const s = isoStartMs(v.start);
  const e = isoEndMs(v.end ?? v.start);
  if (v.part && v.end === undefined) {
    const [a, b] = PART_RANGE[v.part];
    const len = e - s;
    // Round to whole days so that "early January" is 1-11 January, not a fraction of a day.
    const day = 86_400_000;
    return [s + Math.round((len * a) / day) * day, s + Math.round((len * b) / day) * day];
  }
  return [s, e];
}

/** Order of two ISO dates by their first instant, coarser first on ties (2026 < 2026-01 < 2026-01-01). */
export function compareIso(a: IsoDate, b: IsoDate): number {
  const d = isoStartMs(a) - isoStartMs(b);
  return d !== 0 ? Math.sign(d) : a.length - b.length;
}

/** Order of two claims: by first instant, then by length (shorter first), then by text for determinism. */
export function compareValues(a: DateValue, b: DateValue): number {
  const [as, ae] = valueBoundsMs(a);
  const [bs, be] = valueBoundsMs(b);
  return as - bs || ae - be || (valueKey(a) < valueKey(b) ? -1 : valueKey(a) > valueKey(b) ? 1 : 0);
}

/** A canonical string for a claim, usable as a map key. */
export function valueKey(v: DateValue): string {
  return v.end !== undefined ? `${v.start}/${v.end}` : v.part ? `${v.part}:${v.start}` : v.start;
}

/** The finest precision in a claim. */
export function valuePrecision(v: DateValue): Precision {
  const p = precisionOf(v.start);
  const q = v.end ? precisionOf(v.end) : p;
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[p] >= rank[q] ? p : q;
}

/** True when claim `inner` lies wholly within claim `outer` (a day inside its month, a start day inside a range). */
export function valueWithin(inner: DateValue, outer: DateValue): boolean {
  const [is, ie] = valueBoundsMs(inner);
  const [os, oe] = valueBoundsMs(outer);
  return is >= os && ie <= oe;
}

/** True when two claims share at least one instant. */
export function valuesOverlap(a: DateValue, b: DateValue): boolean {
  const [as, ae] = valueBoundsMs(a);
  const [bs, be] = valueBoundsMs(b);
  return as < be && bs < ae;
}

/** Format a UTC instant as a day-precision ISO date. */
export function msToIsoDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
