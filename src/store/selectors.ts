/**
 * Derived state, memoised on the inputs it reads so components re-render only when those change.
 */
import type { TimelineEvent } from '../contract';
import { foldForSearch } from '../timeline/text';
import type { ChronologyState, FlagFilter } from './store';
import type { TimelineIndex } from './indexes';

/** The words of a search, folded as the haystacks are ("Renée  Good" → ["renee", "good"]). */
export function searchWords(query: string): string[] {
  return foldForSearch(query.trim()).split(/\s+/).filter(Boolean);
}

export function eventPasses(
  e: TimelineEvent,
  hidden: ReadonlySet<string>,
  words: readonly string[],
  flag: FlagFilter,
  haystack: (e: TimelineEvent) => string,
): boolean {
  if (hidden.size > 0 && !e.articleIds.some((a) => !hidden.has(a))) return false;
  if (flag === 'any' ? e.flags.length === 0 : flag !== 'all' && !e.flags.includes(flag)) return false;
  if (words.length > 0) {
    const hay = haystack(e);
    // Every word must appear somewhere in the title or the evidence.
    for (const w of words) if (!hay.includes(w)) return false;
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
  words: string[];
  flag: FlagFilter;
  out: TimelineEvent[];
}
const visibleMemo = new WeakMap<TimelineIndex, VisibleMemo[]>();
const NO_EVENTS: TimelineEvent[] = [];
/**
 * Results kept per timeline, newest first: enough for a word typed and deleted again, or a few filters
 * tried in turn, to come back at once; few enough that on 40,000 events they stay small (arrays of events).
 */
const VISIBLE_MEMO_SIZE = 12;

/**
 * True when every event that matches `next` also matched `prev`: each old word is inside some new word
 * (typing on: "sec" → "secu", or adding a word). Then only the previous result needs searching.
 */
function narrows(prev: readonly string[], next: readonly string[]): boolean {
  return prev.every((p) => next.some((n) => n.includes(p)));
}

/**
 * Events that pass the filters, in date order. A result seen lately (same filters, same query) is given
 * back as it was; otherwise the smallest kept result the new query narrows (typing on) is searched, so
 * each keystroke gets cheaper on a big timeline instead of rescanning every event.
 */
export function selectVisibleEvents(s: ChronologyState): TimelineEvent[] {
  const ix = s.index;
  if (!ix) return NO_EVENTS;
  const memos = visibleMemo.get(ix) ?? [];
  const same = (m: VisibleMemo) => m.hidden === s.hiddenSources && m.flag === s.flag;
  const hit = memos.find((m) => same(m) && m.query === s.query);
  if (hit) {
    if (memos[0] !== hit) visibleMemo.set(ix, [hit, ...memos.filter((m) => m !== hit)]);
    return hit.out;
  }
  const words = searchWords(s.query);
  let from = ix.events;
  for (const m of memos) if (same(m) && narrows(m.words, words) && m.out.length < from.length) from = m.out;
  const hidden = new Set(s.hiddenSources);
  const text = words.length > 0 ? ix.searchText() : null;
  const haystack = (e: TimelineEvent) => text?.get(e.id) ?? '';
  const out = from.filter((e) => eventPasses(e, hidden, words, s.flag, haystack));
  const memo = { hidden: s.hiddenSources, query: s.query, words, flag: s.flag, out };
  visibleMemo.set(ix, [memo, ...memos].slice(0, VISIBLE_MEMO_SIZE));
  return out;
}

/** Sources the source filter keeps, memoised on the hidden list (lanes per source are drawn from them). */
const shownSourcesMemo = new WeakMap<TimelineIndex, { hidden: string[]; out: SourceRow[] }>();

export function selectShownSources(s: ChronologyState): SourceRow[] {
  const all = selectSources(s);
  const ix = s.index;
  if (!ix || s.hiddenSources.length === 0) return all;
  const memo = shownSourcesMemo.get(ix);
  if (memo && memo.hidden === s.hiddenSources) return memo.out;
  const off = new Set(s.hiddenSources);
  const out = all.filter((x) => !off.has(x.id));
  shownSourcesMemo.set(ix, { hidden: s.hiddenSources, out });
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
