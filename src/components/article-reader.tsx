/**
 * The full text of one article, as text (never HTML), scrolled to and highlighting the sentence being read.
 * Every date mention is highlighted; a placed one links back to its event on the timeline. Page chrome
 * that the build step excluded is shown muted, with the reason.
 */
import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { prefersReducedMotion } from '../hooks/use-element-size';
import { toQuery, urlStateOf } from '../store/url';
import { segmentArticle, type Segment } from '../timeline/text';
import type { PublishedBasis } from '../contract';
import { dateInWords } from '../contract/words';
import { languageName } from './evidence-panel';

export function ArticleReader() {
  const store = useChronologyStore();
  const reader = useChronology((s) => s.reader);
  const index = useChronology((s) => s.index);
  const timeline = useChronology((s) => s.timeline);
  const focusRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const article = reader ? index?.articleById.get(reader.articleId) : undefined;
  const target = reader?.mentionId ? index?.mentionById.get(reader.mentionId) : undefined;
  const segments = useMemo(
    () =>
      article && timeline
        ? segmentArticle(article, timeline.mentions, target && target.articleId === article.id ? target.sentence : null)
        : [],
    [article, timeline, target],
  );

  useEffect(() => {
    if (!article) return;
    const el = focusRef.current;
    headingRef.current?.focus({ preventScroll: true });
    if (el) scrollToCentre(el, prefersReducedMotion() ? 'auto' : 'smooth');
  }, [article, target]);

  if (!reader || !article || !index) return null;
  let focusAssigned = false;
  const published = article.published;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <div className="panel-head">
        <h2 id="reader-title" ref={headingRef} tabIndex={-1}>
          <span className="source-label">{article.outlet}</span>
          {article.headline && <span className="reader-article-title">{article.headline}</span>}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => {
            store.getState().closeReader();
            requestAnimationFrame(() => document.getElementById('evidence-title')?.focus());
          }}
          aria-label="Close article"
        >
          ×
        </button>
      </div>
      <p className="reader-meta">
        {published ? (
          <>
            Published {dateInWords({ start: published.date })} ({basisWords(published.basis)})
            {published.note ? `: ${published.note}` : ''}
          </>
        ) : (
          'Publication date unknown'
        )}
        {article.language !== 'en' && <> · in {languageName(article.language)}</>} ·{' '}
        <span className="file">{article.file}</span>
      </p>
      {article.warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings about this article">
          {article.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="article-text" lang={article.language === 'und' ? undefined : article.language}>
        {groupByExcluded(segments).map((g, gi) =>
          g.excluded ? (
            <span key={gi} className="excluded">
              <span className="excluded-reason">Not part of the article ({g.excluded.reason}): </span>
              {g.segments.map((s) => renderSegment(s, store, (el) => el))}
            </span>
          ) : (
            <Fragment key={gi}>
              {g.segments.map((s) =>
                renderSegment(s, store, (el) => {
                  if (s.focus && !focusAssigned) {
                    focusAssigned = true;
                    return (
                      <span key={`f${s.start}`} ref={(n) => void (focusRef.current = n)} className="focus-start">
                        {el}
                      </span>
                    );
                  }
                  return el;
                }),
              )}
            </Fragment>
          ),
        )}
      </div>
      <p className="reader-end">End of the article.</p>
    </section>
  );
}

/**
 * Bring the sentence to the middle of whatever scrolls: the side panel when it has its own scrollbar
 * (wide screens), else the page. Scrolling only the panel keeps the timeline where the reader left it.
 */
function scrollToCentre(el: HTMLElement, behavior: ScrollBehavior) {
  let box: HTMLElement | null = el.parentElement;
  while (box && box !== document.body) {
    const oy = getComputedStyle(box).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && box.scrollHeight > box.clientHeight) break;
    box = box.parentElement;
  }
  if (box && box !== document.body && typeof box.scrollTo === 'function') {
    const r = el.getBoundingClientRect();
    const boxTop = box.getBoundingClientRect().top;
    const target = Math.max(
      0,
      Math.min(box.scrollHeight - box.clientHeight, r.top - boxTop + box.scrollTop - box.clientHeight / 2),
    );
    box.scrollTo({ top: target, behavior });
    // Where the sentence will be once the panel has scrolled; if the panel runs past the window there,
    // scroll the page just enough to show it.
    const top = r.top - (target - box.scrollTop);
    const bottom = top + r.height;
    if (bottom > window.innerHeight || top < 0)
      window.scrollBy({ top: bottom > window.innerHeight ? bottom - window.innerHeight + 24 : top - 24, behavior });
  } else if (typeof el.scrollIntoView === 'function') {
    el.scrollIntoView({ block: 'center', behavior });
  }
}

function basisWords(b: PublishedBasis): string {
  return BASIS_WORDS[b];
}

/** Where a publication date came from, in reader words. */
const BASIS_WORDS: Record<PublishedBasis, string> = {
  metadata: 'from the date line at the top of the file',
  'front-matter': 'from the header of the file',
  manifest: 'from the corpus manifest',
  record: 'from the export record',
  'json-ld': "from the page's structured data",
  meta: "from the page's metadata",
  time: 'from the date shown by the headline',
  url: 'from the date in the web address',
  path: 'from the folder name',
  text: 'from the "Published" line',
  dateline: 'from the dateline',
  inferred: 'estimated',
};

function groupByExcluded(segments: Segment[]) {
  const out: { excluded: Segment['excluded']; segments: Segment[] }[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.excluded === s.excluded) last.segments.push(s);
    else out.push({ excluded: s.excluded, segments: [s] });
  }
  return out;
}

function renderSegment(
  s: Segment,
  store: ReturnType<typeof useChronologyStore>,
  wrap: (el: React.ReactElement) => React.ReactElement,
) {
  const cls = s.focus ? 'in-focus' : undefined;
  const m = s.mention;
  let el: React.ReactElement;
  if (!m) {
    el = (
      <span key={s.start} className={cls}>
        {s.text}
      </span>
    );
  } else if (m.eventId) {
    const e = store.getState().index?.eventById.get(m.eventId);
    const eventId = m.eventId;
    el = (
      <a
        key={s.start}
        href={`?${toQuery({ ...urlStateOf(store.getState()), selectedId: eventId, reader: null })}`}
        className={`date-mention${cls ? ` ${cls}` : ''}`}
        title={e ? `${dateInWords(e.date)}: ${e.title}` : undefined}
        onClick={(ev) => {
          if (ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
          ev.preventDefault();
          const st = store.getState();
          // Back to the timeline, with the event selected and in view.
          st.revealEvent(eventId);
          st.closeReader();
        }}
      >
        {s.text}
        <span className="sr-only"> (event: {e ? e.title : eventId})</span>
      </a>
    );
  } else {
    el = (
      <mark key={s.start} className={`date-mention is-unplaced${cls ? ` ${cls}` : ''}`} title={m.note}>
        {s.text}
        {m.note && <span className="sr-only"> (not on the timeline: {m.note})</span>}
      </mark>
    );
  }
  return wrap(el);
}
