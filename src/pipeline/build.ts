/**
 * The whole build step as one pure function: files (path + bytes) in, a validated timeline and a
 * per-article report out. No file system, no clock, no process: the CLI does the I/O.
 *
 * It is two halves: `processInput` (`per-article.ts`) reads one file and does everything its articles tell
 * by themselves (ingest, clean, their own date, the dates extracted against it); `buildFromArticles`
 * (`corpus.ts`) does what needs the corpus (ids, duplicates, dating by similar articles, re-extraction when
 * the reference changed, mark → events → titles → rank → assemble). The CLI runs the first half in workers;
 * this function runs both in turn, and gives the same timeline byte for byte.
 */
import { buildFromArticles } from './corpus';
import { type IngestOptions, type InputFile } from './ingest';
import type { Skipped } from './ingest/types';
import { isManifest, processInput, readManifestFile, type ProcessedArticle } from './per-article';
import type { BuildResult } from './stages/assemble';

export type { InputFile };
export type { ArticleReport, BuildReport, BuildResult } from './stages/assemble';
export { UNCLUSTERED_NOTE } from './stages/cluster';
export { buildFromArticles } from './corpus';
export { processInput, processRecord } from './per-article';

/** The ingest's options (corpus folder, size limit, record field map, progress) are the build's. */
export type BuildOptions = IngestOptions;

/** How often progress is reported, in files: often enough for a live count, rarely enough to cost nothing. */
const PROGRESS_EVERY = 500;

export function buildTimeline(files: InputFile[], options: BuildOptions = {}): BuildResult {
  const progress = options.onProgress ?? (() => {});
  const corpus = options.corpus ?? '';
  // Files in path order (the output does not depend on the order they were given in); a path given twice once.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const twice = (i: number) => i > 0 && sorted[i - 1]!.path === sorted[i]!.path;
  // The manifests name metadata for the other files: read first, whatever their place in the folder.
  const manifests = sorted
    .filter((f, i) => !twice(i) && !f.preread && isManifest(f.path, corpus))
    .map(readManifestFile);
  const articles: ProcessedArticle[] = [];
  const skipped: Skipped[] = [];
  sorted.forEach((file, i) => {
    if (i % PROGRESS_EVERY === 0) progress('reading', i, sorted.length);
    if (twice(i)) {
      skipped.push({ file: file.path, reason: 'the same file was given twice' });
      return;
    }
    const r = processInput(file, { ...options, manifests });
    articles.push(...r.articles);
    skipped.push(...r.skipped);
  });
  return buildFromArticles(articles, { corpus, skipped, manifests, onProgress: progress });
}
