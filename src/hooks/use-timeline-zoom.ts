/**
 * The one owner of the main view's pointer, wheel and touch listeners (d3-zoom). Drag pans, pinch and
 * double-click zoom. The wheel only zooms when the user means it (Ctrl/⌘ + wheel, a trackpad pinch, or
 * after clicking the timeline until focus leaves it); otherwise the wheel scrolls the page as usual,
 * so the chart never traps someone scrolling past it.
 *
 * d3-zoom (with d3-transition, d3-drag, d3-interpolate) is fetched after the first draw: a third of the
 * page's script, and nothing the first picture needs. Until it arrives the zoom buttons and keys work,
 * through the store; drag and wheel start working a moment later.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import type { Domain } from '../timeline/extent';
import { domainForTransform, transformForDomain, wheelZoomDelta } from '../timeline/zoom';
import { useChronology, useChronologyStore } from './use-chronology';
import { useLoadedAfterFirstDraw } from './use-first-draw';

const loadD3 = () =>
  Promise.all([import('d3-zoom'), import('d3-selection')]).then(([zoom, selection]) => ({
    ...zoom,
    select: selection.select,
  }));

export function useTimelineZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, height: number): void {
  const store = useChronologyStore();
  const d3 = useLoadedAfterFirstDraw(loadD3);
  const limits = useChronology((s) => s.index?.limits ?? null);
  const domain = useChronology((s) => s.domain);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  /** True between a gesture's start and end: d3 leads then, and the store follows. */
  const gesturing = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !d3 || !limits || width <= 0) return;
    const { select, zoom, zoomIdentity } = d3;
    const base = limits.bounds;
    const baseSpan = base[1] - base[0];
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([Math.min(1, baseSpan / limits.maxSpan), baseSpan / limits.minSpan])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .wheelDelta((ev: WheelEvent) => wheelZoomDelta(ev))
      .filter((ev: Event) => {
        if (ev.type === 'wheel') {
          const w = ev as WheelEvent;
          return w.ctrlKey || w.metaKey || store.getState().zoomArmed;
        }
        const m = ev as MouseEvent;
        // d3 needs the event's window to track a drag; synthetic events without one are not gestures.
        if ('view' in m && !m.view) return false;
        // Marks are buttons: a plain click on one selects it (d3 still pans if the pointer moves).
        return !m.ctrlKey && !m.button;
      })
      .on('start', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (ev.sourceEvent) gesturing.current = true;
      })
      .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Programmatic moves (buttons, keyboard, brush, URL) arrive without a source event: the store led them.
        if (!ev.sourceEvent) return;
        const t = ev.transform;
        pending = domainForTransform(base, width, { k: t.k, x: t.x });
        // A wheel or a trackpad sends several events per frame: draw once per frame, with the latest.
        if (!raf) raf = requestAnimationFrame(flush);
      })
      .on('end', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!ev.sourceEvent && !gesturing.current) return;
        flush();
        gesturing.current = false;
        // The store may have clamped the last step a little differently: let d3 take the store's view.
        const d = store.getState().domain;
        if (d) {
          const t = transformForDomain(base, width, d);
          select(svg).call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
        }
      });
    let pending: Domain | null = null;
    let raf = 0;
    function flush() {
      if (raf) cancelAnimationFrame(raf);
      raf = 0;
      if (pending) store.getState().setDomain(pending);
      pending = null;
    }
    const sel = select(svg);
    sel.call(z);
    // d3-zoom leaves a wheel event alone once the zoom limit is reached, so the browser would take a
    // zooming wheel (Ctrl/⌘, or armed) for its own: page zoom, or scrolling the host page around an embed.
    // A wheel the user meant for the timeline never leaves it.
    const keepZoomWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey || store.getState().zoomArmed) e.preventDefault();
    };
    svg.addEventListener('wheel', keepZoomWheel, { passive: false });
    // Double-click on a mark selects it; zooming on it as well would be a surprise.
    sel.on('dblclick.zoom', null);
    zoomRef.current = z;
    const d = store.getState().domain;
    if (d) {
      const t = transformForDomain(base, width, d);
      sel.call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    }
    return () => {
      if (raf) cancelAnimationFrame(raf);
      sel.on('.zoom', null);
      svg.removeEventListener('wheel', keepZoomWheel);
      zoomRef.current = null;
    };
  }, [svgRef, d3, store, limits, width, height]);

  useEffect(() => {
    const svg = svgRef.current;
    const z = zoomRef.current;
    if (!svg || !z || !d3 || !limits || !domain || gesturing.current) return;
    const t = transformForDomain(limits.bounds, width, domain);
    const cur = d3.zoomTransform(svg);
    if (Math.abs(cur.k - t.k) / t.k < 1e-6 && Math.abs(cur.x - t.x) < 0.5) return;
    d3.select(svg).call(z.transform, d3.zoomIdentity.translate(t.x, 0).scale(t.k));
  }, [svgRef, d3, limits, domain, width]);
}
