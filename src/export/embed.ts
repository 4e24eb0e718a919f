/**
 * The `<iframe>` snippet the Embed dialog offers for copying into a course page or an LMS.
 */
import { escapeHtml } from './html';
import { HEIGHT_MESSAGE_TYPE, MAX_MESSAGE_HEIGHT, MESSAGE_VERSION } from './messages';

export interface EmbedSnippetOptions {
  /** Absolute http(s) URL of the embed view, with the view's state in it. */
  src: string;
  /** What screen readers announce for the frame (e.g. the chronology's or the event's title). */
  title: string;
  /** CSS pixels (a number, "600" or "600px") or a percentage ("100%"). Default "100%". */
  width?: number | string;
  /** CSS pixels (a number or digits) or a percentage. Default 480. */
  height?: number | string;
}

export const DEFAULT_EMBED_TITLE = 'News chronology';

/**
 * An iframe dimension: pixels go in the width/height attribute (which HTML allows only as an integer),
 * percentages in the style attribute.
 */
function dimension(value: number | string, name: string): { px: string } | { css: string } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1)
      throw new RangeError(`embed ${name} must be at least 1 pixel, got ${value}`);
    return { px: String(Math.round(value)) };
  }
  const v = value.trim();
  if (/^\d+(px)?$/.test(v) && parseInt(v, 10) >= 1) return { px: String(parseInt(v, 10)) };
  if (/^\d+(\.\d+)?%$/.test(v) && parseFloat(v) > 0) return { css: v };
  throw new RangeError(`embed ${name} must be pixels or a percentage, got ${JSON.stringify(value)}`);
}

/**
 * The snippet. Attribute choices:
 * - `title`: the frame's accessible name (WCAG 4.1.2); falls back to "News chronology" when blank;
 * - `loading="lazy"`: a chronology far down a course page costs nothing until scrolled to;
 * - `referrerpolicy="strict-origin-when-cross-origin"`: the embed learns the host's origin (enough to
 *   address its height messages) but never the path of a private course page;
 * - `allow="clipboard-write"`: the embed's own "copy link" buttons work inside the frame;
 * - `style`: no frame border, `max-width:100%` so it shrinks with a narrow column, and any percentage size.
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
  const width = dimension(options.width ?? '100%', 'width');
  const height = dimension(options.height ?? 480, 'height');
  const style = ['border:0', 'max-width:100%'];
  if ('css' in width) style.push(`width:${width.css}`);
  if ('css' in height) style.push(`height:${height.css}`);
  const attrs: [string, string][] = [
    ['src', url.href],
    ['title', title],
    ...('px' in width ? [['width', width.px] as [string, string]] : []),
    ...('px' in height ? [['height', height.px] as [string, string]] : []),
    ['style', style.join(';')],
    ['loading', 'lazy'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ['allow', 'clipboard-write'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')}></iframe>`;
}

/**
 * An optional script for the host page that sizes the chronology's iframe(s) to their content, from the
 * embed's height messages. It acts only on messages from the embed's origin (taken from `src`) that come
 * from one of the page's iframes and have exactly the documented shape. Many LMSs strip scripts: the
 * iframe works without it, at the height the snippet gives.
 */
export function buildHostScript(src: string): string {
  const origin = new URL(src).origin;
  if (!/^https?:\/\//.test(origin)) throw new TypeError(`embed src must be an http(s) URL, got ${JSON.stringify(src)}`);
  // JSON.stringify makes a JS string literal; "<" escaped so no "</script>" can end the script early.
  const literal = JSON.stringify(origin).replace(/</g, '\\u003c');
  return [
    '<script>',
    'addEventListener("message", function (e) {',
    `  if (e.origin !== ${literal}) return;`,
    '  var d = e.data;',
    `  if (!d || typeof d !== "object" || d.type !== "${HEIGHT_MESSAGE_TYPE}" || d.version !== ${MESSAGE_VERSION}) return;`,
    `  if (typeof d.height !== "number" || !(d.height >= 0 && d.height <= ${MAX_MESSAGE_HEIGHT})) return;`,
    '  var frames = document.getElementsByTagName("iframe");',
    '  for (var i = 0; i < frames.length; i++) {',
    '    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + "px";',
    '  }',
    '});',
    '</script>',
  ].join('\n');
}
