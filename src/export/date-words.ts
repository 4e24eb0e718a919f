/**
 * A date claim in plain English words ("6 February 2026", "early January 2026", "6–22 February 2026"),
 * for the exports' human-readable date column and TimelineJS's display_date. Day-month order, as in
 * the seeds' British and Dutch sources; month names are spelled out so no reader misreads 02/06.
 */
import { precisionOf, type DateValue, type IsoDate } from '../contract';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function fields(iso: IsoDate): { year: string; month?: string; day?: number } {
  const year = iso.slice(0, 4);
  if (iso.length === 4) return { year };
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  if (iso.length === 7) return { year, month };
  return { year, month, day: Number(iso.slice(8, 10)) };
}

/** One ISO date in words: "2026", "January 2026", "6 January 2026". */
export function isoInWords(iso: IsoDate): string {
  const f = fields(iso);
  return [f.day, f.month, f.year].filter((x) => x !== undefined).join(' ');
}

/** The same without its year, for the first half of a range within one year. */
function withoutYear(iso: IsoDate): string {
  const f = fields(iso);
  return [f.day, f.month].filter((x) => x !== undefined).join(' ');
}

/** A whole claim in words, part and range included. */
export function dateInWords(v: DateValue): string {
  if (v.end === undefined || v.end === v.start) {
    const words = isoInWords(v.start);
    if (!v.part) return words;
    // "mid-January", "mid-2026" are hyphenated in English; "early January", "late 2026" are not.
    return v.part === 'mid' ? `mid-${words}` : `${v.part} ${words}`;
  }
  const ps = precisionOf(v.start);
  const pe = precisionOf(v.end);
  const sameYear = v.start.slice(0, 4) === v.end.slice(0, 4);
  if (ps === 'year' && pe === 'year') return `${v.start}–${v.end}`;
  if (sameYear && ps === 'day' && pe === 'day' && v.start.slice(0, 7) === v.end.slice(0, 7)) {
    const f = fields(v.end);
    return `${Number(v.start.slice(8, 10))}–${f.day} ${f.month} ${f.year}`;
  }
  if (sameYear && ps === 'month' && pe === 'month') return `${withoutYear(v.start)}–${isoInWords(v.end)}`;
  if (sameYear && ps !== 'year') return `${withoutYear(v.start)} – ${isoInWords(v.end)}`;
  return `${isoInWords(v.start)} – ${isoInWords(v.end)}`;
}
