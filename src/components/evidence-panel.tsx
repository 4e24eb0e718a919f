/**
 * What backs the selected event: its title, its date in words with its precision, its flags in plain
 * words, why it ranks where it does, who says which date when the sources disagree, and each source's
 * sentence with the date expression highlighted, the source named by outlet, headline and date.
 */
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { prefersReducedMotion } from '../hooks/use-element-size';
import {
  valuesOverlap,
  valueWithin,
  type Article,
  type DateValue,
  type Mention,
  type TimelineEvent,
} from '../contract';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectSelectedEvent } from '../store/selectors';
import type { TimelineIndex } from '../store/indexes';
import { splitSentence } from '../timeline/text';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../contract/words';
import { mentionSentence } from '../contract/texts';
import { OpenOriginal, publishedShort } from './source-meta';
import { KeyEvents } from './key-events';
import { Highlight } from './highlight';

/** How far above the bottom of the window the panel's top must be to count as seen (px). */
const SEEN_MARGIN = 60;

/** Memoised: it re-renders when the selection or the data change, not whenever the page does. */
export const EvidencePanel = memo(function EvidencePanel({ compact = false }: { compact?: boolean }) {
  const event = useChronology(selectSelectedEvent);
  const index = useChronology((s) => s.index);
  const sectionRef = useRef<HTMLElement>(null);
  useBringIntoView(sectionRef, event);
  if (!event || !index) return <EvidenceEmpty keyEvents={!compact} />;
  return <EventEvidence event={event} index={index} compact={compact} sectionRef={sectionRef} />;
});

/** Before a selection: a short hint and, on the full page, the most important events a click away. */
export function EvidenceEmpty({ keyEvents = false }: { keyEvents?: boolean }) {
  return (
    <section className="evidence is-empty" aria-label="Evidence">
      <p className="evidence-hint">Select an event to see which sources date it and read each sentence.</p>
      {keyEvents && <KeyEvents />}
    </section>
  );
}

/**
 * On a phone the panel is below the chart: after a new selection, bring its top into sight if it is off
 * screen (not on the first render, so a shared link still opens on the chart). Where the panel is comes
 * from an IntersectionObserver, after the browser has laid the page out: asking for it at once
 * (getBoundingClientRect) made the browser lay out the whole new chart a second time, 60 ms at 40,000 events.
 */
function useBringIntoView(ref: React.RefObject<HTMLElement | null>, event: TimelineEvent | null) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = ref.current;
    if (!el || !event) return;
    return whenBelowWindow(el, () => {
      if (typeof el.scrollIntoView === 'function')
        el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    });
  }, [ref, event]);
}

/** Call `then` once if the element's top is below the window (less SEEN_MARGIN); returns a cancel. */
function whenBelowWindow(el: HTMLElement, then: () => void): () => void {
  const below = (top: number) => top > window.innerHeight - SEEN_MARGIN;
  if (typeof IntersectionObserver === 'undefined') {
    if (below(el.getBoundingClientRect().top)) then();
    return () => {};
  }
  const io = new IntersectionObserver((entries) => {
    io.disconnect();
    const e = entries[entries.length - 1];
    if (e && below(e.boundingClientRect.top)) then();
  });
  io.observe(el);
  return () => io.disconnect();
}

interface Item {
  mention: Mention;
  article: Article;
  relation: Relation;
  cardId: string;
}

function EventEvidence({
  event,
  index,
  compact,
  sectionRef,
}: {
  event: TimelineEvent;
  index: TimelineIndex;
  compact: boolean;
  sectionRef: React.RefObject<HTMLElement | null>;
}) {
  const store = useChronologyStore();
  const idBase = useId();
  const items = useMemo(() => evidenceItems(event, index, idBase), [event, index, idBase]);
  return (
    <section className="evidence" aria-labelledby="evidence-title" ref={sectionRef}>
      <div className="panel-head">
        <h2 id="evidence-title" tabIndex={-1}>
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
      <WhoSaysWhat event={event} items={items} />
      {event.why && (
        <p className="event-why">
          <span className="why-label">Why it ranks #{event.rank}:</span> {event.why}
        </p>
      )}
      <ol className="sources" aria-label="Evidence from the sources">
        {items.map((it) => (
          <SourceCard key={it.mention.id} item={it} event={event} compact={compact} />
        ))}
      </ol>
    </section>
  );
}

/** The selected event's sources, by mention: one card each. */
function evidenceItems(event: TimelineEvent, index: TimelineIndex, idBase: string): Item[] {
  const items: Item[] = [];
  event.mentionIds.forEach((id, i) => {
    const mention = index.mentionById.get(id);
    const article = mention && index.articleById.get(mention.articleId);
    if (mention && article)
      items.push({ mention, article, relation: relationOf(mention, event.date), cardId: `${idBase}-src-${i}` });
  });
  return items;
}

