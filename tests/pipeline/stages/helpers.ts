import { ingest } from '../../../src/pipeline/ingest';
import { assemble } from '../../../src/pipeline/stages/assemble';
import { cleanArticles } from '../../../src/pipeline/stages/clean';
import { clusterMentions } from '../../../src/pipeline/stages/cluster';
import { dateArticles } from '../../../src/pipeline/stages/date';
import { extractArticles } from '../../../src/pipeline/stages/extract';
import { markArticles } from '../../../src/pipeline/stages/mark';
import { rankAll } from '../../../src/pipeline/stages/rank';
import { titleEvents } from '../../../src/pipeline/stages/title';

/** Ingested articles from `[path, text]` pairs in a corpus folder `c`. */
export function ingested(...files: [string, string][]) {
  return ingest(
    files.map(([path, text]) => ({ path: `c/${path}`, bytes: new TextEncoder().encode(text) })),
    { corpus: 'c' },
  ).articles;
}

export const silent = () => {};

/** Two reports of one shooting (dated by their metadata line) and an undated article about something else. */
export const A = ' date 2026-01-27 Alex Pretti was shot dead in Minneapolis on Saturday, witnesses said.';
export const B = ' date 2026-01-28 Alex Pretti was shot dead in Minneapolis on 24 January, the family said. Read more';
export const C = 'Farmers in Bavaria blocked roads on Thursday.';

/** Every stage in turn, each hand-off kept for the tests. */
export function run(...files: [string, string][]) {
  const dated = dateArticles(cleanArticles(ingested(...files)), silent);
  const extracted = extractArticles(dated.articles, dated.fallbackReference, silent);
  const marked = markArticles(extracted);
  const events = clusterMentions(marked);
  const titled = titleEvents(events, marked, extracted);
  const ranked = rankAll(titled, marked.mentions, extracted);
  const built = assemble({ corpus: 'c', articles: extracted, marked, events: ranked, skipped: [] }, silent);
  return { extracted, marked, events, titled, built };
}
