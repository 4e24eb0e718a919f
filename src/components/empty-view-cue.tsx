/** What the chart says when the view holds no event: where the nearest ones are, a click away. */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import type { TimelineEvent } from '../contract';
import { dateInWords } from '../contract/words';
import { eventBounds } from '../timeline/extent';

export function EmptyViewCue({ events }: { events: readonly TimelineEvent[] }) {
  const store = useChronologyStore();
  const domain = useChronology((s) => s.domain);
  if (!domain) return null;
  // The closest event ending before the view and the closest starting after it (events are in date order).
  let before: TimelineEvent | undefined;
  let after: TimelineEvent | undefined;
  for (const e of events) {
    const [s, t] = eventBounds(e);
    if (t <= domain[0] && (!before || t > eventBounds(before)[1])) before = e;
    if (s >= domain[1] && !after) after = e;
  }
  const go = (e: TimelineEvent) => {
    const s = store.getState();
    const [a, b] = eventBounds(e);
    const span = domain[1] - domain[0];
    s.setDomain([(a + b) / 2 - span / 2, (a + b) / 2 + span / 2]);
    s.revealEvent(e.id, 'focus');
  };
  return (
    <p className="empty-view" role="status">
      No events here — nearest:{' '}
      {[before, after]
        .filter((e): e is TimelineEvent => !!e)
        .map((e, i) => (
          <span key={e.id}>
            {i > 0 && ' or '}
            <button type="button" className="link" onClick={() => go(e)}>
              {dateInWords(e.date)} ({i === 0 && before ? 'earlier' : 'later'})
            </button>
          </span>
        ))}
    </p>
  );
}
