/**
 * The overview strip's d3-brush: brushing scrubs the main view; the brush follows the main view when it
 * is zoomed or panned. A click without a drag re-centres the view there. d3-brush is fetched after the
 * first draw (see use-timeline-zoom.ts): the strip is drawn before it can be brushed.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import type { Domain } from '../timeline/extent';
import { brushForDomain, centreOn, domainForBrush } from '../timeline/zoom';
import { useChronology, useChronologyStore } from './use-chronology';
import { useLoadedAfterFirstDraw } from './use-first-draw';

const loadD3 = () =>
  Promise.all([import('d3-brush'), import('d3-selection')]).then(([brush, selection]) => ({
    brushX: brush.brushX,
    pointer: selection.pointer,
    select: selection.select,
  }));

export function useOverviewBrush(
  gRef: RefObject<SVGGElement | null>,
  overview: Domain | null,
  width: number,
  height: number,
): void {
  const store = useChronologyStore();
  const d3 = useLoadedAfterFirstDraw(loadD3);
  const domain = useChronology((s) => s.domain);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const brushing = useRef(false);

  useEffect(() => {
    const g = gRef.current;
    if (!g || !d3 || !overview || width <= 0) return;
    const { brushX, pointer, select } = d3;
    const b = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('start', (ev: D3BrushEvent<unknown>) => {
        if (ev.sourceEvent) brushing.current = true;
      })
      .on('brush end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return;
        if (ev.type === 'end') brushing.current = false;
        const sel = ev.selection as [number, number] | null;
        const s = store.getState();
        if (sel && sel[1] - sel[0] >= 2) s.setDomain(domainForBrush(overview, width, sel));
        else if (ev.type === 'end' && s.domain) {
          const [px] = pointer(ev.sourceEvent, g);
          s.setDomain(centreOn(s.domain, domainForBrush(overview, width, [px, px])[0]));
        }
        if (ev.type === 'end') {
          const d = store.getState().domain;
          if (d) select(g).call(b.move, brushForDomain(overview, width, d));
        }
      });
    const sel = select(g);
    sel.call(b);
    brushRef.current = b;
    const d = store.getState().domain;
    if (d) sel.call(b.move, brushForDomain(overview, width, d));
    return () => {
      sel.on('.brush', null);
      brushRef.current = null;
    };
  }, [gRef, d3, store, overview, width, height]);

  useEffect(() => {
    const g = gRef.current;
    const b = brushRef.current;
    if (!g || !b || !d3 || !overview || !domain || brushing.current) return;
    d3.select(g).call(b.move, brushForDomain(overview, width, domain));
  }, [gRef, d3, overview, domain, width]);
}
