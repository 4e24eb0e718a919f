/**
 * A page's metadata from the places publishers put it: JSON-LD (schema.org articles, inside `@graph` too),
 * `<meta>` tags (Open Graph, `article:*`, Dublin Core, `itemprop`, parsely, sailthru …), `<link rel=canonical>`,
 * `<time datetime>` by the headline, the `<html lang>`. Read before the main-text extractor changes the document.
 * Every candidate is kept with where it was read, so the page can say which one was used and where they disagree.
 */
import type { PublishedBasis } from '../../contract';
import { normaliseUrl, plainName, primaryLanguage, readDateValue, type ReadDate } from './values';

/** schema.org types that are an article (or a page about one) whose dates are the article's. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'report',
]);

/** `<meta>` names (property, name or itemprop, lower case) that carry the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'article:published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'publication_date',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_META = [
  'article:modified_time',
  'datemodified',
  'og:updated_time',
  'article:modified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
];
const TITLE_META = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'dcterms.title', 'headline', 'title'];
const SITE_META = [
  'og:site_name',
  'application-name',
  'publisher',
  'dc.publisher',
  'dcterms.publisher',
  'twitter:site',
];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'sailthru.author'];
const LANGUAGE_META = ['content-language', 'dc.language', 'dcterms.language', 'og:locale', 'language', 'inlanguage'];

export interface DateCandidate {
  date: ReadDate;
  basis: PublishedBasis;
  /** Where exactly: `JSON-LD datePublished`, `<meta property="article:published_time">` … */
  where: string;
}

export interface PageMeta {
  headlines: { value: string; where: string }[];
  outlet: string | null;
  /** The name of a JSON-LD WebSite or NewsMediaOrganization, a last resort for the outlet. */
  siteName: string | null;
  url: string | null;
  byline: string | null;
  language: string | null;
  published: DateCandidate[];
  modified: ReadDate | null;
  /** Problems met reading it (JSON-LD that does not parse …). */
  warnings: string[];
}

type Json = unknown;

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: Record<string, Json>): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase());
}

/** Every object of a JSON-LD value, `@graph` and nested arrays flattened (not nested properties). */
function flattenLd(v: Json, out: Record<string, Json>[]): void {
  for (const item of asArray(v)) {
    if (!isObject(item)) continue;
    out.push(item);
    if (item['@graph'] !== undefined) flattenLd(item['@graph'], out);
  }
}

/** A name from a string, an object with `name`, or a list of them (authors, publishers). */
function names(v: Json): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    const n = typeof item === 'string' ? item : isObject(item) ? item['name'] : null;
    const p = plainName(n);
    if (p && !/^https?:\/\//i.test(p)) out.push(p);
  }
  return out;
}

/** JSON-LD as pages really write it: comments, CDATA wrappers, trailing semicolons, raw newlines in strings. */
function parseLd(raw: string): Json | undefined {
  const s = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    try {
      return JSON.parse(s.replace(/[\n\r\t]/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return v === null ? null : v;
}

/** `<meta>` values by lower-case key (property, name, itemprop and http-equiv), in document order. */
function metaTable(doc: Document): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (key: string | null, value: string | null) => {
    if (!key || value === null) return;
    for (const k of key.toLowerCase().split(/\s+/)) {
      if (!k) continue;
      const list = table.get(k);
      if (list) list.push(value);
      else table.set(k, [value]);
    }
  };
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = attr(el, 'content');
    add(attr(el, 'property'), content);
    add(attr(el, 'name'), content);
    add(attr(el, 'itemprop'), content);
    add(attr(el, 'http-equiv'), content);
  }
  // itemprop on other elements: <time itemprop="datePublished" datetime=…>, <span itemprop="author">.
  for (const el of Array.from(doc.querySelectorAll('[itemprop]:not(meta)'))) {
    const v = attr(el, 'datetime') ?? attr(el, 'content') ?? el.textContent;
    add(attr(el, 'itemprop'), v);
  }
  return table;
}

function first(table: Map<string, string[]>, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    for (const value of table.get(key) ?? []) if (value.trim()) return { key, value: value.trim() };
  }
  return null;
}

