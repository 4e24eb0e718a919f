/**
 * The ingest stage, first of the build: files (path + bytes) in, one article per file with its text and the
 * metadata found outside that text, or the reason a file could not be used. Files are taken in path order
 * (the output does not depend on the order they were given in); a path given twice is used once.
 * Every file is read as plain text (`text.ts`).
 */
import { pathInCorpus } from '../ids';
import { MAX_ARTICLE_BYTES } from '../read';
import { readTextFile } from './text';
import type { IngestResult, InputFile } from './types';

export type { IngestedArticle, IngestResult, InputFile, PublishedHint, Skipped } from './types';

export interface IngestOptions {
  /** The corpus folder: stripped from paths to give each article's path inside the corpus. */
  corpus?: string;
  /** Files larger than this are skipped (default `MAX_ARTICLE_BYTES`). */
  maxBytes?: number;
  /** Called now and then during long builds. */
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** How often progress is reported, in files: often enough for a live count, rarely enough to cost nothing. */
const PROGRESS_EVERY = 500;

export function ingest(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  const progress = options.onProgress ?? (() => {});
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const result: IngestResult = { articles: [], skipped: [] };
  const seen = new Set<string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((file, index) => {
    if (index % PROGRESS_EVERY === 0) progress('reading', index, sorted.length);
    if (seen.has(file.path)) {
      result.skipped.push({ file: file.path, reason: 'the same file was given twice' });
      return;
    }
    seen.add(file.path);
    const read = readTextFile(file, pathInCorpus(file.path, options.corpus ?? ''), maxBytes);
    if (read.ok) result.articles.push(read.article);
    else result.skipped.push({ file: file.path, reason: read.reason });
  });
  return result;
}
