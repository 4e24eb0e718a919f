/**
 * Stage 3, reference date: the publication date each article's relative dates resolve against, by the policy
 * of `published.ts`. First what each article says by itself; then, for the rest, the corpus: the dated
 * articles most like it (`similarity.ts`). Also decides the reasons shown for the dateline and page stamp.
 */
import type { ExcludedSpan, Published } from '../../contract';
import {
  fallbackReference,
  NO_PUBLICATION_DATE,
  ownDate,
  readClues,
  resolvePublished,
  type DateClues,
  type OwnDate,
  type PublicationEvidence,
} from '../published';
import { SimilarityIndex, storyNames } from '../similarity';
import type { CleanArticle } from './clean';

/** How often progress is reported, in articles. */
const PROGRESS_EVERY = 500;

export interface DatedArticle extends CleanArticle {
  /** Everything that is not news, with the reason a reader is shown, sorted. */
  excluded: ExcludedSpan[];
  published: Published | null;
  /** Where the publication date was read: its dates are not events. */
  evidence: PublicationEvidence[];
  /** Names of the story (folded capitalised words outside what is not news). */
  names: string[];
}

export interface DatedCorpus {
  articles: DatedArticle[];
  /** The reference for extracting an article nothing dates. */
  fallbackReference: string;
}

/** What an article says of its own date, read from it alone (the first half of this stage). */
export interface OwnDateRead {
  clues: DateClues;
  own: OwnDate;
  /** Everything that is not news, with the reason a reader is shown, sorted. */
  excluded: ExcludedSpan[];
  /** Names of the story (folded capitalised words outside what is not news). */
  names: string[];
}

/** The per-article half: the clues, the date the article gives itself, what is excluded, the story's names. */
export function readOwnDate(
  a: Pick<CleanArticle, 'text' | 'sentences' | 'notNews' | 'head' | 'chrome'> & {
    source: Pick<CleanArticle['source'], 'excluded' | 'published'>;
  },
): OwnDateRead {
  const clues = readClues({
    text: a.text,
    sentences: a.sentences,
    notNews: a.notNews,
    ingestExcluded: a.source.excluded,
    hint: a.source.published,
    head: a.head,
  });
  const own = ownDate(clues);
  const excluded = [...a.source.excluded, ...own.head, ...a.chrome].sort((x, y) => x.start - y.start || x.end - y.end);
  return { clues, own, excluded, names: storyNames(a.text, excluded) };
}

/**
 * The corpus half: articles that give no date of their own are dated by the dated ones most like them.
 * `own[i]` is `readOwnDate(articles[i])` when it was read already (in a worker).
 */
export function dateArticles(
  articles: readonly CleanArticle[],
  progress: (phase: string, done: number, total: number) => void,
  own: readonly OwnDateRead[] = articles.map(readOwnDate),
): DatedCorpus {
  const read = articles.map((a, i) => ({ a, ...own[i]! }));
  const selfDated = read.filter((r) => r.own.published && r.a.duplicateOf === undefined);
  const index = new SimilarityIndex(
    selfDated.map((r) => ({ id: r.a.id, date: r.own.published!.date, names: r.names })),
  );
  const dated = read.map(({ a, clues, own, excluded, names }, i): DatedArticle => {
    if (i % PROGRESS_EVERY === 0) progress('dating', i, read.length);
    const published = resolvePublished(clues, own, () => index.closest({ text: a.text, names }));
    const warnings = [...a.warnings, ...own.warnings, ...(published ? [] : [NO_PUBLICATION_DATE])];
    return { ...a, excluded, published, evidence: own.evidence, names, warnings };
  });
  return { articles: dated, fallbackReference: fallbackReference(selfDated.map((r) => r.own.published!.date)) };
}
