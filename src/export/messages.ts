/**
 * The embed's messages to its host page (`window.parent.postMessage`). Version 1 has one message:
 *
 *   { type: 'news-chronology:height', version: 1, height: <integer CSS pixels> }
 *
 * sent whenever the embed's content height changes, so a host can size the iframe to fit. A host must
 * check `event.origin` (the embed's origin) and `event.source` (its iframe's contentWindow) before
 * acting, then `isChronologyMessage(event.data)`; anything else is ignored.
 */

export const HEIGHT_MESSAGE_TYPE = 'news-chronology:height';
export const MESSAGE_VERSION = 1;
/** Heights above this are refused: no embed is that tall, and a host should not grow a frame without end. */
export const MAX_MESSAGE_HEIGHT = 100_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
  /** Content height in CSS pixels, rounded up so nothing is cut off. */
  height: number;
}

/** Every message the embed sends (one kind so far). */
export type ChronologyMessage = HeightMessage;

/** The message for a content height (e.g. a ResizeObserver's block size). Fractions round up; above the maximum is clamped. */
export function makeHeightMessage(height: number): HeightMessage {
  if (!Number.isFinite(height) || height < 0)
    throw new RangeError(`content height must be a finite non-negative number, got ${height}`);
  return {
    type: HEIGHT_MESSAGE_TYPE,
    version: MESSAGE_VERSION,
    height: Math.min(Math.ceil(height), MAX_MESSAGE_HEIGHT),
  };
}

/**
 * True only for a message of exactly the documented shape: a plain object with these three keys and no
 * others, the known type and version, and an integer height from 0 to the maximum. Strict because the
 * data comes from another window.
 */
export function isChronologyMessage(data: unknown): data is ChronologyMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(data).sort();
  if (keys.length !== 3 || keys[0] !== 'height' || keys[1] !== 'type' || keys[2] !== 'version') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === HEIGHT_MESSAGE_TYPE &&
    m.version === MESSAGE_VERSION &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_MESSAGE_HEIGHT
  );
}
