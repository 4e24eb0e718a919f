/**
 * Tells the page around an iframe how tall the embed's content is, so a host script can size the frame
 * (message format in src/export/messages.ts). Only inside an iframe, only when the height changes.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { makeHeightMessage } from '../export/messages';

/** True when this document is inside a frame (a cross-origin parent throws on access, which also means framed). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

/**
 * Where to address the messages: the host's origin when the browser tells us (the snippet's referrer
 * policy sends it), otherwise any origin. The message holds a number of pixels and nothing else, so
 * sending it to an unknown parent reveals nothing; hosts must check `event.origin` themselves.
 */
export function hostOrigin(doc: Document = document): string {
  const ancestors = doc.location?.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0]!;
  try {
    if (doc.referrer) return new URL(doc.referrer).origin;
  } catch {
    /* no usable referrer */
  }
  return '*';
}

/** The last height told to each parent, so re-observing does not repeat it. */
const lastSent = new WeakMap<Window, number>();

/**
 * Post the content height whenever `measure()` changes. `observe` are the elements whose resizing can
 * change it (the embed's frame and the natural-height content inside its scroll area); `key` changes when
 * those elements are replaced (e.g. once the data has loaded), so they are observed afresh.
 */
export function useHostHeight(
  measure: () => number,
  observe: RefObject<Element | null>[],
  key: unknown = null,
  win: Window = window,
): void {
  // The latest measure and elements, read when a resize fires: a new closure each render must not
  // re-subscribe (only `win` and `key` do).
  const latest = useRef({ measure, observe });
  latest.current = { measure, observe };
  useEffect(() => {
    if (!isFramed(win)) return;
    const target = hostOrigin(win.document);
    let last = lastSent.get(win) ?? -1;
    let frame = 0;
    const send = () => {
      frame = 0;
      const h = latest.current.measure();
      if (!Number.isFinite(h) || h <= 0) return; // hidden (display:none): nothing worth telling
      const msg = makeHeightMessage(h);
      if (msg.height === last) return;
      last = msg.height;
      lastSent.set(win, last);
      win.parent.postMessage(msg, target);
    };
    // One message per frame at most, however many elements resized in it.
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(send);
    };
    send();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(schedule);
    for (const r of latest.current.observe) if (r.current) ro.observe(r.current);
    return () => {
      ro.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [win, key]);
}
