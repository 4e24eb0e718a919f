/**
 * Stage 2, clean: each ingested article gets its id, its language, whether it repeats an earlier one, and
 * what of its text is not news: the ingest's excluded spans (a metadata line), the head (dateline, page
 * stamp: `reference.ts`) and the page chrome (`clean.ts`). Its sentences are cut at the edges of all of it.
 * `cleanText` is the part that needs only the article; `cleanArticles` adds ids and duplicates, which look at
 * earlier articles of the corpus.
 */
import type { ExcludedSpan, Span } from '../../contract';
import { findChrome } from '../clean';
import { DuplicateFinder } from '../duplicates';
import { uniqueArticleIds } from '../ids';
import type { IngestedArticle } from '../ingest';
import { detectLanguage } from '../language';
import { readHead, type ArticleHead } from '../reference';
import { cutAtSpans, splitSentences } from '../sentences';

/** Fewer words than this say too little to name a language: no warning for a short text of numbers and names. */
const MIN_WORDS_FOR_LANGUAGE_WARNING = 20;

export interface CleanArticle {
  /** What the ingest read (file, format, headline, outlet, url, byline, modified, published hint …). */
  source: IngestedArticle;
  id: string;
  text: string;
  /** Declared by the page or record, else detected (`und` when unsure; its dates are read as English). */
  language: string;
  /** Id of the earlier article with the same text. */
  duplicateOf?: string;
  head: ArticleHead;
  /** Page chrome found in the text. */
  chrome: ExcludedSpan[];
  /** Everything that is not news, sorted: the ingest's excluded spans, the head and the chrome. */
  notNews: Span[];
  /** Sentences, cut at the edges of what is not news. */
  sentences: Span[];
  warnings: string[];
}

/** What clean reads from one article's text alone: everything but its id and whether it repeats another. */
export interface CleanedText {
  language: string;
  /** Warnings of this stage that need no corpus (a language that could not be determined). */
  warnings: string[];
  head: ArticleHead;
  chrome: ExcludedSpan[];
  notNews: Span[];
  sentences: Span[];
}

/** The per-article part of clean: language, head, chrome, sentences. Pure, no corpus. */
export function cleanText(source: IngestedArticle): CleanedText {
  const { text } = source;
  const warnings: string[] = [];
  const language = source.language ?? detectLanguage(text);
  if (language === 'und' && text.split(/\s+/).length >= MIN_WORDS_FOR_LANGUAGE_WARNING) {
    warnings.push('the language could not be determined; its dates were read as English');
  }
  const head = readHead(text, language, { excluded: source.excluded, dated: source.published !== null });
  const known: Span[] = [...source.excluded, ...headSpans(head)];
  const chrome = findChrome(text, known);
  const notNews = [...known, ...chrome].sort((a, b) => a.start - b.start || a.end - b.end);
  return { language, warnings, head, chrome, notNews, sentences: cutAtSpans(text, splitSentences(text), notNews) };
}

/**
 * The corpus part of clean: ids (a collision is resolved in corpus order) and duplicates (a later article with
 * the same URL or text as an earlier one). `fingerprints[i]` is `fingerprint(articles[i].text)` when known.
 */
export function cleanArticles(
  articles: readonly IngestedArticle[],
  cleaned: readonly CleanedText[] = articles.map(cleanText),
  fingerprints?: readonly string[],
): CleanArticle[] {
  const ids = uniqueArticleIds(articles.map((a) => a.idSource));
  const duplicates = new DuplicateFinder();
  // Ingest names an earlier article with the same URL by its file; the timeline names it by its id.
  const idByFile = new Map(articles.map((a, i) => [a.file, ids[i]!]));
  return articles.map((source, i) => {
    const id = ids[i]!;
    const { text } = source;
    const c = cleaned[i]!;
    const warnings = [...source.warnings, ...c.warnings];
    const sameUrl = source.sameUrlAs !== undefined ? idByFile.get(source.sameUrlAs) : undefined;
    const copyOf = duplicates.copyOf(id, text, fingerprints?.[i]);
    const duplicateOf = sameUrl ?? copyOf;
    if (copyOf !== undefined && sameUrl === undefined)
      warnings.push(`the same article as ${duplicateOf}; its dates are not counted twice`);
    return {
      source,
      id,
      text,
      language: c.language,
      ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      head: c.head,
      chrome: c.chrome,
      notNews: c.notNews,
      sentences: c.sentences,
      warnings,
    };
  });
}

function headSpans(head: ArticleHead): Span[] {
  const out: Span[] = [];
  if (head.dateline) out.push(head.dateline.span);
  if (head.stamp) out.push(head.stamp.span);
  return out;
}
