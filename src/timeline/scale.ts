/**
 * The time axis: a UTC scale and ticks whose unit adapts to the zoom (days, weeks, months, years).
 *
 * Tick instants come from d3-time's UTC intervals. The page itself maps time to pixels with `linearX`
 * and labels ticks with the month and weekday names of words.ts: d3-scale's time scale would bring
 * d3-time-format and its locale machinery into the page bundle (about 5 kB gzip of a 120 kB budget)
 * for a mapping that is one multiplication. `timeScale` stays for tests and tools.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Domain } from './extent';
import { MONTHS, WEEKDAYS } from '../contract/words';

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export function timeScale(domain: Domain, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, Math.max(1, width)]);
}

/**
 * The same mapping as `timeScale` as a plain function of a number: layout calls it for every event on
 * every frame, and a d3 time scale converts each number to a Date first.
 */
export function linearX(domain: Domain, width: number): (t: number) => number {
  const d0 = domain[0];
  const k = Math.max(1, width) / (domain[1] - domain[0]);
  return (t) => (t - d0) * k;
}

export interface Tick {
  t: number;
  x: number;
  label: string;
  /** A tick that starts a bigger period (a month among days, a year among months), drawn stronger. */
  major: boolean;
}

/** Room a tick label with a year ("24 Jan 2026") needs at 12px; closer ticks make the next one give way. */
const YEAR_TICK_PX = 84;
/** Minimum room per tick label, in px: "Sat 24 Jan" needs about this much at 12px. */
const MIN_TICK_PX = 72;

const mon = (d: Date) => MONTHS[d.getUTCMonth()]!.slice(0, 3);
/** "Sat 24 Jan" */
const fmtDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCDate()} ${mon(d)}`;
/** "24 Jan" */
const fmtDayNarrow = (d: Date) => `${d.getUTCDate()} ${mon(d)}`;
const fmtWeek = fmtDayNarrow;
/** "24 Jan 2026": the weekday gives way to the year, so the label stays as narrow as "Sat 24 Jan". */
const fmtDayYear = (d: Date) => `${d.getUTCDate()} ${mon(d)} ${d.getUTCFullYear()}`;
/** "Jan 2026" */
const fmtMonth = (d: Date) => `${mon(d)} ${d.getUTCFullYear()}`;
const fmtMonthShort = mon;
const fmtYear = (d: Date) => String(d.getUTCFullYear());

/** The finest unit whose ticks fit the width. */
export function tickUnit(domain: Domain, width: number): TickUnit {
  const room = Math.max(1, Math.floor(width / MIN_TICK_PX));
  const span = domain[1] - domain[0];
  const day = 86_400_000;
  if (span / day <= room) return 'day';
  // Weeks, labelled every week or every other week: on a phone a month of news still gets a few ticks.
  if (span / (14 * day) <= room) return 'week';
  if (span / (30.44 * day) <= room) return 'month';
  return 'year';
}

function intervalFor(
  unit: TickUnit,
  domain: Domain,
  width: number,
): CountableTimeInterval | ReturnType<CountableTimeInterval['every']> {
  const room = Math.max(1, Math.floor(width / MIN_TICK_PX));
  const day = 86_400_000;
  const span = domain[1] - domain[0];
  if (unit === 'day') return utcDay;
  if (unit === 'week') return span / (7 * day) <= room ? utcMonday : utcMonday.every(2)!;
  if (unit === 'month') {
    const n = span / (30.44 * day);
    const step = [1, 2, 3, 6].find((s) => n / s <= room) ?? 6;
    return step === 1 ? utcMonth : utcMonth.every(step)!;
  }
  const years = span / (365.25 * day);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= room) ?? 100;
  return step === 1 ? utcYear : utcYear.every(step)!;
}

/** Ticks for the visible domain, labelled in the unit's own format. */
export function axisTicks(domain: Domain, width: number): { unit: TickUnit; ticks: Tick[] } {
  const unit = tickUnit(domain, width);
  const scale = linearX(domain, width);
  const interval = intervalFor(unit, domain, width);
  const dates = interval!.range(new Date(domain[0]), new Date(domain[1] + 1));
  const narrow = width / Math.max(1, dates.length) < 80;
  const ticks = dates.map((d, i) => {
    const major =
      unit === 'day' || unit === 'week'
        ? d.getUTCDate() <= (unit === 'week' ? 7 : 1)
        : unit === 'month'
          ? d.getUTCMonth() === 0
          : false;
    let label: string;
    // The first tick and the first of each new year say the year, so no view of days is ambiguous.
    const newYear = i === 0 || dates[i - 1]!.getUTCFullYear() !== d.getUTCFullYear();
    if ((unit === 'day' || unit === 'week') && newYear) label = fmtDayYear(d);
    else if (unit === 'day') label = narrow ? fmtDayNarrow(d) : fmtDay(d);
    else if (unit === 'week') label = fmtWeek(d);
    else if (unit === 'month') label = major || d.getTime() === dates[0]?.getTime() ? fmtMonth(d) : fmtMonthShort(d);
    else label = fmtYear(d);
    return { t: d.getTime(), x: scale(d.getTime()), label, major };
  });
  // "24 Jan 2026" is wider than the room between narrow ticks: the tick after it gives way.
  const gap = ticks.length > 1 ? ticks[1]!.x - ticks[0]!.x : Infinity;
  if ((unit === 'day' || unit === 'week') && gap < YEAR_TICK_PX)
    for (let i = 1; i < ticks.length; i++) if (/\d{4}$/.test(ticks[i - 1]!.label)) ticks[i]!.label = '';
  return { unit, ticks };
}
