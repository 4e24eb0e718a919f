/**
 * The `<iframe>` snippet the Embed dialog offers for copying into a course page or an LMS.
 */
import { escapeHtml } from './html';

export interface EmbedSnippetOptions {
  /** Absolute http(s) URL of the embed view, with the view's state in it. */
  src: string;
  /** What screen readers announce for the frame (e.g. the chronology's or the event's title). */
  title: string;
  /** CSS pixels (a number or digits) or a percentage ("100%"). Default "100%". */
  width?: number | string;
  /** CSS pixels (a number or digits) or a percentage. Default 480. */
  height?: number | string;
}

export const DEFAULT_EMBED_TITLE = 'News chronology';

/** An iframe dimension as HTML allows it: a non-negative integer, or a percentage. */
function dimension(value: number | string, name: string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) throw new RangeError(`embed ${name} must be at least 1 pixel, got ${value}`);
    return String(Math.round(value));
  }
  const v = value.trim();
  if (/^\d+$/.test(v) && Number(v) >= 1) return String(Number(v));
  if (/^\d+(\.\d+)?%$/.test(v) && parseFloat(v) > 0) return v;
  throw new RangeError(`embed ${name} must be pixels or a percentage, got ${JSON.stringify(value)}`);
}

/**
 * The snippet. Attribute choices:
 * - `title`: the frame's accessible name (WCAG 4.1.2); falls back to "News chronology" when blank;
 * - `loading="lazy"`: a chronology far down a course page costs nothing until scrolled to;
 * - `referrerpolicy="strict-origin-when-cross-origin"`: the embed learns the host's origin (enough to
 *   address its height messages) but never the path of a private course page;
 * - `allow="clipboard-write"`: the embed's own "copy link" buttons work inside the frame;
 * - `style="border:0;max-width:100%"`: no frame border, and it shrinks with a narrow column.
 * Throws on a URL that is not absolute http(s) (a `javascript:` src would run in the host page).
 */
export function buildEmbedSnippet(options: EmbedSnippetOptions): string {
  let url: URL;
  try {
    url = new URL(options.src);
  } catch {
    throw new TypeError(`embed src must be an absolute URL, got ${JSON.stringify(options.src)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`embed src must be an http(s) URL, got ${url.protocol}`);
  }
  const title = options.title.replace(/\s+/g, ' ').trim() || DEFAULT_EMBED_TITLE;
  const attrs: [string, string][] = [
    ['src', url.href],
    ['title', title],
    ['width', dimension(options.width ?? '100%', 'width')],
    ['height', dimension(options.height ?? 480, 'height')],
    ['style', 'border:0;max-width:100%'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['allow', 'clipboard-write'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}></iframe>`;
}