/** How one source's date stands to the event's: within it, coarser, overlapping, or another date. */
type Relation = 'within' | 'coarser' | 'overlaps' | 'differs';

function relationOf(m: Mention, date: DateValue): Relation {
  if (m.value === null || valueWithin(m.value, date)) return 'within';
  if (valueWithin(date, m.value)) return 'coarser';
  return valuesOverlap(m.value, date) ? 'overlaps' : 'differs';
}

interface DateGroup {
  words: string;
  articles: Set<string>;
  cardId: string;
}

/**
 * Who says which date, when the sources do not all agree: "4 sources: 6–22 February 2026 · 1 source:
 * December 2026", each part a link to the first card that says it. A source whose date fits the event's
 * (the same, within it, or only vaguer) counts for the event's date; each other date has its own part.
 */
export function dateGroups(event: TimelineEvent, items: readonly Item[]): DateGroup[] {
  const groups = new Map<string, DateGroup>();
  for (const it of items) {
    const words =
      it.relation === 'differs' && it.mention.value ? dateInWords(it.mention.value) : dateInWords(event.date);
    const g = groups.get(words) ?? { words, articles: new Set<string>(), cardId: it.cardId };
    g.articles.add(it.article.id);
    groups.set(words, g);
  }
  return [...groups.values()].sort((a, b) => b.articles.size - a.articles.size);
}

function WhoSaysWhat({ event, items }: { event: TimelineEvent; items: readonly Item[] }) {
  const groups = dateGroups(event, items);
  if (groups.length < 2) return null;
  return (
    <p className="who-says" data-testid="who-says">
      {groups.map((g, i) => (
        <span key={g.words}>
          {i > 0 && ' · '}
          <a href={`#${g.cardId}`} onClick={(e) => jumpTo(e, g.cardId)}>
            {sourcesInWords(g.articles.size)}: {g.words}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Scroll the card into view inside whatever scrolls, and put focus on it, without changing the URL. */
function jumpTo(e: React.MouseEvent, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}

function SourceCard({ item, event, compact }: { item: Item; event: TimelineEvent; compact: boolean }) {
  const store = useChronologyStore();
  const query = useChronology((s) => s.query);
  const { mention: m, article, relation } = item;
  // The sentence from the inline text or, for a sharded article, the mention's quote: no shard is fetched here.
  const quote = mentionSentence(article, m) ?? '';
  const at = m.sentence.start;
  const [before, expr, after] = splitSentence(
    { text: quote },
    { start: 0, end: quote.length },
    { start: m.start - at, end: m.end - at },
  );
  const date = publishedShort(article);
  // Pointing at "Read in article" starts fetching the text's shard, so the reader often opens on the text.
  const prefetch = () => {
    if (article.text === undefined && article.textShard) void store.getState().loadShard(article.textShard);
  };
  return (
    <li id={item.cardId} tabIndex={-1} className={`source${relation === 'differs' ? ' is-conflict' : ''}`}>
      <p className="source-name">
        <span className="source-label">{article.outlet}</span>
        {date && <span className="source-date"> · {date}</span>}
        {article.language !== 'en' && <span className="lang"> ({languageName(article.language)})</span>}
      </p>
      {!compact && article.headline && <p className="source-title">{article.headline}</p>}
      <blockquote lang={article.language === 'und' ? undefined : article.language}>
        <Highlight text={before} query={query} />
        <mark className="date-expr">{expr}</mark>
        <Highlight text={after} query={query} />
      </blockquote>
      <MentionNote mention={m} relation={relation} event={event} />
      <p className="source-actions">
        <button
          type="button"
          className="read"
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => {
            store.getState().openReader({ articleId: article.id, mentionId: m.id });
            store.getState().announce(`Reading ${article.outlet}`);
          }}
        >
          Read in article<span className="sr-only">: {article.outlet}</span>
        </button>
        <OpenOriginal article={article} />
      </p>
    </li>
  );
}

/**
 * One plain sentence on how this source's date stands to the event's. The build step's own note is shown
 * only where the page has nothing to say itself (it repeats the same fact in other words otherwise).
 */
function MentionNote({ mention: m, relation, event }: { mention: Mention; relation: Relation; event: TimelineEvent }) {
  if (relation === 'within' || !m.value) {
    return m.note ? <p className="mention-note">{m.note}</p> : null;
  }
  const says = dateInWords(m.value);
  return (
    <p className={`mention-note${relation === 'differs' ? ' is-conflict' : ''}`}>
      {relation === 'coarser' && `This source is less precise: ${says}.`}
      {relation === 'overlaps' && `This source says ${says}.`}
      {relation === 'differs' && `This source says ${says}, not ${dateInWords(event.date)}.`}
    </p>
  );
}

export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
