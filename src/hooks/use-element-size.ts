/** Width and height of an element, kept current with a ResizeObserver (the page must fit any box). */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useElementSize(ref: RefObject<Element | null>, fallback = { width: 800, height: 300 }) {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      // A hidden element measures 0; keep the last real size so a view shown later is not drawn 1px wide.
      if (r.width > 0)
        setSize((s) =>
          Math.abs(s.width - r.width) < 0.5 && Math.abs(s.height - r.height) < 0.5
            ? s
            : { width: r.width, height: r.height },
        );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

const COARSE_QUERY = '(pointer: coarse)';

/** True when the main pointer is a finger (phones, tablets): targets must be bigger. Follows changes. */
export function useCoarsePointer(): boolean {
  const [coarse, setCoarse] = useState(() => matches(COARSE_QUERY));
  useLayoutEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(COARSE_QUERY);
    const on = () => setCoarse(mq.matches);
    on();
    mq.addEventListener?.('change', on);
    return () => mq.removeEventListener?.('change', on);
  }, []);
  return coarse;
}

function matches(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}
