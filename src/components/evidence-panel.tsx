/**
 * What backs the selected event: its title, its date in words with its precision, its flags in plain
 * words, and each source's sentence with the date expression highlighted and the source named.
 */
import { useEffect, useRef } from 'react';
import { prefersReducedMotion } from '../hooks/use-element-size';
import { valuesOverlap, valueWithin, type Mention } from '../contract';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectSelectedEvent } from '../store/selectors';
import { splitSentence } from '../timeline/text';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../contract/words';

export function EvidencePanel({ compact = false }: { compact?: boolean }) {
  const store = useChronologyStore();
  const event = useChronology(selectSelectedEvent);
  const index = useChronology((s) => s.index);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a phone the panel is below the chart: after a new selection, bring its top into sight if it is
  // off screen (not on the first render, so a shared link still opens on the chart).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = sectionRef.current;
    if (!el || !event) return;
    if (el.getBoundingClientRect().top > window.innerHeight - 60 && typeof el.scrollIntoView === 'function') {
      el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }, [event]);
  if (!event || !index) {
    return (
      <section className="evidence is-empty" aria-label="Evidence">
        <p>Select an event on the timeline to see which sources date it, and read the sentence in each article.</p>
      </section>
    );
  }
  const mentions = event.mentionIds.map((id) => index.mentionById.get(id)).filter((m): m is Mention => !!m);
  return (
    <section className="evidence" aria-labelledby="evidence-title" ref={sectionRef}>
      <div className="panel-head">
        <h2 id="evidence-title" ref={headingRef} tabIndex={-1}>
          {event.title}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => store.getState().select(null)}
          aria-label="Close evidence"
        >
          ×
        </button>
      </div>
      <p className="event-date">
        <strong>{dateInWords(event.date)}</strong> · {sourcesInWords(event.sourceCount)}
      </p>
      {event.flags.length > 0 && (
        <ul className="flags" aria-label="About this date">
          {event.flags.map((f) => (
            <li key={f} className={`flag flag-${f}`}>
              {FLAG_WORDS[f].long}
            </li>
          ))}
        </ul>
      )}
      <ol className="sources" aria-label="Evidence from the sources">
        {mentions.map((m) => {
          const article = index.articleById.get(m.articleId);
          if (!article) return null;
          const [before, expr, after] = splitSentence(article, m.sentence, m);
          const relation =
            m.value === null || valueWithin(m.value, event.date)
              ? null
              : valueWithin(event.date, m.value)
                ? 'coarser'
                : valuesOverlap(m.value, event.date)
                  ? 'overlaps'
                  : 'differs';
          return (
            <li key={m.id} className="source">
              <p className="source-name">
                <span className="source-label">{article.outlet}</span>
                {!compact && article.headline && <span className="source-title"> — {article.headline}</span>}
                {article.language !== 'en' && <span className="lang"> ({languageName(article.language)})</span>}
              </p>
              <blockquote lang={article.language === 'und' ? undefined : article.language}>
                {before}
                <mark className="date-expr">{expr}</mark>
                {after}
              </blockquote>
              {(relation || m.note) && (
                <p className={`mention-note${relation === 'differs' ? ' is-conflict' : ''}`}>
                  {relation === 'coarser' && <>This source is less precise: {dateInWords(m.value!)}. </>}
                  {relation === 'overlaps' && <>This source says {dateInWords(m.value!)}. </>}
                  {relation === 'differs' && <>This source gives another date: {dateInWords(m.value!)}. </>}
                  {m.note}
                </p>
              )}
              <button
                type="button"
                className="read"
                onClick={() => {
                  store.getState().openReader({ articleId: article.id, mentionId: m.id });
                  store.getState().announce(`Reading ${article.outlet}`);
                }}
              >
                Read in article<span className="sr-only">: {article.outlet}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
