/**
 * Derived state, memoised on the inputs it reads so components re-render only when those change.
 */
import type { TimelineEvent } from '../contract';
import { foldForSearch } from '../timeline/text';
import type { ChronologyState, FlagFilter } from './store';
import type { TimelineIndex } from './indexes';

export function eventPasses(
  e: TimelineEvent,
  hidden: ReadonlySet<string>,
  query: string,
  flag: FlagFilter,
  searchText: () => ReadonlyMap<string, string>,
): boolean {
  if (hidden.size > 0 && !e.articleIds.some((a) => !hidden.has(a))) return false;
  if (flag === 'any' ? e.flags.length === 0 : flag !== 'all' && !e.flags.includes(flag)) return false;
  if (query) {
    const hay = searchText().get(e.id) ?? '';
    // Every word must appear somewhere in the title or the evidence.
    for (const w of query.split(/\s+/)) if (w && !hay.includes(w)) return false;
  }
  return true;
}

/**
 * Caches live beside the loaded data they were computed from (a new timeline is a new index object), so
 * two stores on one page (two embeds, tests) never hand each other their results.
 */
interface VisibleMemo {
  hidden: string[];
  query: string;
  flag: FlagFilter;
  out: TimelineEvent[];
}
const visibleMemo = new WeakMap<TimelineIndex, VisibleMemo>();
const NO_EVENTS: TimelineEvent[] = [];

/** Events that pass the filters, in date order. */
export function selectVisibleEvents(s: ChronologyState): TimelineEvent[] {
  const ix = s.index;
  if (!ix) return NO_EVENTS;
  const memo = visibleMemo.get(ix);
  if (memo && memo.hidden === s.hiddenSources && memo.query === s.query && memo.flag === s.flag) return memo.out;
  const q = foldForSearch(s.query.trim());
  const hidden = new Set(s.hiddenSources);
  const out = ix.events.filter((e) => eventPasses(e, hidden, q, s.flag, ix.searchText));
  visibleMemo.set(ix, { hidden: s.hiddenSources, query: s.query, flag: s.flag, out });
  return out;
}

/** True when any filter is active. */
export const selectFiltering = (s: ChronologyState) =>
  s.hiddenSources.length > 0 || s.query.trim() !== '' || s.flag !== 'all';

export const selectSelectedEvent = (s: ChronologyState) =>
  s.selectedId ? (s.index?.eventById.get(s.selectedId) ?? null) : null;

/** A source as the filters and lanes show it. */
export interface SourceRow {
  id: string;
  source: string;
  title: string;
  language: string;
}
const sourcesMemo = new WeakMap<TimelineIndex, SourceRow[]>();
const NO_SOURCES: SourceRow[] = [];

/** Sources (articles) in corpus order, duplicates left out: they back no events. */
export function selectSources(s: ChronologyState): SourceRow[] {
  const ix = s.index;
  if (!ix || !s.timeline) return NO_SOURCES;
  let out = sourcesMemo.get(ix);
  if (!out) {
    out = s.timeline.articles
      .filter((a) => !a.duplicateOf)
      .map((a) => ({ id: a.id, source: a.outlet, title: a.headline, language: a.language }));
    sourcesMemo.set(ix, out);
  }
  return out;
}
