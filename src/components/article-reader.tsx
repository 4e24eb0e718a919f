/**
 * The full text of one article, as text (never HTML), scrolled to and highlighting the sentence being read.
 * Every date mention is highlighted; a placed one links back to its event on the timeline. Page chrome
 * that the build step set aside is collapsed into one line that expands. The header names the headline,
 * outlet, byline, and the publication date with where it came from, in words.
 */
import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { prefersReducedMotion } from '../hooks/use-element-size';
import { toQuery, urlStateOf } from '../store/url';
import { segmentArticle, type Segment } from '../timeline/text';
import { withText, type Article, type Mention } from '../contract';
import { useArticleText } from '../hooks/use-article-text';
import { dateInWords } from '../contract/words';
import { languageName } from './evidence-panel';
import { OpenOriginal, publishedInWords } from './source-meta';

export function ArticleReader() {
  const store = useChronologyStore();
  const reader = useChronology((s) => s.reader);
  const index = useChronology((s) => s.index);
  const focusRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const article = reader ? index?.articleById.get(reader.articleId) : undefined;
  const target = reader?.mentionId ? index?.mentionById.get(reader.mentionId) : undefined;
  // A large timeline keeps texts in shards: the header shows at once, the text when its shard has arrived.
  const loaded = useArticleText(article);
  const text = loaded?.status === 'ready' ? loaded.text : null;
  const segments = useMemo(
    () =>
      article && index && text !== null
        ? segmentArticle(
            withText(article, text),
            // This article's mentions only: all of them are 200,000 on a big corpus.
            index.mentionsByArticle.get(article.id) ?? [],
            target && target.articleId === article.id ? target.sentence : null,
          )
        : [],
    [article, index, target, text],
  );

  useEffect(() => {
    if (!article) return;
    const el = focusRef.current;
    headingRef.current?.focus({ preventScroll: true });
    if (el) scrollToCentre(el, prefersReducedMotion() ? 'auto' : 'smooth');
  }, [article, target, text]);

  if (!reader || !article || !index) return null;
  let focusAssigned = false;
  const groups = groupByExcluded(segments);
  // One closer for the whole text, so blank runs are closed up across pieces too.
  const show = lineBreakCloser();
  const anchor = target?.anchor ? index.mentionById.get(target.anchor) : undefined;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <div className="panel-head">
        <h2 id="reader-title" ref={headingRef} tabIndex={-1}>
          <span className="reader-headline">{article.headline || article.outlet}</span>
          <span className="source-label">{article.outlet}</span>
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
      <ReaderMeta article={article} />
      {target && anchor && <AnchorNote mention={target} anchor={anchor} />}
      {loaded?.status === 'loading' && (
        <p className="reader-loading" role="status">
          Loading the article’s text…
        </p>
      )}
      {loaded?.status === 'error' && (
        <TextError
          shard={loaded.shard}
          error={loaded.error}
          onRetry={() => void store.getState().loadShard(loaded.shard)}
        />
      )}
      <SetAside article={article} groups={groups} />
      <div className="article-text" lang={article.language === 'und' ? undefined : article.language}>
        {groups.map((g, gi) =>
          g.excluded ? (
            // Set aside above, in one line that expands; here only a thin mark where it was.
            <span key={gi} className="excluded-gap" aria-hidden="true" />
          ) : (
            <Fragment key={gi}>
              {g.segments.map((s) =>
                renderSegment(
                  s,
                  store,
                  (el) => {
                    if (s.focus && !focusAssigned) {
                      focusAssigned = true;
                      return (
                        <span key={`f${s.start}`} ref={(n) => void (focusRef.current = n)} className="focus-start">
                          {el}
                        </span>
                      );
                    }
                    return el;
                  },
                  show,
                ),
              )}
            </Fragment>
          ),
        )}
      </div>
      {text !== null && <p className="reader-end">End of the article.</p>}
    </section>
  );
}

/**
 * The text's shard failed (the network, the server, a damaged file): say so, name the shard, and offer to
 * fetch it again (a failed shard is not kept, so "Try again" asks the server once more).
 */
