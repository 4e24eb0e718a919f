/**
 * Lookups built once when a timeline loads: by id, date order, and a search string per event.
 */
import {
  compareValues,
  timelineLookups,
  type Article,
  type Mention,
  type Timeline,
  type TimelineEvent,
} from '../contract';
import { fullExtent, openingView, zoomLimits, type Domain, type ZoomLimits } from '../timeline/extent';
import { foldForSearch } from '../timeline/text';

export interface TimelineIndex {
  /** Events in date order (ties keep file order). */
  events: TimelineEvent[];
  eventById: Map<string, TimelineEvent>;
  articleById: Map<string, Article>;
  mentionById: Map<string, Mention>;
  /** Each article's mentions, in file order: the reader draws one article without scanning them all. */
  mentionsByArticle: Map<string, Mention[]>;
  /** Folded title and evidence sentences of each event, for free-text search (built on first search). */
  searchText: () => Map<string, string>;
  /** Build some more of the search text, for about `budgetMs`; true once it is all built. */
  prepareSearch: (budgetMs: number) => boolean;
  full: Domain | null;
  opening: Domain | null;
  limits: ZoomLimits;
}

/** Events whose search text is built between two looks at the clock (each takes a few microseconds). */
const SEARCH_SLICE = 200;

export function indexTimeline(t: Timeline): TimelineIndex {
  const events = t.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareValues(a.e.date, b.e.date) || a.i - b.i)
    .map((x) => x.e);
  // The maps validateTimeline built for this timeline, when it checked it (else built here).
  const { articleById, mentionById } = timelineLookups(t);
  const mentionsByArticle = new Map<string, Mention[]>();
  for (const m of t.mentions) {
    const list = mentionsByArticle.get(m.articleId);
    if (list) list.push(m);
    else mentionsByArticle.set(m.articleId, [m]);
  }
  // Built lazily: most visits never search, and on a big corpus it costs as much as the first draw.
  // prepareSearch builds it a slice at a time in idle moments; searchText finishes whatever is left.
  const searchCache = new Map<string, string>();
  let built = 0;
  const addNext = () => {
    const e = events[built++]!;
    const parts = [e.title];
    for (const id of e.mentionIds) {
      const m = mentionById.get(id);
      const a = m && articleById.get(m.articleId);
      // A sharded article's text is not in the index; its mentions carry their sentence (`quote`).
      const said = m?.quote ?? (a?.text !== undefined && m ? a.text.slice(m.sentence.start, m.sentence.end) : null);
      if (said !== null) parts.push(said);
    }
    searchCache.set(e.id, foldForSearch(parts.join('\n')));
  };
  const searchText = () => {
    while (built < events.length) addNext();
    return searchCache;
  };
  const prepareSearch = (budgetMs: number) => {
    const until = performance.now() + budgetMs;
    // At least one slice each call, so it always gets on; the clock is read once per slice, not per event.
    do {
      const end = Math.min(events.length, built + SEARCH_SLICE);
      while (built < end) addNext();
    } while (built < events.length && performance.now() < until);
    return built === events.length;
  };
  const full = fullExtent(events);
  const opening = openingView(events);
  return {
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    articleById,
    mentionById,
    mentionsByArticle,
    searchText,
    prepareSearch,
    full,
    opening,
    limits: zoomLimits(full, opening),
  };
}
