/**
 * Language-independent resolution of relative periods against the reference day: "this/last/next" of a
 * unit, a season, a quarter, a month or a weekday, and the tense-aware choice of the nearest occurrence.
 */
import {
  addDays,
  addMonths,
  dayIso,
  dayPeriod,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  seasonOf,
  seasonPeriod,
  weekPeriod,
  weekday,
  weekendPeriod,
  yearPeriod,
  decadePeriod,
  centuryPeriod,
  type Period,
  type Season,
  type Ymd,
} from './calendar';
import type { Tense } from './core';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The period `shift` units away from the one containing the reference ("last week" is -1, "this year" 0). */
export function shiftedPeriod(ref: Ymd, unit: Unit, shift: number): Period | null {
  switch (unit) {
    case 'day':
      return dayPeriod(addDays(ref, shift));
    case 'week':
      return weekPeriod(addDays(ref, shift * 7));
    case 'weekend':
      // "last weekend" on a Tuesday is the weekend just gone; "this weekend" the coming one.
      return weekendPeriod(addDays(ref, shift * 7));
    case 'month': {
      const [y, m] = addMonths(ref.y, ref.m, shift);
      return monthPeriod(y, m);
    }
    case 'quarter': {
      const q0 = Math.floor((ref.m - 1) / 3);
      const k = ref.y * 4 + q0 + shift;
      return quarterPeriod(Math.floor(k / 4), (k % 4) + 1);
    }
    case 'half': {
      const h0 = ref.m <= 6 ? 0 : 1;
      const k = ref.y * 2 + h0 + shift;
      return halfPeriod(Math.floor(k / 2), (k % 2) + 1);
    }
    case 'year':
      return yearPeriod(ref.y + shift);
    case 'decade':
      return decadePeriod(Math.floor(ref.y / 10) * 10 + shift * 10);
    case 'century':
      return centuryPeriod(Math.floor(ref.y / 100) * 100 + shift * 100);
  }
}

/**
 * "The past week", "the last week": the seven days up to the reference (today included), not the calendar
 * week before it. TimeML names it by the ISO week most of those days fall in (TimeBank: "the last week" on a
 * Friday is that Friday's week), so the value is the days themselves and the timex that week.
 */
export function pastSevenDays(ref: Ymd): Period {
  const first = addDays(ref, -6);
  return { timex: weekPeriod(addDays(ref, -3)).timex, value: { start: dayIso(first), end: dayIso(ref) } };
}

/** The weekend meant by "the weekend" / "over the weekend": the one just gone in past tense, else the next. */
export function weekendFor(ref: Ymd, tense: Tense): Period {
  const w = weekday(ref);
  if (w >= 6) return weekendPeriod(ref);
  return tense === 'future' ? weekendPeriod(ref) : weekendPeriod(addDays(ref, -7));
}

/** A weekday with "last"/"next"/"this" or none (then tense decides; today counts as the past). */
export function weekdayDay(ref: Ymd, target: number, mode: 'last' | 'next' | 'this' | Tense): Ymd {
  const w = weekday(ref);
  const back = (w - target + 7) % 7;
  const fwd = (target - w + 7) % 7;
  if (mode === 'last') return addDays(ref, -(back || 7));
  if (mode === 'next') return addDays(ref, fwd || 7);
  if (mode === 'this') return addDays(ref, target - w);
  return mode === 'future' ? addDays(ref, fwd) : addDays(ref, -back);
}

/** A month named without a year: "last April", "next May", or tense-resolved when bare. */
export function monthYear(ref: Ymd, month: number, mode: 'last' | 'next' | 'this' | Tense): number {
  if (mode === 'this') return ref.y;
  if (mode === 'last') return month < ref.m ? ref.y : ref.y - 1;
  if (mode === 'next') return month > ref.m ? ref.y : ref.y + 1;
  // Months just ahead of the reference are usually upcoming events even in past-tense reporting.
  if (mode === 'past') return month <= ref.m + 2 ? ref.y : ref.y - 1;
  if (mode === 'future') return month >= ref.m ? ref.y : ref.y + 1;
  // No tense cue: the nearest occurrence.
  const d = month - ref.m;
  return d > 6 ? ref.y - 1 : d < -6 ? ref.y + 1 : ref.y;
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonFor(ref: Ymd, s: Season, mode: 'last' | 'next' | 'this' | Tense): Period {
  const [cy, cs] = seasonOf(ref.y, ref.m);
  const inIt = cs === s;
  const refIdx = ref.y * 12 + ref.m - 1;
  const startIdx = (y: number) => y * 12 + SEASON_START[s] - 1;
  let pastY = ref.y + 1;
  while (startIdx(pastY) > refIdx) pastY--;
  let nextY = ref.y - 1;
  while (startIdx(nextY) <= refIdx) nextY++;
  if (mode === 'this') return seasonPeriod(inIt ? cy : s === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y, s);
  if (mode === 'last') return seasonPeriod(inIt ? cy - 1 : pastY, s);
  if (mode === 'next') return seasonPeriod(nextY, s);
  if (inIt) return seasonPeriod(cy, s);
  return seasonPeriod(mode === 'future' ? nextY : pastY, s);
}

/** "The third quarter" without a year: this year's, unless it lies ahead and the sentence reports the past. */
export function quarterFor(ref: Ymd, q: number, tense: Tense): Period {
  const refQ = Math.floor((ref.m - 1) / 3) + 1;
  if (q > refQ && tense !== 'future') return quarterPeriod(ref.y - 1, q);
  if (q < refQ - 1 && tense === 'future') return quarterPeriod(ref.y + 1, q);
  return quarterPeriod(ref.y, q);
}
