/**
 * The embed's URL sync: the view is read from the query string at start, and later changes replace the
 * frame's URL without adding history entries. (Inside an iframe, `pushState` adds entries to the host
 * page's joint history, so the host's Back button would step through the embed's selections instead of
 * leaving the course page.)
 */
import { useEffect } from 'react';
import { EMBED_TITLE_PARAM, fromQuery, toQuery, urlStateOf } from '../store/url';
import { applyUrlState } from './use-url-sync';
import { useChronologyStore } from './use-chronology';

export function useEmbedUrl(): void {
  const store = useChronologyStore();
  useEffect(() => {
    applyUrlState(store, fromQuery(window.location.search));
    return store.subscribe((s) => {
      if (s.status !== 'ready') return;
      // The title the course page gave the frame is not view state, but it must survive the rewrites.
      const title = new URLSearchParams(window.location.search).get(EMBED_TITLE_PARAM);
      const view = toQuery(urlStateOf(s));
      const q = title
        ? [view, new URLSearchParams({ [EMBED_TITLE_PARAM]: title }).toString()].filter(Boolean).join('&')
        : view;
      if (q === window.location.search.replace(/^\?/, '')) return;
      window.history.replaceState(null, '', `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`);
    });
  }, [store]);
}
