/**
 * Keeps the query string and the store in step: the URL is read once at start and on back/forward;
 * afterwards every change of the shareable state is written back, with a new history entry for a new
 * selection and a replaced one for pan, zoom and filters.
 */
import { useEffect } from 'react';
import type { ChronologyStore } from '../store/store';
import { fromQuery, isHistoryStep, toQuery, urlStateOf, type UrlState } from '../store/url';
import { useChronologyStore } from './use-chronology';

export function applyUrlState(store: ChronologyStore, u: UrlState): void {
  const s = store.getState();
  store.setState({
    selectedId: u.selectedId,
    focusedId: u.selectedId ?? s.focusedId,
    reader: u.reader,
    hiddenSources: u.hiddenSources,
    query: u.query,
    flag: u.flag,
    laneMode: u.laneMode,
    listView: u.listView,
  });
  if (u.domain) s.setDomain(u.domain);
  else if (s.index) s.showOpening();
}

export function useUrlSync(): void {
  const store = useChronologyStore();
  useEffect(() => {
    applyUrlState(store, fromQuery(window.location.search));
    let prev = urlStateOf(store.getState());
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (applying) return;
      const s = store.getState();
      // Nothing to show yet: keep the URL as given, so a deep link survives a slow load.
      if (s.status !== 'ready') return;
      const next = urlStateOf(s);
      const q = toQuery(next);
      const current = window.location.search.replace(/^\?/, '');
      if (q === current) {
        prev = next;
        return;
      }
      const url = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
      if (isHistoryStep(prev, next)) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      prev = next;
    };
    // Pan and zoom change the view every frame; browsers throttle history calls (and warn), so those
    // are written once the view rests. A new selection is written at once, as its own entry.
    const onChange = () => {
      if (applying) return;
      const s = store.getState();
      if (isHistoryStep(prev, urlStateOf(s)) || !s.domain || !prev.domain) write();
      else {
        // Written 200 ms after the last change: a history call costs more than a whole frame's drawing.
        if (timer) clearTimeout(timer);
        timer = setTimeout(write, 200);
      }
    };
    const unsub = store.subscribe(onChange);
    const onPop = () => {
      applying = true;
      applyUrlState(store, fromQuery(window.location.search));
      applying = false;
      prev = urlStateOf(store.getState());
    };
    window.addEventListener('popstate', onPop);
    return () => {
      if (timer) clearTimeout(timer);
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
}
