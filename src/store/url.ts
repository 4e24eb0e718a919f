/**
 * The view in the query string, so a copied link, a reload or a link inside an iframe restores it:
 *
 *   from, to   visible range (YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ when not on a day boundary)
 *   event      selected event id
 *   read       article open in the reader; `at` the mention whose sentence is highlighted
 *   hide       comma-separated source (article) ids hidden by the filter
 *   q          free-text search
 *   flag       any | conflict | approximate | inferred-date
 *   lanes      source (one lane per source; combined is the default)
 *   view       list (the list view instead of the chart)
 *
 * Unknown or malformed parameters are ignored, never an error: links outlive versions.
 */
import { isEventFlag } from '../contract/page-checks';
import type { Domain } from '../timeline/extent';
import type { ChronologyState, FlagFilter, ReaderTarget } from './store';
import type { LaneMode } from '../timeline/layout';

export interface UrlState {
  domain: Domain | null;
  selectedId: string | null;
  reader: ReaderTarget | null;
  hiddenSources: string[];
  query: string;
  flag: FlagFilter;
  laneMode: LaneMode;
  listView: boolean;
}

export function urlStateOf(s: Pick<ChronologyState, keyof UrlState>): UrlState {
  return {
    domain: s.domain,
    selectedId: s.selectedId,
    reader: s.reader,
    hiddenSources: s.hiddenSources,
    query: s.query,
    flag: s.flag,
    laneMode: s.laneMode,
    listView: s.listView,
  };
}

/**
 * Not view state, and only in embed URLs: the title the course page gave the frame, shown in its bar.
 * Kept as it is when the embed rewrites its URL.
 */
export const EMBED_TITLE_PARAM = 'title';

const MINUTE = 60_000;

/** An instant as short as it can be written without losing more than a minute. */
export function formatInstant(ms: number): string {
  const rounded = Math.round(ms / MINUTE) * MINUTE;
  const iso = new Date(rounded).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

export function parseInstant(s: string | null): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z?)?$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Number.isFinite(t) ? t : null;
}

/** The query string for a view (without the leading "?"); defaults are left out to keep links short. */
export function toQuery(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.domain) {
    p.set('from', formatInstant(s.domain[0]));
    p.set('to', formatInstant(s.domain[1]));
  }
  if (s.selectedId) p.set('event', s.selectedId);
  if (s.reader) {
    p.set('read', s.reader.articleId);
    if (s.reader.mentionId) p.set('at', s.reader.mentionId);
  }
  if (s.hiddenSources.length) p.set('hide', s.hiddenSources.join(','));
  if (s.query.trim()) p.set('q', s.query);
  if (s.flag !== 'all') p.set('flag', s.flag);
  if (s.laneMode !== 'combined') p.set('lanes', s.laneMode);
  if (s.listView) p.set('view', 'list');
  return p.toString();
}

/** Read a query string (with or without "?"). Anything missing takes its default. */
export function fromQuery(search: string): UrlState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const from = parseInstant(p.get('from'));
  const to = parseInstant(p.get('to'));
  const flagParam = p.get('flag');
  const flag: FlagFilter = flagParam === 'any' ? 'any' : isEventFlag(flagParam) ? (flagParam as FlagFilter) : 'all';
  const read = p.get('read');
  return {
    domain: from !== null && to !== null && to > from ? [from, to] : null,
    selectedId: p.get('event') || null,
    reader: read ? { articleId: read, mentionId: p.get('at') || null } : null,
    hiddenSources: (p.get('hide') ?? '').split(',').filter(Boolean).sort(),
    query: p.get('q') ?? '',
    flag,
    laneMode: p.get('lanes') === 'source' ? 'source' : 'combined',
    listView: p.get('view') === 'list',
  };
}

/**
 * Whether going from one view to the next deserves its own history entry: selecting an event or opening
 * an article does (back steps through selections); panning, zooming and typing in the search box replace
 * the current entry instead of flooding history.
 */
export function isHistoryStep(prev: UrlState, next: UrlState): boolean {
  return (
    prev.selectedId !== next.selectedId ||
    prev.reader?.articleId !== next.reader?.articleId ||
    prev.reader?.mentionId !== next.reader?.mentionId ||
    prev.listView !== next.listView ||
    prev.laneMode !== next.laneMode
  );
}
