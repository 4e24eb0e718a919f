/**
 * Saved web pages (`.html`, `.htm`, `.xhtml`, gzip-compressed too) as articles. The page is decoded by the
 * WHATWG rules (`decode.ts`), parsed with linkedom (a fast, forgiving DOM), its metadata read (`html-meta.ts`),
 * and its main text found by Mozilla's Readability (Firefox's reader view), measured best of the open
 * extractors on real pages. The article text is that main text as plain paragraphs: navigation, related
 * stories, comments, share bars, scripts and image captions never reach the date extractor.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MAX_ARTICLE_BYTES } from '../read';
import { decodeHtml, gunzip, isGzip } from './decode';
import { readPageMeta, type DateCandidate, type PageMeta } from './html-meta';
import type { IngestedArticle, InputFile, PublishedHint } from './types';
import { datesDisagree, hostOutlet, plainName, readDateValue, urlPathDay } from './values';

/** Less main text than this is not an article (a login wall, a gallery, an index of links): the page is skipped. */
export const MIN_ARTICLE_CHARS = 140;
/**
 * Main text shorter than this may be a teaser, a gallery caption or a stub rather than an article: it is kept,
 * with a warning. (Readability's own threshold for a page worth reading is 500 characters of content.)
 */
const SHORT_ARTICLE_CHARS = 500;
/**
 * Above this share of link text the main text is a list of other stories (a tag page, a section front). On the
 * 130 real pages of ../shared/html-pages the most linked article text is 0.35 (Wikipedia pages about 0.29).
 */
const MAX_LINK_DENSITY = 0.6;

/** Blocks of the main text that become paragraphs of their own. */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);
/** Never article text: image captions and credits, embedded media, forms, code run by the page. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FIGCAPTION',
  'PICTURE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'BUTTON',
  'FORM',
  'SELECT',
  'TEXTAREA',
]);

/** The main text's DOM as paragraphs separated by a blank line, white space collapsed inside each. */
export function paragraphsOf(root: Node): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') line += '\n';
        if (tag === 'TD' || tag === 'TH') line += ' ';
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** The share of the main text that is link text: an index of links is mostly links, an article is not. */
export function linkDensity(root: Node): number {
  const all = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of Array.from((root as Element).querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / all;
}

/** Where the metadata is not in markup but in the text: "Published 3 January 2019", "Posted on Jan 3, 2019". */
const PUBLISHED_LINE =
  /^(?:(?:first\s+)?published|posted|publi(?:é|e|cado|cada)|veröffentlicht|gepubliceerd|pubblicato)(?:\s+on)?\s*[:\-–]?\s*(.{6,80})$/im;
/** Paragraphs at the top of the text where such a line is looked for. */
const PUBLISHED_LINE_PARAGRAPHS = 6;

function publishedLine(text: string): (DateCandidate & { span: { start: number; end: number } }) | null {
  let offset = 0;
  const paragraphs = text.split('\n\n').slice(0, PUBLISHED_LINE_PARAGRAPHS);
  for (const p of paragraphs) {
    const m = PUBLISHED_LINE.exec(p);
    if (m) {
      const d = readDateValue(m[1]!);
      if (d) {
        const start = offset + m.index;
        return {
          date: d,
          basis: 'text',
          where: 'a "Published …" line',
          span: { start, end: start + m[0].length },
        };
      }
    }
    offset += p.length + 2;
  }
  return null;
}

const BASIS_ORDER: Record<string, number> = { 'json-ld': 0, meta: 1, time: 2, url: 3, text: 4 };

/** The best publication date (JSON-LD, then meta, `<time>`, the URL, the text) and a warning where sources disagree. */
export function choosePublished(
  candidates: DateCandidate[],
  warnings: string[],
  evidence?: { start: number; end: number },
): PublishedHint | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => BASIS_ORDER[a.basis]! - BASIS_ORDER[b.basis]!);
  let best = sorted[0]!;
  // The same moment written in the publisher's own zone names the publisher's day: prefer it over UTC.
  if (best.date.instant !== null && /Z$/.test(best.date.dateTime)) {
    const local = sorted.find((c) => c.date.instant === best.date.instant && /[+-]\d{2}:\d{2}$/.test(c.date.dateTime));
    if (local) best = { ...best, date: local.date };
  }
  const others = sorted.filter((c) => datesDisagree(c.date, best.date));
  const seen = new Set<string>();
  const disagreeing = others.filter((c) => !seen.has(c.where) && seen.add(c.where));
  let note = `Read from the page's ${best.where}.`;
  if (disagreeing.length) {
    const list = disagreeing.map((c) => `${c.where} says ${c.date.day}`).join('; ');
    warnings.push(`the page's ${best.where} says ${best.date.day} but its ${list}; ${best.where} is used`);
    note = `Read from the page's ${best.where} (${best.date.day}); the page also says: ${list}.`;
  }
  return {
    date: best.date.day,
    basis: best.basis,
    note,
    ...(best.basis === 'text' && evidence ? { evidence } : {}),
  };
}

