/**
 * The page's "drawn" signal, and what waits for it. The first time the main view (chart or list) has its
 * events on screen: a `timeline:first-draw` performance mark and `<html data-timeline-ready="true">`, for
 * browser tests and benchmarks; then whatever the page deferred until it had drawn (the zoom and brush
 * behaviours) is fetched, so none of it is in the bytes the first picture waits for.
 */
import { useEffect, useState } from 'react';

const waiting = new Set<() => void>();

function drawn(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.timelineReady === 'true';
}

export function markFirstDraw(): void {
  if (drawn()) return;
  performance.mark('timeline:first-draw');
  document.documentElement.dataset.timelineReady = 'true';
  const run = [...waiting];
  waiting.clear();
  for (const f of run) f();
}

/** Run `f` once the page has drawn (at once when it has); the returned function cancels it. */
export function afterFirstDraw(f: () => void): () => void {
  if (drawn()) {
    f();
    return () => {};
  }
  waiting.add(f);
  return () => waiting.delete(f);
}

/**
 * A module fetched only after the first draw: null until then. `load` must be the same function on every
 * render (a module-level `() => import(…)`).
 */
export function useLoadedAfterFirstDraw<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = afterFirstDraw(() => {
      void load().then((module) => live && setLoaded({ module }));
    });
    return () => {
      live = false;
      cancel();
    };
  }, [load]);
  return loaded?.module ?? null;
}
