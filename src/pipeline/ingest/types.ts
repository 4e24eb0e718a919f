/**
 * What the ingest stage hands to the rest of the build: one article per file or record, whatever its format,
 * with the text every offset indexes and the metadata found outside that text. Formats are modules of
 * this folder (text, html, records …); the build after this point does not know which one an article came from.
 */
import type { ArticleFormat, ExcludedSpan, PublishedBasis, Span } from '../../contract';

/** A file as the CLI gives it: path from the project root (forward slashes) and its bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
  /**
   * Articles already read from this file, when the CLI streamed it (a JSONL export too large to hold whole):
   * the ingest uses them instead of `bytes`.
   */
  preread?: IngestResult;
}

/** A publication date read from metadata (not inferred): where it was read, and in which words. */
export interface PublishedHint {
  date: string;
  basis: PublishedBasis;
  /** Where in `text` it was read, when it was read there. */
  evidence?: Span;
  /** Plain-words note for the reader ("the page's JSON-LD says 2026-01-27; its Open Graph tag says 2026-01-26"). */
  note?: string;
}

export interface IngestedArticle {
  /** The file's path; for a record `file:line` (JSONL, CSV) or `file#index` (JSON array). */
  file: string;
  /** What the article id is derived from: the path in the corpus without extension, or `file/recordId`. */
  idSource: string;
  format: ArticleFormat;
  /** The article text, plain paragraphs: every offset of the timeline indexes this string. */
  text: string;
  headline: string | null;
  outlet: string | null;
  /** http(s) only, normalised; anything else is dropped with a warning. */
  url: string | null;
  byline: string | null;
  /** Language as the page or record declares it (BCP 47 primary tag), before detection. */
  language: string | null;
  published: PublishedHint | null;
  modified: string | null;
  /** Stretches of `text` known not to be news (a front-matter header, a metadata line …). */
  excluded: ExcludedSpan[];
  warnings: string[];
  /**
   * The `file` of an earlier article with the same URL: this one is a duplicate of it (the build marks it
   * `duplicateOf` that article's id, so its dates are not counted twice).
   */
  sameUrlAs?: string;
}

/** A file or record that could not become an article, and why (named as `file` or `file:line`). */
export interface Skipped {
  file: string;
  reason: string;
}

export interface IngestResult {
  articles: IngestedArticle[];
  skipped: Skipped[];
}

/** An article with its text and nothing known about it yet: each format module fills in what it reads. */
export function bareArticle(file: string, idSource: string, format: ArticleFormat, text: string): IngestedArticle {
  return {
    file,
    idSource,
    format,
    text,
    headline: null,
    outlet: null,
    url: null,
    byline: null,
    language: null,
    published: null,
    modified: null,
    excluded: [],
    warnings: [],
  };
}