function readJsonLd(doc: Document, meta: PageMeta): void {
  const nodes: Record<string, Json>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const parsed = parseLd(script.textContent ?? '');
    if (parsed === undefined) {
      if ((script.textContent ?? '').trim()) meta.warnings.push("the page's JSON-LD does not parse; it was not used");
      continue;
    }
    flattenLd(parsed, nodes);
  }
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  // A WebPage whose mainEntity is the article, or a page with only WebPage: its dates are still the page's.
  const pages = nodes.filter((n) => types(n).some((t) => t.endsWith('page')));
  for (const node of [...articles, ...pages]) {
    const isArticle = articles.includes(node);
    const kind = isArticle ? 'JSON-LD' : 'JSON-LD WebPage';
    const published = readDateValue(node['datePublished'] ?? node['dateCreated']);
    if (published) meta.published.push({ date: published, basis: 'json-ld', where: `${kind} datePublished` });
    const modified = readDateValue(node['dateModified']);
    if (modified && !meta.modified && isArticle) meta.modified = modified;
    if (!isArticle) continue;
    const headline = plainName(node['headline']) ?? plainName(node['name']);
    if (headline) meta.headlines.push({ value: headline, where: 'json-ld' });
    meta.outlet ??= names(node['publisher'])[0] ?? names(node['sourceOrganization'])[0] ?? null;
    const authors = names(node['author']);
    if (authors.length && !meta.byline) meta.byline = authors.join(', ');
    meta.url ??= normaliseUrl(
      typeof node['url'] === 'string'
        ? node['url']
        : isObject(node['mainEntityOfPage'])
          ? node['mainEntityOfPage']['@id']
          : node['mainEntityOfPage'],
    );
    meta.language ??= primaryLanguage(node['inLanguage']);
  }
  const site = nodes.find((n) => types(n).some((t) => t === 'website' || t === 'newsmediaorganization'));
  meta.siteName = site ? plainName(site['name']) : null;
}

/** `<time datetime>` by the headline: the first one after the `<h1>`, within the headline's part of the page. */
function timeByHeadline(doc: Document): DateCandidate | null {
  const pub = doc.querySelector('time[pubdate], time[itemprop~="datePublished" i]');
  const candidates: Element[] = pub ? [pub] : [];
  const h1 = doc.querySelector('article h1, main h1, h1');
  if (h1) {
    // Walk up a few levels from the headline so a byline block beside it is included, not the whole page.
    let scope: Element | null = h1;
    for (let i = 0; i < 3 && scope?.parentElement; i++) {
      scope = scope.parentElement;
      const t = scope.querySelector('time[datetime]');
      if (t) {
        candidates.push(t);
        break;
      }
    }
  }
  for (const t of candidates) {
    const d = readDateValue(attr(t, 'datetime') ?? t.textContent);
    if (d) return { date: d, basis: 'time', where: '<time datetime> by the headline' };
  }
  return null;
}

export function readPageMeta(doc: Document, baseUrl?: string): PageMeta {
  const meta: PageMeta = {
    headlines: [],
    outlet: null,
    siteName: null,
    url: null,
    byline: null,
    language: null,
    published: [],
    modified: null,
    warnings: [],
  };
  readJsonLd(doc, meta);
  const table = metaTable(doc);
  for (const key of PUBLISHED_META) {
    for (const value of table.get(key) ?? []) {
      const d = readDateValue(value);
      if (d) {
        meta.published.push({ date: d, basis: 'meta', where: `<meta ${key}>` });
        break;
      }
    }
  }
  const modified = first(table, MODIFIED_META);
  meta.modified ??= modified ? readDateValue(modified.value) : null;
  const time = timeByHeadline(doc);
  if (time) meta.published.push(time);
  for (const key of TITLE_META) {
    const v = plainName(table.get(key)?.[0]);
    if (v) meta.headlines.push({ value: v, where: key });
  }
  const site = first(table, SITE_META);
  if (!meta.outlet && site && !/^@/.test(site.value)) meta.outlet = plainName(site.value);
  // A JSON-LD WebSite's name is often a short form ("Courier"): only when the page names its site nowhere else.
  meta.outlet ??= meta.siteName;
  const author = first(table, AUTHOR_META);
  if (!meta.byline && author && !/^https?:/i.test(author.value)) meta.byline = plainName(author.value);
  const canonical = doc.querySelector('link[rel~="canonical" i]');
  meta.url ??=
    normaliseUrl(canonical ? attr(canonical, 'href') : null, baseUrl) ??
    normaliseUrl(first(table, ['og:url', 'twitter:url', 'parsely-link'])?.value, baseUrl) ??
    (baseUrl ? normaliseUrl(baseUrl) : null);
  const html = doc.documentElement;
  meta.language =
    primaryLanguage(html ? (attr(html, 'lang') ?? attr(html, 'xml:lang')) : null) ??
    meta.language ??
    primaryLanguage(first(table, LANGUAGE_META)?.value);
  const title = plainName(doc.querySelector('title')?.textContent);
  if (title) meta.headlines.push({ value: title, where: 'title' });
  return meta;
}
