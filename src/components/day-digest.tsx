/**
 * The day digest: the events of a crowded day, or those behind a "+N" chip, listed by rank with how many
 * sources back each, each a click from its evidence. Nothing is lost because it did not fit on the chart.
 */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import type { TimelineEvent } from '../contract';
import { dateInWords, sourcesInWords } from '../contract/words';

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
          <li key={e.id} data-event-id={e.id}>
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
