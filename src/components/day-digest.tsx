/**
 * The day digest: the events of a crowded day, or those behind a "+N" chip, listed by rank with how many
 * sources back each, each a click from its evidence. Nothing is lost because it did not fit on the chart.
 */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import type { Digest } from '../store/store';
import type { Cluster } from '../timeline/layout';
import type { TimelineEvent } from '../contract';
import { msToIsoDay } from '../contract';
import { dateInWords, sourcesInWords } from '../contract/words';

/** From this many events on one day, a click on one of them lists the whole day. */
export const CROWDED_DAY = 3;

const byRank = (a: TimelineEvent, b: TimelineEvent) => a.rank - b.rank;

/** The digest of the day an event is on, when that day is crowded; else null. */
export function crowdedDayOf(e: TimelineEvent, events: readonly TimelineEvent[]): Digest | null {
  const isDay = (x: TimelineEvent) => x.date.start.length === 10 && x.date.end === undefined && !x.date.part;
  if (!isDay(e)) return null;
  const same = events.filter((x) => isDay(x) && x.date.start === e.date.start);
  if (same.length < CROWDED_DAY) return null;
  return { label: dateInWords({ start: e.date.start }, { weekday: true }), ids: same.sort(byRank).map((x) => x.id) };
}

/** The digest of the events behind a "+N" chip (they are already in rank order). */
export function digestOfCluster(c: Pick<Cluster, 'firstT' | 'lastT' | 'ids'>): Digest {
  const a = msToIsoDay(c.firstT);
  const b = msToIsoDay(c.lastT);
  return {
    label: a === b ? dateInWords({ start: a }, { weekday: true }) : dateInWords({ start: a, end: b }),
    ids: c.ids,
  };
}

export function DayDigest() {
  const store = useChronologyStore();
  const digest = useChronology((s) => s.digest);
  const index = useChronology((s) => s.index);
  const selectedId = useChronology((s) => s.selectedId);
  if (!digest || !index) return null;
  const events = digest.ids.map((id) => index.eventById.get(id)).filter((e): e is TimelineEvent => !!e);
  if (events.length === 0) return null;
  return (
    <section className="day-digest" aria-labelledby="day-digest-title">
      <header>
        <h2 id="day-digest-title">
          {digest.label}: {events.length} events
        </h2>
        <button
          type="button"
          className="link"
          onClick={() => store.getState().openDigest(null)}
          aria-label="Close the list of events"
        >
          Close
        </button>
      </header>
      <ol>
        {events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="link"
              aria-pressed={e.id === selectedId}
              onClick={() => store.getState().revealEvent(e.id)}
            >
              {e.title}
            </button>{' '}
            <span className="digest-meta">
              {dateInWords(e.date)} · {sourcesInWords(e.sourceCount)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
