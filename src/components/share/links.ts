/**
 * The links the share controls copy, all made from the store's view state with `toQuery`, so opening one
 * (in the full view or in an embed, inside or outside an iframe) restores that view through the URL sync.
 */
import type { ChronologyState } from '../../store/store';
import { EMBED_TITLE_PARAM, toQuery, urlStateOf } from '../../store/url';

/** The query of the current view (range, selection, reader, filters, lanes, list). */
export function viewQuery(s: ChronologyState): string {
  return toQuery(urlStateOf(s));
}

/** The query of the current view with one event selected (and no article open). */
export function eventQuery(s: ChronologyState, eventId: string): string {
  return toQuery({ ...urlStateOf(s), selectedId: eventId, reader: null });
}

/**
 * The full view of the same build with this query: next to the current page (`index.html` from the
 * embed; the current page itself from the full view). Relative resolution keeps any sub-path.
 */
export function fullViewUrl(query: string, base: string, fromEmbed: boolean): string {
  const url = new URL(fromEmbed ? 'index.html' : base, base);
  url.search = query;
  url.hash = '';
  return url.href;
}

/** The embed view next to the current page, with this query (absolute: it goes into another site's iframe). */
export function embedUrl(query: string, base: string): string {
  const url = new URL('embed.html', base);
  url.search = query;
  return url.href;
}

/** The relative link from the embed to the full view (same folder), for the "Open full view" link. */
export function relativeFullView(query: string): string {
  return `index.html${query ? `?${query}` : ''}`;
}

/** Longer titles are cut: the bar has one line. */
const MAX_EMBED_TITLE = 120;

/** The title an embed URL asks the frame to show (plain text, one line), or null. */
export function embedTitleOf(search: string): string | null {
  const raw = new URLSearchParams(search).get(EMBED_TITLE_PARAM);
  const t = raw?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > MAX_EMBED_TITLE ? `${t.slice(0, MAX_EMBED_TITLE - 1)}…` : t;
}

/** The embed URL with its title to show in the frame (or without, when `title` is null). */
export function withEmbedTitle(src: string, title: string | null): string {
  const url = new URL(src);
  if (title && title.trim()) url.searchParams.set(EMBED_TITLE_PARAM, title.replace(/\s+/g, ' ').trim());
  else url.searchParams.delete(EMBED_TITLE_PARAM);
  return url.href;
}
