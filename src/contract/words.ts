/**
 * Dates in words, at the precision the evidence has. The page never shows a day it does not know:
 * "January 2026" stays a month, "early January 2026" a part of it, a range keeps both ends.
 * Shared by the page (labels, lists, exports) and the build step (notes on disagreeing dates), so both
 * say a date the same way.
 */
import { precisionOf } from './dates';
import type { DateValue, EventFlag, IsoDate, Part } from './timeline';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

function split(iso: IsoDate): Ymd {
  const p = precisionOf(iso);
  const y = Number(iso.slice(0, 4));
  if (p === 'year') return { y };
  const m = Number(iso.slice(5, 7));
  if (p === 'month') return { y, m };
  return { y, m, d: Number(iso.slice(8, 10)) };
}

function weekday({ y, m, d }: Ymd): string {
  const t = new Date(0);
  t.setUTCFullYear(y, (m ?? 1) - 1, d ?? 1);
  return WEEKDAYS[t.getUTCDay()]!;
}

function partWord(part: Part): string {
  // "mid-2024" and "mid-January" are hyphenated; "early"/"late" are separate words.
  return part === 'mid' ? 'mid-' : `${part} `;
}

/** One date in words: "2024", "January 2026", "Saturday 24 January 2026". */
export function isoInWords(iso: IsoDate, opts: { weekday?: boolean } = {}): string {
  const s = split(iso);
  if (s.m === undefined) return String(s.y);
  if (s.d === undefined) return `${MONTHS[s.m - 1]} ${s.y}`;
  const base = `${s.d} ${MONTHS[s.m - 1]} ${s.y}`;
  return opts.weekday === false ? base : `${weekday(s)} ${base}`;
}

/**
 * A claim in words with its precision: "early January 2026", "6–22 February 2026",
 * "Saturday 24 January 2026", "January 2026", "2024", "24 January – 2 February 2026".
 * `weekday: false` leaves the weekday out of a single day ("24 January 2026"), as notes inside a sentence do.
 */
export function dateInWords(v: DateValue, opts: { weekday?: boolean } = {}): string {
  if (v.end === undefined) {
    if (v.part) {
      const s = split(v.start);
      const period = s.m === undefined ? String(s.y) : `${MONTHS[s.m - 1]} ${s.y}`;
      // Only a year or a month can have parts; a day with a part reads as the day.
      if (s.d !== undefined) return isoInWords(v.start, opts);
      return `${partWord(v.part)}${period}`;
    }
    return isoInWords(v.start, opts);
  }
  return rangeInWords(split(v.start), split(v.end), opts);
}

function rangeInWords(a: Ymd, b: Ymd, opts: { weekday?: boolean }): string {
  const en = '\u2013'; // en dash, as ranges are written in English prose
  const same = (x: Ymd, y: Ymd) => x.y === y.y && x.m === y.m && x.d === y.d;
  if (same(a, b)) return dateInWords({ start: fmtIso(a) }, opts);
  if (a.d !== undefined && b.d !== undefined) {
    if (a.y === b.y && a.m === b.m) return `${a.d}${en}${b.d} ${MONTHS[b.m! - 1]} ${b.y}`;
    if (a.y === b.y) return `${a.d} ${MONTHS[a.m! - 1]} ${en} ${b.d} ${MONTHS[b.m! - 1]} ${b.y}`;
    return `${a.d} ${MONTHS[a.m! - 1]} ${a.y} ${en} ${b.d} ${MONTHS[b.m! - 1]} ${b.y}`;
  }
  if (a.d === undefined && b.d === undefined && a.m !== undefined && b.m !== undefined) {
    if (a.y === b.y) return `${MONTHS[a.m - 1]}${en}${MONTHS[b.m - 1]} ${b.y}`;
    return `${MONTHS[a.m - 1]} ${a.y} ${en} ${MONTHS[b.m - 1]} ${b.y}`;
  }
  if (a.m === undefined && b.m === undefined) return `${a.y}${en}${b.y}`;
  // Mixed precisions: each end keeps its own.
  return `${isoInWords(fmtIso(a), { weekday: false })} ${en} ${isoInWords(fmtIso(b), { weekday: false })}`;
}

function fmtIso({ y, m, d }: Ymd): IsoDate {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return m === undefined ? String(y).padStart(4, '0') : d === undefined ? `${y}-${p2(m)}` : `${y}-${p2(m)}-${p2(d)}`;
}

/** Short form for tight places (list cells on phones, axis context): "24 Jan 2026", "Jan 2026", "early Jan 2026". */
export function dateShort(v: DateValue): string {
  return dateInWords(v)
    .replace(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) /, '')
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (m) =>
      m.slice(0, 3),
    );
}

/** What each flag means, in plain words for readers. */
export const FLAG_WORDS: Record<EventFlag, { short: string; long: string }> = {
  conflict: { short: 'Sources disagree', long: 'Sources disagree about the date.' },
  approximate: { short: 'Approximate date', long: 'The date is approximate: the sources give no exact day.' },
  'inferred-date': {
    short: 'Inferred date',
    long: 'The date rests on a publication date that was inferred, not printed in the article.',
  },
};

/** "1 source", "3 sources". */
export function sourcesInWords(n: number): string {
  return n === 1 ? '1 source' : `${n} sources`;
}