function TextError({ shard, error, onRetry }: { shard: string; error: string; onRetry: () => void }) {
  return (
    <div className="reader-error" role="alert">
      <p>
        The article’s text could not be loaded.{' '}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </p>
      <details>
        <summary>Technical details</summary>
        <p>
          Text shard {shard}: {error}
        </p>
      </details>
    </div>
  );
}

/** Byline, publication date and where it came from in words, language, and the link to the original. */
function ReaderMeta({ article }: { article: Article }) {
  const p = article.published;
  const details = [p?.note, ...article.warnings].filter((x): x is string => !!x);
  return (
    <div className="reader-meta">
      {article.byline && <p className="byline">By {article.byline}</p>}
      <p>
        {publishedInWords(article)}
        {article.language !== 'en' && <> · in {languageName(article.language)}</>}
        {article.modified && <> · updated {modifiedInWords(article.modified)}</>}
      </p>
      <p className="reader-links">
        <OpenOriginal article={article} />
        <span className="file">{article.file}</span>
      </p>
      {details.length > 0 && (
        <details className="reader-notes">
          <summary>
            How this date was found
            {article.warnings.length > 0 &&
              ` · ${article.warnings.length} ${article.warnings.length === 1 ? 'warning' : 'warnings'}`}
          </summary>
          <ul aria-label="Notes from the build step">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** "2026-01-28T09:15:00Z" as "28 January 2026" (the day is what a reader compares with the publication date). */
function modifiedInWords(iso: string): string {
  return dateInWords({ start: iso.slice(0, 10) }, { weekday: false });
}

/** A date counted from another one of the same article ("two days later"): say which. */
function AnchorNote({ mention, anchor }: { mention: Mention; anchor: Mention }) {
  return (
    <p className="anchor-note">
      “{mention.text.trim()}” is counted from “{anchor.text.trim()}”
      {anchor.value ? ` (${dateInWords(anchor.value, { weekday: false })})` : ''}, earlier in the article.
    </p>
  );
}

/**
 * Page chrome the build step set aside (donation appeals, captions, related stories), collapsed into one
 * line that names it; opened, each piece with its reason, as plain text (nothing in it is marked as a date).
 */
function SetAside({ article, groups }: { article: Article; groups: ReturnType<typeof groupByExcluded> }) {
  const pieces = groups.filter((g) => g.excluded);
  if (pieces.length === 0) return null;
  return (
    <details className="set-aside">
      <summary>Page clutter set aside: {reasonsInWords(article.excluded)}</summary>
      <ul>
        {pieces.map((g, i) => (
          <li key={i}>
            <span className="excluded-reason">{g.excluded!.reason}</span>{' '}
            <span className="excluded">{g.segments.map((s) => s.text).join('')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "donation appeal, 2 × photo caption": each kind of clutter once, by the head of its reason (the words
 * before any ":", "," or "("; the full reason is shown beside each piece when opened).
 */
export function reasonsInWords(excluded: readonly { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const x of excluded) {
    const head = x.reason.split(/[:,(]/)[0]!.trim() || x.reason;
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return [...counts.entries()].map(([r, n]) => (n > 1 ? `${n} × ${r}` : r)).join(', ');
}

/** At most one blank line between paragraphs, however many the set-aside clutter left behind. */
const MAX_LINE_BREAKS = 2;

/**
 * Plain text as shown, piece after piece: runs of line breaks left where clutter was taken out (across
 * pieces too) closed up to one blank line, and none before the first word. Display only: offsets and the
 * highlighted sentence are untouched.
 */
function lineBreakCloser(): (text: string) => string {
  let breaks = MAX_LINE_BREAKS; // as if after a paragraph: the text starts at its first word
  return (text) => {
    let out = '';
    for (const ch of text) {
      if (ch === '\n') {
        if (breaks < MAX_LINE_BREAKS) out += ch;
        breaks++;
      } else if (/\s/.test(ch)) {
        if (breaks === 0) out += ch;
      } else {
        out += ch;
        breaks = 0;
      }
    }
    return out;
  };
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
  show: (text: string) => string = (t) => t,
) {
  const cls = s.focus ? 'in-focus' : undefined;
  const m = s.mention;
  // Every piece goes through the closer (a date ends a run of line breaks too); only plain text is changed.
  const shown = show(s.text);
  let el: React.ReactElement;
  if (!m) {
    el = (
      <span key={s.start} className={cls}>
        {shown}
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
