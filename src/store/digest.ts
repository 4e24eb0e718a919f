/**
 * Which events a day digest lists: the events of a crowded day, or those behind a "+N" chip, by rank.
 */
import type { TimelineEvent } from '../contract';
import { msToIsoDay } from '../contract';
import { dateInWords } from '../contract/words';
import type { Cluster } from '../timeline/layout';
import type { Digest } from './store';

/** From this many events on one day, a click on one of them lists the whole day. */
export const CROWDED_DAY = 3;

const byRank = (a: TimelineEvent, b: TimelineEvent) => a.rank - b.rank;

const isDay = (x: TimelineEvent) => x.date.start.length === 10 && x.date.end === undefined && !x.date.part;

/** Day events by their day, built once per list of events (a filter result), so a click scans nothing. */
const byDayMemo = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent[]>>();

function eventsByDay(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  let by = byDayMemo.get(events);
  if (by) return by;
  by = new Map();
  for (const x of events) {
    if (!isDay(x)) continue;
    const list = by.get(x.date.start);
    if (list) list.push(x);
    else by.set(x.date.start, [x]);
  }
  byDayMemo.set(events, by);
  return by;
}

/** The digest of the day an event is on, when that day is crowded; else null. */
export function crowdedDayOf(e: TimelineEvent, events: readonly TimelineEvent[]): Digest | null {
  if (!isDay(e)) return null;
  const same = eventsByDay(events).get(e.date.start) ?? [];
  if (same.length < CROWDED_DAY) return null;
  return {
    label: dateInWords({ start: e.date.start }, { weekday: true }),
    ids: [...same].sort(byRank).map((x) => x.id),
  };
}

/**
 * The digest of the events behind a "+N" chip (they are already in rank order), named by the days they
 * start on within the view: a year-long claim that began in 2000 is not news of 2000 here.
 */
export function digestOfCluster(
  c: Pick<Cluster, 'firstT' | 'lastT' | 'ids'>,
  view?: readonly [number, number],
): Digest {
  const a = msToIsoDay(view ? Math.max(c.firstT, view[0]) : c.firstT);
  const b = msToIsoDay(view ? Math.min(Math.max(c.lastT, view[0]), view[1]) : c.lastT);
  return {
    label: a >= b ? dateInWords({ start: a }, { weekday: true }) : dateInWords({ start: a, end: b }),
    ids: c.ids,
  };
}
