/** The print list's content (see print-list.tsx), in its own chunk: loaded after the first draw, used when printing. */
import { useMemo } from 'react';
import { eventEvidence, indexTimeline } from '../../export/selection';
import { useChronology } from '../../hooks/use-chronology';
import { selectFiltering, selectVisibleEvents } from '../../store/selectors';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../../contract/words';
import { safeWebUrl } from '../source-meta';
// The print stylesheet travels with the list: both are needed only to print.
import '../../styles/print.css';

export function PrintContent() {
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
        {filtering ? ` of ${total} (filtered)` : ''}, from {timeline.articles.filter((a) => !a.duplicateOf).length}{' '}
        articles. Printed from {typeof window !== 'undefined' ? window.location.href : ''}
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
                  {index.articles.get(ev.articleId)?.headline ? (
                    <span className="print-article"> ({index.articles.get(ev.articleId)!.headline})</span>
                  ) : null}
                  :{' '}
                  <q>
                    {ev.segments.map((seg, i) =>
                      seg.mention ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>,
                    )}
                  </q>
                  {/* On paper a link cannot be followed: its address is printed instead. */}
                  {safeWebUrl(index.articles.get(ev.articleId)?.url) && (
                    <span className="print-url"> {safeWebUrl(index.articles.get(ev.articleId)?.url)}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