/** A title with the site's name cut off (`Headline | The Site`, `Headline - Site`), when the cut part is the site. */
function withoutSiteName(title: string, outlet: string | null): string {
  const m = /^(.{12,}?)\s+[|\-–—:·•]\s+([^|\-–—:·•]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.toLowerCase().replace(/^the\s+/, '');
  const site = (outlet ?? '').toLowerCase().replace(/^the\s+/, '');
  if (site && (tail.includes(site) || site.includes(tail))) return m[1]!.trim();
  return title;
}

export type PageRead = { ok: true; article: IngestedArticle; timings: PageTimings } | { ok: false; reason: string };

export interface PageTimings {
  decode: number;
  dom: number;
  main: number;
  meta: number;
}

export interface PageContext {
  file: string;
  idSource: string;
  /** The page's address when known from outside it (a record's `url`). */
  url?: string;
  /** The text size limit (default `MAX_ARTICLE_BYTES`), applied to the extracted text, not the page. */
  maxTextChars?: number;
}

/** A page already decoded to characters (a record whose text is HTML, or a file after `decodeHtml`). */
export function readHtmlString(html: string, ctx: PageContext, warnings: string[] = []): PageRead {
  const t0 = performance.now();
  let doc = parseHTML(html).document as unknown as Document;
  // A fragment (a record's HTML, a saved part of a page) has no <body> for the extractor to work in: wrap it.
  if (!doc.body || !doc.documentElement || doc.documentElement.tagName.toUpperCase() !== 'HTML')
    doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  const t1 = performance.now();
  const meta = readPageMeta(doc, ctx.url);
  const t2 = performance.now();
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  } catch (e) {
    // The extractor meets markup it cannot walk: the page is named with the reason, the build goes on.
    return { ok: false, reason: `the main text could not be extracted (${(e as Error).message.slice(0, 120)})` };
  }
  const text = parsed?.content ? paragraphsOf(parsed.content) : '';
  const links = parsed?.content ? linkDensity(parsed.content) : 0;
  const t3 = performance.now();
  if (links > MAX_LINK_DENSITY)
    return {
      ok: false,
      reason: `the page is an index of links, not an article (${Math.round(links * 100)} % of its main text is links)`,
    };
  if (text.length < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      reason:
        text.length === 0
          ? 'no readable article text on the page (a login wall, a gallery or an index of links?)'
          : `too little article text on the page (${text.length} characters; a login wall, a gallery or an index of links?)`,
    };
  }
  const limit = ctx.maxTextChars ?? MAX_ARTICLE_BYTES;
  if (text.length > limit)
    return {
      ok: false,
      reason: `the page's article text is too large (${text.length} characters; the limit is ${limit})`,
    };
  const article = toArticle(text, meta, parsed, ctx, warnings);
  if (text.length < SHORT_ARTICLE_CHARS)
    article.warnings.push(`the page may not be a news article (only ${text.length} characters of article text)`);
  const t4 = performance.now();
  return { ok: true, article, timings: { decode: 0, dom: t1 - t0, main: t3 - t2, meta: t2 - t1 + (t4 - t3) } };
}

function toArticle(
  text: string,
  meta: PageMeta,
  parsed: { title?: string | null; byline?: string | null; siteName?: string | null; lang?: string | null } | null,
  ctx: PageContext,
  warnings: string[],
): IngestedArticle {
  const all = [...warnings, ...meta.warnings];
  const outlet = meta.outlet ?? plainName(parsed?.siteName) ?? hostOutlet(meta.url);
  const fromMeta = meta.headlines.find((h) => h.where === 'json-ld' || h.where === 'og:title');
  const headline = plainName(parsed?.title) ?? (fromMeta ? withoutSiteName(fromMeta.value, outlet) : null);
  const candidates = [...meta.published];
  const fromUrl = urlPathDay(meta.url);
  if (fromUrl) {
    candidates.push({
      date: { day: fromUrl.day, dateTime: fromUrl.day, instant: null },
      basis: 'url',
      where: `canonical URL (${fromUrl.written})`,
    });
  }
  const line = publishedLine(text);
  if (line) candidates.push(line);
  const published = choosePublished(candidates, all, line?.span);
  const modified = meta.modified;
  if (modified && published && modified.day < published.date)
    all.push(`the page says it was modified (${modified.day}) before it was published (${published.date})`);
  return {
    file: ctx.file,
    idSource: ctx.idSource,
    format: 'html',
    text,
    headline,
    outlet,
    url: meta.url,
    byline: meta.byline ?? plainName(parsed?.byline),
    language: meta.language,
    published,
    modified: modified ? modified.dateTime : null,
    excluded: [],
    warnings: all,
  };
}

/** A page file (its bytes, gzip-compressed or not) as an article, or the reason it cannot be one. */
export function readHtmlFile(file: InputFile, idSource: string, maxTextChars = MAX_ARTICLE_BYTES): PageRead {
  const t0 = performance.now();
  let bytes = file.bytes;
  if (/\.gz$/i.test(file.path) || isGzip(bytes)) {
    const g = gunzip(bytes);
    if (!g.ok) return g;
    bytes = g.bytes;
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const decoded = decodeHtml(bytes);
  const t1 = performance.now();
  const read = readHtmlString(decoded.html, { file: file.path, idSource, maxTextChars }, decoded.warnings);
  if (read.ok) read.timings.decode = t1 - t0;
  return read;
}
