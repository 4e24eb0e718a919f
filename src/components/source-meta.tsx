/**
 * How a source is named and linked wherever the page shows one (evidence cards, the reader's header):
 * the outlet, the headline, the publication date, and a link to the original. Article metadata is
 * untrusted: it is rendered as text, and only an absolute http(s) URL ever becomes a link.
 */
import type { Article, PublishedBasis } from '../contract';
import { dateInWords } from '../contract/words';

/**
 * The URL when it is an absolute http(s) one, else null. The contract already checks this when the file
 * loads; checked again here because a link is where a `javascript:` or `data:` URL would run.
 */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "Open original" on the article's own site, in a new tab, without handing it our page or our address. */
export function OpenOriginal({ article }: { article: Pick<Article, 'url' | 'outlet'> }) {
  const href = safeWebUrl(article.url);
  if (!href) return null;
  return (
    <a className="open-original" href={href} target="_blank" rel="noopener noreferrer">
      Open original
      <span className="sr-only"> at {article.outlet} (opens in a new tab)</span>
    </a>
  );
}

/** "27 January 2026" (no weekday: it sits next to the outlet, not in a sentence about the event). */
export function publishedShort(article: Pick<Article, 'published'>): string | null {
  return article.published ? dateInWords({ start: article.published.date }, { weekday: false }) : null;
}

/** Where a publication date came from, in reader words (completes "Publication date …"). */
export const BASIS_WORDS: Record<PublishedBasis, string> = {
  metadata: 'from the date line at the top of the file',
  'front-matter': 'from the header of the file',
  manifest: "from the corpus's list of files",
  record: 'from the export it came in',
  'json-ld': "from the page's publishing data",
  meta: "from the page's publishing details",
  time: 'from the date shown by the headline',
  url: 'from the date in its web address',
  path: 'from the folder it was filed in',
  text: 'from the "Published" line in the article',
  dateline: "from the article's dateline",
  inferred: 'estimated: the article does not print it',
};

/**
 * The publication date and where it came from, as a reader says it: "Published 27 January 2026, from
 * the date line at the top of the file". An estimated date says what it was estimated from, without the
 * build step's working (which stays available under "How this date was found").
 */
export function publishedInWords(article: Pick<Article, 'published'>): string {
  const p = article.published;
  if (!p) return 'Publication date unknown';
  const day = dateInWords({ start: p.date }, { weekday: false });
  if (p.basis !== 'inferred') return `Published ${day}, ${BASIS_WORDS[p.basis]}`;
  const from = /similar|closest|corpus/i.test(p.note ?? '')
    ? 'from the dates in the article and similar dated articles'
    : "from the article's own dates";
  return `Publication date estimated ${from}: ${day}`;
}
