/** The events as a table in date order: the same events and selection as the chart, for reading and screen readers. */
import { useEffect, useRef } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectVisibleEvents } from '../store/selectors';
import { FLAG_WORDS, dateInWords } from '../contract/words';
import { markFirstDraw } from './first-draw';

export function EventList() {
  const index = useChronology((s) => s.index);
  const events = useChronology(selectVisibleEvents);
  const selectedId = useChronology((s) => s.selectedId);
  const api = useChronologyStore();
  const boxRef = useRef<HTMLDivElement>(null);
  // Opening the list shows the selected event's row, as the chart showed its mark.
  useEffect(() => {
    const row = boxRef.current?.querySelector<HTMLElement>('tr[aria-current="true"]');
    const box = boxRef.current;
    if (row && box && box.scrollHeight > box.clientHeight) box.scrollTop = row.offsetTop - box.clientHeight / 3;
    // A page opened on the list has drawn its events now.
    markFirstDraw();
    // Only when the list opens: later selections are made in the list itself, where the row is in view.
  }, []);
  return (
    <div className="event-list" data-testid="event-list" ref={boxRef}>
      <table>
        <caption className="sr-only">Events in date order</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Sources</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr
              key={e.id}
              className={e.id === selectedId ? 'is-selected' : undefined}
              aria-current={e.id === selectedId ? 'true' : undefined}
              data-event-id={e.id}
            >
              <td className="date">{dateInWords(e.date)}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-pressed={e.id === selectedId}
                  // Back on the chart, the event is in view.
                  onClick={() => api.getState().revealEvent(e.id)}
                >
                  {e.title}
                </button>
              </th>
              <td className="num">{e.articleIds.map((a) => index?.articleById.get(a)?.outlet ?? a).join(', ')}</td>
              <td>{e.flags.map((f) => FLAG_WORDS[f].short).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p>No events match the filters.</p>}
    </div>
  );
}
