/**
 * The overview strip's d3-brush: brushing scrubs the main view; the brush follows the main view when it
 * is zoomed or panned. A click without a drag re-centres the view there.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { Domain } from '../timeline/extent';
import { brushForDomain, centreOn, domainForBrush } from '../timeline/zoom';
import { useChronology, useChronologyStore } from './use-chronology';

export function useOverviewBrush(
  gRef: RefObject<SVGGElement | null>,
  overview: Domain | null,
  width: number,
  height: number,
): void {
  const store = useChronologyStore();
  const domain = useChronology((s) => s.domain);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const brushing = useRef(false);

  useEffect(() => {
    const g = gRef.current;
    if (!g || !overview || width <= 0) return;
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
  }, [gRef, store, overview, width, height]);

  useEffect(() => {
    const g = gRef.current;
    const b = brushRef.current;
    if (!g || !b || !overview || !domain || brushing.current) return;
    select(g).call(b.move, brushForDomain(overview, width, domain));
  }, [gRef, overview, domain, width]);
}
