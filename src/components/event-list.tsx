/**
 * The events as a table in date order: the same events and selection as the chart, for reading and screen
 * readers. It scrolls with the page (no box of its own). Only the rows near the window's view are in the
 * document, with spacer rows standing in for the rest, so 40,000 events open, filter and scroll as fast as
 * 100 (drawing them a screenful at a time and growing towards the end still put every row passed in the DOM).
 */
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectVisibleEvents } from '../store/selectors';
import type { TimelineEvent } from '../contract';
import { FLAG_WORDS, dateInWords } from '../contract/words';
import type { TimelineIndex } from '../store/indexes';
import { markFirstDraw } from './first-draw';
import { Highlight } from './highlight';

/** Row height assumed until rows are measured (a one-line row of the list's CSS). */
const ESTIMATE_ROW_PX = 40;
/** Rows drawn beyond each edge of the view, so a fast scroll or a Tab does not reach a blank stretch. */
const OVERSCAN_ROWS = 20;
/** A measured average this much off the one in use re-lays the spacers (less would only make them jitter). */
const REMEASURE_PX = 2;

/** Memoised: the page re-renders on each selection; the list itself re-renders only for what it shows. */
export const EventList = memo(function EventList() {
  const index = useChronology((s) => s.index);
  // A new filter result is drawn after the keystroke that asked for it, so the search box never waits on it.
  const events = useDeferredValue(useChronology(selectVisibleEvents));
  const selectedId = useChronology((s) => s.selectedId);
  const query = useDeferredValue(useChronology((s) => s.query));
  const boxRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [rowPx, setRowPx] = useState(ESTIMATE_ROW_PX);
  const [view, setView] = useState({ first: 0, count: Math.ceil(viewportHeight() / ESTIMATE_ROW_PX) });
  const n = events.length;

  // Which rows the window shows, from where the table's top is and the average row height.
  const update = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const top = body.getBoundingClientRect().top;
    const first = Math.max(0, Math.floor(-top / rowPx));
    const count = Math.ceil(viewportHeight() / rowPx) + 1;
    setView((v) => (v.first === first && v.count === count ? v : { first, count }));
  }, [rowPx]);

  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    update();
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [update, n]);

  const from = Math.min(Math.max(0, view.first - OVERSCAN_ROWS), Math.max(0, n - 1));
  const to = Math.min(n, view.first + view.count + OVERSCAN_ROWS);
  const shown = events.slice(from, to);

  // Rows wrap on narrow screens: measure the drawn ones and size the spacers by their average.
  useLayoutEffect(() => {
    const rows = bodyRef.current?.querySelectorAll<HTMLElement>('tr[data-event-id]');
    if (!rows || rows.length === 0) return;
    const h = rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top;
    const avg = h / rows.length;
    if (avg > 0 && Math.abs(avg - rowPx) > REMEASURE_PX) setRowPx(avg);
  }, [rowPx, from, to, events]);

  // Opening the list shows the selected event's row, as the chart showed its mark: once, with what the list
  // opened on (later selections are made in the list itself, where the row is in view).
  const opening = useRef({ selectedId, events, rowPx, done: false });
  useEffect(() => {
    const o = opening.current;
    if (o.done) return;
    o.done = true;
    const at = o.selectedId ? o.events.findIndex((e) => e.id === o.selectedId) : -1;
    const body = bodyRef.current;
    if (at >= 0 && body && typeof window.scrollTo === 'function') {
      const top = body.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: Math.max(0, top + at * o.rowPx - viewportHeight() / 2) });
      update();
    }
    // A page opened on the list has drawn its events now.
    markFirstDraw();
  }, [update]);

  return (
    <div className="event-list" data-testid="event-list" ref={boxRef}>
      <table aria-rowcount={n + 1}>
        <caption className="sr-only">Events in date order, {n} in all</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Sources</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {from > 0 && <Spacer px={from * rowPx} />}
          {shown.map((e, i) => (
            <Row
              key={e.id}
              rowIndex={from + i + 2}
              event={e}
              index={index}
              query={query}
              selected={e.id === selectedId}
            />
          ))}
          {to < n && <Spacer px={(n - to) * rowPx} />}
        </tbody>
      </table>
      {n === 0 && <p>No events match the filters.</p>}
    </div>
  );
});

function viewportHeight(): number {
  return typeof window === 'undefined' ? 800 : window.innerHeight || 800;
}

/** Stands in for the rows out of view, so the page is as long as the whole list and its scrollbar true. */
function Spacer({ px }: { px: number }) {
  return (
    <tr aria-hidden="true" className="list-spacer" style={{ height: px }}>
      <td colSpan={4} />
    </tr>
  );
}

/**
 * One row, memoised on what it shows: a new selection re-renders the two rows it changes, and a scroll only
 * the rows that come into view.
 */
const Row = memo(function Row({
  rowIndex,
  event: e,
  index,
  query,
  selected,
}: {
  rowIndex: number;
  event: TimelineEvent;
  index: TimelineIndex | null;
  query: string;
  selected: boolean;
}) {
  const api = useChronologyStore();
  const onSelect = () => api.getState().revealEvent(e.id);
  return (
    <tr
      className={selected ? 'is-selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      aria-rowindex={rowIndex}
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
});
