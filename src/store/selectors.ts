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

let memo: {
  index: TimelineIndex | null;
  hidden: string[];
  query: string;
  flag: FlagFilter;
  out: TimelineEvent[];
} | null = null;

/** Events that pass the filters, in date order. */
export function selectVisibleEvents(s: ChronologyState): TimelineEvent[] {
  if (
    memo &&
    memo.index === s.index &&
    memo.hidden === s.hiddenSources &&
    memo.query === s.query &&
    memo.flag === s.flag
  )
    return memo.out;
  const ix = s.index;
  const q = foldForSearch(s.query.trim());
  const hidden = new Set(s.hiddenSources);
  const out = ix ? ix.events.filter((e) => eventPasses(e, hidden, q, s.flag, ix.searchText)) : [];
  memo = { index: s.index, hidden: s.hiddenSources, query: s.query, flag: s.flag, out };
  return out;
}

/** True when any filter is active. */
export const selectFiltering = (s: ChronologyState) =>
  s.hiddenSources.length > 0 || s.query.trim() !== '' || s.flag !== 'all';

export const selectSelectedEvent = (s: ChronologyState) =>
  s.selectedId ? (s.index?.eventById.get(s.selectedId) ?? null) : null;

/** Sources (articles) in corpus order, duplicates left out: they back no events. */
let srcMemo: {
  index: TimelineIndex | null;
  out: { id: string; source: string; title: string; language: string }[];
} | null = null;
export function selectSources(s: ChronologyState) {
  if (srcMemo && srcMemo.index === s.index) return srcMemo.out;
  const out = (s.timeline?.articles ?? [])
    .filter((a) => !a.duplicateOf)
    .map((a) => ({ id: a.id, source: a.outlet, title: a.headline, language: a.language }));
  srcMemo = { index: s.index, out };
  return out;
}
