/**
 * The most important events (by rank) among those the filters keep, each a click from its evidence: what
 * the side panel offers before anything is selected, instead of an empty box.
 */
import { memo, useMemo } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectVisibleEvents } from '../store/selectors';
import type { TimelineEvent } from '../contract';
import { dateShort, sourcesInWords } from '../contract/words';

/** Enough to see what the story is about, few enough to stay on one screen beside the chart. */
const KEY_EVENT_COUNT = 5;

/** The `n` best-ranked events, in date order (the order the chart shows them in). */
export function topByRank(events: readonly TimelineEvent[], n: number): TimelineEvent[] {
  // One pass keeping the n best so far (n is small), not a sort of 40,000 events on every render.
  const best: TimelineEvent[] = [];
  for (const e of events) {
    if (best.length === n && e.rank >= best[n - 1]!.rank) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]!.rank > e.rank) i--;
    best.splice(i, 0, e);
    if (best.length > n) best.pop();
  }
  const keep = new Set(best);
  return events.filter((e) => keep.has(e));
}

/** Memoised, and ranked once per filter result: the panel around it re-renders on every selection. */
export const KeyEvents = memo(function KeyEvents() {
  const store = useChronologyStore();
  const events = useChronology(selectVisibleEvents);
  const top = useMemo(() => topByRank(events, KEY_EVENT_COUNT), [events]);
  if (top.length === 0) return null;
  return (
    <>
      <h2 className="key-events-title">Key events</h2>
      <ol className="key-events">
        {top.map((e) => (
          <li key={e.id}>
            <button type="button" className="link" onClick={() => store.getState().revealEvent(e.id)}>
              <span className="key-date">{dateShort(e.date)}</span> {e.title}
            </button>
            <span className="key-sources"> · {sourcesInWords(e.sourceCount)}</span>
          </li>
        ))}
      </ol>
    </>
  );
});
