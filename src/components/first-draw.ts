/**
 * The page's "drawn" signal for browser tests and benchmarks: the first time the main view (chart or
 * list) has its events on screen, a `timeline:first-draw` performance mark and
 * `<html data-timeline-ready="true">`.
 */
export function markFirstDraw(): void {
  const root = document.documentElement;
  if (root.dataset.timelineReady === 'true') return;
  performance.mark('timeline:first-draw');
  root.dataset.timelineReady = 'true';
}
