/**
 * The whole build step as one pure function: files (path + bytes) in, a validated timeline and a
 * per-article report out. No file system, no clock, no process: the CLI does the I/O.
 *
 * It is a composition of stages, each a module of `stages/` (the first in `ingest/`), each handing the
 * next a typed result: ingest → clean → reference date → extract → mark → events → titles → rank →
 * assemble. The stages up to mark work article by article (the reference date also asks the corpus for
 * articles it cannot date by itself); events, titles and rank work on the whole corpus.
 */
import { ingest, type IngestOptions, type InputFile } from './ingest';
import { assemble, type BuildResult } from './stages/assemble';
import { cleanArticles } from './stages/clean';
import { clusterMentions } from './stages/cluster';
import { dateArticles } from './stages/date';
import { extractArticles } from './stages/extract';
import { markArticles } from './stages/mark';
import { rankAll } from './stages/rank';
import { titleEvents } from './stages/title';

export type { InputFile };
export type { ArticleReport, BuildReport, BuildResult } from './stages/assemble';
export { UNCLUSTERED_NOTE } from './stages/cluster';

/** The ingest's options (corpus folder, size limit, record field map, progress) are the build's. */
export type BuildOptions = IngestOptions;

export function buildTimeline(files: InputFile[], options: BuildOptions = {}): BuildResult {
  const progress = options.onProgress ?? (() => {});
  const ingested = ingest(files, options); // 1. files → articles (text, metadata from outside the text)
  const cleaned = cleanArticles(ingested.articles); // 2. ids, language, duplicates, what is not news, sentences
  const dated = dateArticles(cleaned, progress); // 3. the publication date each article is read against
  const extracted = extractArticles(dated.articles, dated.fallbackReference, progress); // 4. every date
  const marked = markArticles(extracted); // 5. mentions; what cannot be placed, and why
  progress('clustering', 0, marked.placeable.length);
  const events = clusterMentions(marked); // 6. events
  progress('titling', 0, events.length);
  const titled = titleEvents(events, marked, extracted); // 7. titles and flags, in date order
  const ranked = rankAll(titled, marked.mentions, extracted); // 8. how much each event mattered
  return assemble(
    { corpus: options.corpus ?? '', articles: extracted, marked, events: ranked, skipped: ingested.skipped },
    progress,
  ); // 9. the contract's timeline, validated, and the report
}
