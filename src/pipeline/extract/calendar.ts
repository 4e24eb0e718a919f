/**
 * Calendar arithmetic for the extractor: turning periods (days, weeks, months, quarters, seasons, decades)
 * into the two forms a mention carries — a reduced-precision `DateValue` for the timeline and a TimeML
 * value for TempEval. All arithmetic is in UTC on plain year/month/day numbers, never the machine clock.
 */
import type { DateValue, Part } from '../../contract';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export const yearIso = (y: number) => pad(y, 4);
export const monthIso = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const dayIso = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;

/** Years outside 0..9999 cannot be written as ISO calendar dates of four digits. */
export const validYear = (y: number) => Number.isInteger(y) && y >= 1 && y <= 9999;

function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function toDate(x: Ymd): Date {
  const t = new Date(0);
  t.setUTCFullYear(x.y, x.m - 1, x.d);
  return t;
}

export function addDays(x: Ymd, n: number): Ymd {
  const t = toDate(x);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(x: Ymd): number {
  const w = toDate(x).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(y: number, m: number): number {
  return fromDate(new Date(Date.UTC(y, m, 0))).d;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(x: Ymd): [number, number] {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const days = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86_400_000);
  return [thursday.y, Math.floor(days / 7) + 1];
}

export interface Period {
  /** TimeML value (`2013-W11`, `2012-SU`, `2013-Q3`, `199`, …). */
  timex: string;
  value: DateValue;
}

export function dayPeriod(x: Ymd): Period {
  const iso = dayIso(x);
  return { timex: iso, value: { start: iso } };
}

export function monthPeriod(y: number, m: number): Period {
  const iso = monthIso(y, m);
  return { timex: iso, value: { start: iso } };
}

export function yearPeriod(y: number): Period {
  return { timex: yearIso(y), value: { start: yearIso(y) } };
}

/** The week containing day `x`, Monday to Sunday. */
export function weekPeriod(x: Ymd): Period {
  const monday = addDays(x, 1 - weekday(x));
  const [wy, w] = isoWeek(x);
  return { timex: `${pad(wy, 4)}-W${pad(w)}`, value: { start: dayIso(monday), end: dayIso(addDays(monday, 6)) } };
}

/** The weekend (Saturday and Sunday) of the week containing `x`. */
export function weekendPeriod(x: Ymd): Period {
  const saturday = addDays(x, 6 - weekday(x));
  const [wy, w] = isoWeek(x);
  return {
    timex: `${pad(wy, 4)}-W${pad(w)}-WE`,
    value: { start: dayIso(saturday), end: dayIso(addDays(saturday, 1)) },
  };
}

export function monthRange(y: number, m1: number, y2: number, m2: number): DateValue {
  return { start: monthIso(y, m1), end: monthIso(y2, m2) };
}

export function quarterPeriod(y: number, q: number): Period {
  return { timex: `${yearIso(y)}-Q${q}`, value: monthRange(y, q * 3 - 2, y, q * 3) };
}

export function halfPeriod(y: number, h: number): Period {
  return { timex: `${yearIso(y)}-H${h}`, value: monthRange(y, h * 6 - 5, y, h * 6) };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Meteorological seasons of the northern hemisphere; winter runs December to February of the next year. */
export function seasonPeriod(y: number, s: Season): Period {
  const timex = `${yearIso(y)}-${s}`;
  if (s === 'SP') return { timex, value: monthRange(y, 3, y, 5) };
  if (s === 'SU') return { timex, value: monthRange(y, 6, y, 8) };
  if (s === 'FA') return { timex, value: monthRange(y, 9, y, 11) };
  return { timex, value: monthRange(y, 12, y + 1, 2) };
}

/** Season of a month, with the year winter is counted in (January 2026 is winter 2025). */
export function seasonOf(y: number, m: number): [number, Season] {
  if (m === 12) return [y, 'WI'];
  if (m <= 2) return [y - 1, 'WI'];
  return [y, m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA'];
}

export function decadePeriod(decadeStart: number): Period {
  return {
    timex: pad(Math.floor(decadeStart / 10), 3),
    value: { start: yearIso(decadeStart), end: yearIso(decadeStart + 9) },
  };
}

export function centuryPeriod(first: number): Period {
  // TimeML writes the 20th century (1900s) as "19".
  return {
    timex: pad(Math.floor(first / 100), 2),
    value: { start: yearIso(Math.max(1, first)), end: yearIso(first + 99) },
  };
}

/** Add a part ("early", "mid", "late") to a claim; ranges cannot carry a part, so they stay as they are. */
export function withPart(p: Period, part: Part | undefined): Period {
  if (!part || p.value.end !== undefined) return p;
  return { timex: p.timex, value: { ...p.value, part } };
}

/**
 * The TimeML value of a duration of `k` units of `code` (`Y`, `M`, `W`, `D`, `Q`, `DE`, `CE`, `TH`, `TM`, `TS`;
 * `X` when unknown), in any language: "two decades" is P20Y, "a quarter" P3M, "2 1/2 years" P2Y6M,
 * "5 1/2 hours" PT5H30M, "years" PXY.
 */
export function timexDuration(k0: number | 'X', code0: string): string {
  let code = code0;
  let k: number | 'X' = k0;
  // TimeBank writes quarters as months and counted decades and centuries as years.
  if (code === 'Q' && k !== 'X') [code, k] = ['M', k * 3];
  else if (code === 'DE') [code, k] = k === 'X' ? ['E', k] : ['Y', k * 10];
  else if (code === 'CE') [code, k] = k === 'X' ? ['C', k] : ['Y', k * 100];
  if (k !== 'X' && !Number.isInteger(k)) {
    const whole = Math.floor(k);
    const sub: Record<string, [string, number]> = {
      Y: ['M', 12],
      M: ['D', 30],
      W: ['D', 7],
      D: ['TH', 24],
      TH: ['TM', 60],
      TM: ['TS', 60],
    };
    const s = sub[code];
    if (s) {
      const frac = Math.round((k - whole) * s[1]);
      const a = code.startsWith('T') ? `PT${whole}${code.slice(1)}` : `P${whole}${code}`;
      return s[0].startsWith('T')
        ? a.includes('T')
          ? `${a}${frac}${s[0].slice(1)}`
          : `${a}T${frac}${s[0].slice(1)}`
        : `${a}${frac}${s[0]}`;
    }
  }
  const num = k === 'X' ? 'X' : String(k);
  return code.startsWith('T') ? `PT${num}${code.slice(1)}` : `P${num}${code}`;
}
