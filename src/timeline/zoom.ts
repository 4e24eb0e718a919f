/**
 * Zoom transforms and brush selections are two other ways of writing the visible domain. These convert
 * between them, so the store only ever holds the domain and d3-zoom / d3-brush follow it.
 */
import type { Domain } from './extent';

/** A d3-zoom transform restricted to x: screen = k * base(t) + x. */
export interface ZoomX {
  k: number;
  x: number;
}

/** The transform that shows `domain` when `base` fills [0, width] at k = 1. */
export function transformForDomain(base: Domain, width: number, domain: Domain): ZoomX {
  const baseSpan = base[1] - base[0];
  const k = baseSpan / (domain[1] - domain[0]);
  const x = (-k * (domain[0] - base[0]) * width) / baseSpan;
  return { k, x };
}

/** The domain a transform shows. */
export function domainForTransform(base: Domain, width: number, { k, x }: ZoomX): Domain {
  const baseSpan = base[1] - base[0];
  const at = (px: number) => base[0] + (((px - x) / k) * baseSpan) / width;
  return [at(0), at(width)];
}

/** The overview brush's pixel selection for a domain (clipped to the strip). */
export function brushForDomain(overview: Domain, width: number, domain: Domain): [number, number] {
  const span = overview[1] - overview[0];
  const px = (t: number) => Math.min(width, Math.max(0, ((t - overview[0]) / span) * width));
  return [px(domain[0]), px(domain[1])];
}

/** The domain a brush selection covers. */
export function domainForBrush(overview: Domain, width: number, [x0, x1]: readonly [number, number]): Domain {
  const span = overview[1] - overview[0];
  const t = (px: number) => overview[0] + (px / width) * span;
  return [t(Math.min(x0, x1)), t(Math.max(x0, x1))];
}

/** Move a domain so it is centred on an instant (a click in the overview), keeping its span. */
export function centreOn([a, b]: Domain, t: number): Domain {
  const half = (b - a) / 2;
  return [t - half, t + half];
}

/** One wheel notch (or one trackpad pinch event) changes the visible span by at most this factor. */
export const MAX_WHEEL_FACTOR = 1.5;
/** A mouse notch (deltaY ≈ 100–120 px) zooms by about 1.4×: small steps a reader can follow. */
const WHEEL_LOG2_PER_PX = 0.004;
/** Lines (Firefox) and pages, converted to pixels as browsers scroll them. */
const LINE_PX = 16;
const PAGE_PX = 800;
/**
 * Trackpad pinches arrive as Ctrl + wheel events of a few pixels each, dozens a second: they need a
 * larger gain than a mouse notch to feel direct. Below this |deltaY| an event counts as a pinch step.
 */
const PINCH_MAX_PX = 40;
const PINCH_GAIN = 3;

/**
 * The d3-zoom wheel delta (log2 of the scale change) for a wheel event: smooth for wheels and
 * trackpads alike, never more than MAX_WHEEL_FACTOR per event (d3's default is about 5× a notch with Ctrl).
 */
export function wheelZoomDelta(e: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const px = e.deltaY * (e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? PAGE_PX : 1);
  const gain = e.ctrlKey && Math.abs(px) < PINCH_MAX_PX ? PINCH_GAIN : 1;
  const limit = Math.log2(MAX_WHEEL_FACTOR);
  return Math.max(-limit, Math.min(limit, -px * WHEEL_LOG2_PER_PX * gain));
}
