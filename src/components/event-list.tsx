/**
 * The events as a table in date order: the same events and selection as the chart, for reading and screen
 * readers. It scrolls with the page (no box of its own). A long list is drawn a screenful at a time, more as
 * the reader scrolls towards its end, so 10,000 events open as fast as 100.
 */
import { useEffect, useRef, useState } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectVisibleEvents } from '../store/selectors';
import type { TimelineEvent } from '../contract';
import { FLAG_WORDS, dateInWords } from '../contract/words';
import type { TimelineIndex } from '../store/indexes';
import { markFirstDraw } from './first-draw';
import { Highlight } from './highlight';

/** Rows drawn at first and added each time the end comes near: a few screens, cheap to draw at once. */
const ROWS_PER_STEP = 150;
/** How close to the end (px) the reader may scroll before the next rows are added. */
const LOAD_AHEAD_PX = 800;

export function EventList() {
  const index = useChronology((s) => s.index);
  const events = useChronology(selectVisibleEvents);
  const selectedId = useChronology((s) => s.selectedId);
  const query = useChronology((s) => s.query);
  const api = useChronologyStore();
  const boxRef = useRef<HTMLDivElement>(null);
  const count = useRowCount(events, selectedId);
  const sentinelRef = useRef<HTMLDivElement>(null);
  useGrowOnScroll(sentinelRef, count.more);
  // Opening the list shows the selected event's row, as the chart showed its mark.
  useEffect(() => {
    const row = boxRef.current?.querySelector<HTMLElement>('tr[aria-current="true"]');
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
    // A page opened on the list has drawn its events now.
    markFirstDraw();
    // Only when the list opens: later selections are made in the list itself, where the row is in view.
  }, []);
  const shown = events.slice(0, count.n);
  return (
    <div className="event-list" data-testid="event-list" ref={boxRef}>
      <table>
        <caption className="sr-only">
          Events in date order{events.length > shown.length ? `, the first ${shown.length} of ${events.length}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Sources</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <Row
              key={e.id}
              event={e}
              index={index}
              query={query}
              selected={e.id === selectedId}
              onSelect={() => api.getState().revealEvent(e.id)}
            />
          ))}
        </tbody>
      </table>
      {events.length > shown.length && (
        <div ref={sentinelRef} className="list-more">
          <button type="button" className="link" onClick={count.more}>
            Show more ({events.length - shown.length} further events)
          </button>
        </div>
      )}
      {events.length === 0 && <p>No events match the filters.</p>}
    </div>
  );
}

function Row({
  event: e,
  index,
  query,
  selected,
  onSelect,
}: {
  event: TimelineEvent;
  index: TimelineIndex | null;
  query: string;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <tr
      className={selected ? 'is-selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      data-event-id={e.id}
    >
      <td className="date">{dateInWords(e.date)}</td>
      <th scope="row">
        <button type="button" className="link event-title" aria-pressed={selected} onClick={onSelect}>
          <Highlight text={e.title} query={query} />
        </button>
      </th>
      <td className="num">{e.articleIds.map((a) => index?.articleById.get(a)?.outlet ?? a).join(', ')}</td>
      <td className="notes">{e.flags.map((f) => FLAG_WORDS[f].short).join('; ')}</td>
    </tr>
  );
}

/**
 * How many rows to draw: a step's worth, more on request, and always enough to include the selected event
 * (a link to an event deep in the list opens on its row). Back to one step when the filters change.
 */
function useRowCount(events: readonly TimelineEvent[], selectedId: string | null) {
  const [state, setState] = useState({ events, n: ROWS_PER_STEP });
  const current = state.events === events ? state : { events, n: ROWS_PER_STEP };
  if (current !== state) setState(current);
  const at = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const n = Math.max(current.n, at >= 0 ? at + ROWS_PER_STEP / 3 : 0);
  return {
    n,
    more: () => setState((s) => ({ events: s.events, n: Math.max(s.n, n) + ROWS_PER_STEP })),
  };
}

/** Call `more` whenever the element nears the bottom of the window (the page is what scrolls). */
function useGrowOnScroll(ref: React.RefObject<HTMLElement | null>, more: () => void) {
  const moreRef = useRef(more);
  useEffect(() => {
    moreRef.current = more;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((x) => x.isIntersecting) && moreRef.current(), {
      rootMargin: `0px 0px ${LOAD_AHEAD_PX}px 0px`,
    });
    io.observe(el);
    return () => io.disconnect();
  });
}
