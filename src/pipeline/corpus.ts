/**
 * The corpus half of the build: the per-article results (`per-article.ts`), in input order, in; the timeline
 * and its report out. Pure. What needs more than one article happens here: the manifest rows naming no
 * article, the same URL twice, ids, duplicates, dating articles by the dated ones most like them,
 * re-extracting an article whose reference date is not the one it was extracted against, and the stages
 * that work on the whole corpus (mark, events, titles, rank, assemble).
 */
import { pathInCorpus } from './ids';
import type { Manifest } from './ingest/manifest';
import type { IngestedArticle, Skipped } from './ingest/types';
import type { ProcessedArticle } from './per-article';
import { assemble, type BuildResult } from './stages/assemble';
import { cleanArticles } from './stages/clean';
import { clusterMentions } from './stages/cluster';
import { dateArticles, type DatedCorpus } from './stages/date';
import { extractArticles, extractOne, referenceOf, type ExtractOneResult } from './stages/extract';
import { markArticles } from './stages/mark';
import { rankAll } from './stages/rank';
import { titleEvents } from './stages/title';

export interface CorpusOptions {
  /** The corpus folder (the timeline's `corpus`; stripped from paths for the manifest's rows). */
  corpus?: string;
  /** Files and records that could not be used, in input order. */
  skipped?: readonly Skipped[];
  /** The folder's manifests, in path order. */
  manifests?: readonly Manifest[];
  onProgress?: (phase: string, done: number, total: number) => void;
}

export function buildFromArticles(articles: readonly ProcessedArticle[], options: CorpusOptions = {}): BuildResult {
  const dated = dateCorpus(articles, options);
  for (const job of pendingExtractions(dated))
    dated.extracted[job.index] = extractOne(job.text, job.language, job.reference);
  return finishCorpus(dated, options);
}

/** The corpus up to its reference dates (steps 1–3), with each article's extraction so far. */
export interface DatedStage {
  corpus: string;
  skipped: Skipped[];
  dated: DatedCorpus;
  /** Per article, what was extracted and against which reference: a worker's, or one filled in since. */
  extracted: (ExtractOneResult | undefined)[];
}

/** One article to extract (again): its reference is not the one it was extracted against, or it had none. */
export interface ExtractionJob {
  index: number;
  text: string;
  language: string;
  reference: string;
}

/** Steps 1–3: what the manifests name, the same URL twice, ids, duplicates, and every article's reference date. */
export function dateCorpus(articles: readonly ProcessedArticle[], options: CorpusOptions = {}): DatedStage {
  const progress = options.onProgress ?? (() => {});
  const corpus = options.corpus ?? '';
  const skipped = [...(options.skipped ?? []), ...manifestProblems(articles, options.manifests ?? [], corpus)];
  const sources = withSameUrl(articles);
  const cleaned = cleanArticles(
    sources,
    articles.map((a) => a.cleaned),
    articles.map((a) => a.fingerprint),
  ); // 2. ids and duplicates (the rest of clean was per article)
  const dated = dateArticles(
    cleaned,
    progress,
    articles.map((a) => a.date),
  ); // 3. articles that do not date themselves, by the dated ones like them
  return { corpus, skipped, dated, extracted: articles.map((a) => a.extracted) };
}

/**
 * The articles whose dates must be extracted (again) against their final reference: pure and independent of
 * each other, so the CLI runs them in its workers and fills `extracted` in before `finishCorpus`.
 */
export function pendingExtractions(stage: DatedStage): ExtractionJob[] {
  const { articles, fallbackReference } = stage.dated;
  const jobs: ExtractionJob[] = [];
  articles.forEach((a, index) => {
    const reference = referenceOf(a, fallbackReference);
    if (stage.extracted[index]?.reference !== reference)
      jobs.push({ index, text: a.text, language: a.language, reference });
  });
  return jobs;
}

/** Steps 4–9: the dates (re-extracted where still needed), mark, events, titles, rank, assemble (validated). */
export function finishCorpus(stage: DatedStage, options: Pick<CorpusOptions, 'onProgress'> = {}): BuildResult {
  const progress = options.onProgress ?? (() => {});
  const { corpus, skipped, dated } = stage;
  const extracted = extractArticles(dated.articles, dated.fallbackReference, progress, stage.extracted); // 4.
  const marked = markArticles(extracted); // 5. mentions; what cannot be placed, and why
  progress('clustering', 0, marked.placeable.length);
  const events = clusterMentions(marked); // 6. events
  progress('titling', 0, events.length);
  const titled = titleEvents(events, marked, extracted); // 7. titles and flags, in date order
  const ranked = rankAll(titled, marked.mentions, extracted); // 8. how much each event mattered
  return assemble({ corpus, articles: extracted, marked, events: ranked, skipped }, progress); // 9. validated
}

/** Each manifest's problems, then its rows that name no article of the folder. */
function manifestProblems(
  articles: readonly ProcessedArticle[],
  manifests: readonly Manifest[],
  corpus: string,
): Skipped[] {
  if (manifests.length === 0) return [];
  const paths = new Set(articles.map((a) => pathInCorpus(a.source.file, corpus)));
  const out: Skipped[] = [];
  for (const m of manifests) {
    out.push(...m.problems);
    for (const [path, row] of m.rows)
      if (!paths.has(path))
        out.push({ file: row.where, reason: `the manifest names ${path}, which is not an article of the folder` });
  }
  return out;
}

/**
 * The articles as ingested for the corpus: the same URL in two files (or records) is one story, the later a
 * duplicate of the first, by name; the warnings in the order the reader sees them.
 */
function withSameUrl(articles: readonly ProcessedArticle[]): IngestedArticle[] {
  const first = new Map<string, string>();
  return articles.map(({ source, languageWarning }) => {
    const warnings = [...source.warnings];
    let sameUrlAs: string | undefined;
    if (source.url) {
      const key = source.url.replace(/^http:/, 'https:').replace(/\/$/, '');
      sameUrlAs = first.get(key);
      if (sameUrlAs === undefined) first.set(key, source.file);
      else warnings.push(`the same URL as ${sameUrlAs}: a duplicate of it`);
    }
    if (languageWarning) warnings.push(languageWarning);
    return { ...source, warnings, ...(sameUrlAs !== undefined ? { sameUrlAs } : {}) };
  });
}
