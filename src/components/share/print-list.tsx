/**
 * What a printout shows instead of the chart: every event that passes the filters, in date order, with
 * its date in words, title, flags in words, and each source's sentence with the date expression marked.
 * Hidden on screen; its content is rendered only while printing (see usePrinting).
 */
import { useMemo } from 'react';
import { eventEvidence, indexTimeline } from '../../export/selection';
import { useChronology } from '../../hooks/use-chronology';
import { usePrinting } from '../../hooks/use-printing';
import { selectFiltering, selectVisibleEvents } from '../../store/selectors';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../../timeline/words';
import '../../styles/print.css';

export function PrintList({ printing: forced }: { printing?: boolean }) {
  const printing = usePrinting();
  return <section className="print-list" aria-label="Events for printing">{(forced ?? printing) && <PrintContent />}</section>;
}

function PrintContent() {
  const timeline = useChronology((s) => s.timeline);
  const events = useChronology(selectVisibleEvents);
  const total = useChronology((s) => s.index?.events.length ?? 0);
  const filtering = useChronology(selectFiltering);
  const index = useMemo(() => (timeline ? indexTimeline(timeline) : null), [timeline]);
  if (!timeline || !index) return null;
  return (
    <>
      <h2>All events in date order</h2>
      <p className="print-scope">
        {events.length} {events.length === 1 ? 'event' : 'events'}
        {filtering ? ` of ${total} (filtered)` : ''}, from {timeline.articles.filter((a) => !a.duplicateOf).length} articles. Printed from{' '}
        {typeof window !== 'undefined' ? window.location.href : ''}
      </p>
      <ol className="print-events">
        {events.map((e) => (
          <li key={e.id} className="print-event">
            <h3>
              <span className="print-date">{dateInWords(e.date)}</span> {e.title}
            </h3>
            <p className="print-meta">
              {sourcesInWords(e.sourceCount)}
              {e.flags.map((f) => (
                <span key={f}> · {FLAG_WORDS[f].long}</span>
              ))}
            </p>
            <ul className="print-evidence">
              {eventEvidence(e, index).map((ev) => (
                <li key={`${ev.articleId}:${ev.mentionIds.join(',')}`}>
                  <strong>{ev.source}</strong>
                  {index.articles.get(ev.articleId)?.title ? <span className="print-article"> ({index.articles.get(ev.articleId)!.title})</span> : null}:{' '}
                  <q>
                    {ev.segments.map((seg, i) => (seg.mention ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
                  </q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
