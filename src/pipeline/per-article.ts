/**
 * The per-article half of the build: one input file (or one record of an export) in, everything that can be
 * known of its articles without the rest of the corpus out. Pure and independent of every other article, so
 * it can run in any order, in any worker; `corpus.ts` does the rest in input order.
 *
 * Per article: ingest (the file's format, the folder's manifest row, the declared language checked), clean
 * (language, head, chrome, sentences), what the article says of its own date (clues, own date, story names),
 * the duplicate fingerprint, and the dates extracted against the article's own date when it has one. What
 * needs the corpus (ids, duplicates, dating by similar articles, re-extraction) is left to `corpus.ts`.
 */
import { fingerprint } from './duplicates';
import { pathInCorpus } from './ids';
import { fillFromRow, readOne, type IngestOptions } from './ingest';
import { MANIFEST_NAMES, readManifest, type Manifest } from './ingest/manifest';
import type { IngestedArticle, InputFile, Skipped } from './ingest/types';
import { checkDeclaredLanguage } from './language';
import { MAX_ARTICLE_BYTES } from './read';
import { cleanText, type CleanedText } from './stages/clean';
import { readOwnDate, type OwnDateRead } from './stages/date';
import { extractOne, type ExtractOneResult } from './stages/extract';

export interface ProcessOptions extends IngestOptions {
  /** The folder's manifests (`metadata.csv`, `metadata.jsonl`), in path order: read before any article. */
  manifests?: readonly Manifest[];
}

/** What one article is, as far as it alone tells. */
export interface ProcessedArticle {
  /** The ingested article, its manifest row applied and its declared language checked (warnings: the reader's and the manifest's). */
  source: IngestedArticle;
  /** The warning of the declared-language check, when the text reads as another language. */
  languageWarning?: string;
  cleaned: CleanedText;
  date: OwnDateRead;
  /** `fingerprint(source.text)`: duplicates are found by it in the corpus. */
  fingerprint: string;
  /** The dates, when the article gives its own date (extracted against it). */
  extracted?: ExtractOneResult;
}

export interface ProcessedInput {
  articles: ProcessedArticle[];
  skipped: Skipped[];
}

/** Whether a file is one of the folder's manifests (at its top, by name). */
export function isManifest(path: string, corpus: string): boolean {
  return (MANIFEST_NAMES as readonly string[]).includes(pathInCorpus(path, corpus).toLowerCase());
}

/** A manifest file read (its rows and problems); decoded as UTF-8 as the ingest does. */
export function readManifestFile(file: InputFile): Manifest {
  return readManifest(new TextDecoder('utf-8').decode(file.bytes), file.path);
}

/** One input file: its articles (or records) processed, and what of it could not be used. */
export function processInput(file: InputFile, options: ProcessOptions = {}): ProcessedInput {
  const corpus = options.corpus ?? '';
  const result = { articles: [] as IngestedArticle[], skipped: [] as Skipped[] };
  if (file.preread) {
    result.articles.push(...file.preread.articles);
    result.skipped.push(...file.preread.skipped);
  } else if (isManifest(file.path, corpus)) {
    return { articles: [], skipped: [] }; // read before the articles (`readManifestFile`)
  } else {
    try {
      readOne(
        file,
        pathInCorpus(file.path, corpus),
        options.maxBytes ?? MAX_ARTICLE_BYTES,
        options.fieldMap ?? {},
        result,
      );
    } catch (e) {
      // A reader meeting input it cannot handle must not end the build: the file is named with the reason.
      result.skipped.push({ file: file.path, reason: `could not be read (${(e as Error).message.slice(0, 160)})` });
    }
  }
  return { articles: result.articles.map((a) => processRecord(a, options)), skipped: result.skipped };
}

/** One ingested article or record (the CLI streams JSONL records one by one). */
export function processRecord(record: IngestedArticle, options: ProcessOptions = {}): ProcessedArticle {
  const source: IngestedArticle = { ...record, warnings: [...record.warnings] };
  const path = pathInCorpus(source.file, options.corpus ?? '');
  for (const m of options.manifests ?? []) {
    const row = m.rows.get(path);
    if (row) fillFromRow(source, row);
  }
  const chosen = checkDeclaredLanguage(source.text, source.language);
  source.language = chosen.language;
  const cleaned = cleanText(source);
  const date = readOwnDate({ ...cleaned, text: source.text, source });
  const own = date.own.published;
  return {
    source,
    ...(chosen.warning ? { languageWarning: chosen.warning } : {}),
    cleaned,
    date,
    fingerprint: fingerprint(source.text),
    ...(own ? { extracted: extractOne(source.text, cleaned.language, own.date) } : {}),
  };
}
