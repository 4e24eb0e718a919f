/**
 * The publication-date policy, in one place: which date an article's relative dates resolve against, and
 * what the reader is told about it. The readers (metadata line, path, dateline, page stamp, weekday pins,
 * future claims, full dates) are in `reference.ts`; the closest dated articles of the corpus in
 * `similarity.ts`. Each clue is read once (`readClues`), then:
 *
 * 1. `ownDate`: what the article says by itself. A date from outside the text (ingest: metadata line, path …)
 *    first; a dateline disagreeing with it is a warning, and so is the article's own words contradicting it
 *    (the date is kept). Else a dateline with a year. Else a page stamp, unless the article contradicts it
 *    (a weekday named with its date more than a week before, or a date before it in the future tense).
 * 2. `resolvePublished`, for the rest: a dateline without a year takes the year of the most similar dated
 *    article, or the latest year the text names; else `inferPublished` (a weekday pin, the closest dated
 *    articles, the latest full date).
 */
import type { ExcludedSpan, Published, PublishedBasis, Span } from '../contract';
import type { PublishedHint } from './ingest/types';
import {
  datelineDate,
  findFullDates,
  findFutureClaims,
  findWeekdayPins,
  findYears,
  inferPublished,
  stampContradictions,
  type ArticleHead,
  type FutureClaim,
  type SimilarDated,
  type WeekdayPin,
} from './reference';
import { insideAny } from './text-utils';

/**
 * Where a publication date came from, in words for warnings
 * ("the dateline says …, but the file's path says …").
 */
export const BASIS_WORDS: Record<PublishedBasis, string> = {
  metadata: 'the metadata line',
  'front-matter': 'the front matter',
  manifest: 'the manifest',
  record: 'the record',
  'json-ld': "the page's JSON-LD",
  meta: "the page's meta tags",
  time: "the page's time element",
  url: 'the URL',
  path: "the file's path",
  text: 'the "Published" line',
  dateline: 'the dateline',
  inferred: 'the inferred date',
};

export const NO_PUBLICATION_DATE = 'no publication date found or inferred; relative dates in it are not placed';

/** A stretch of text a publication date was read from: its dates are that date, not events. */
export interface PublicationEvidence {
  span: Span;
  what: string;
}

/** What an article says about its own publication date, each clue read once. */
export interface DateClues {
  /** The date the ingest found outside the text (metadata line, path …), and the span holding it. */
  hint: PublishedHint | null;
  hintEvidence: PublicationEvidence | null;
  head: ArticleHead;
  /** Weekdays named with their date, outside what is not news. */
  pins: WeekdayPin[];
  /** Dates spoken of in the future tense, in the news sentences. */
  future: FutureClaim[];
  /** Every four-digit year of the text. */
  years: number[];
  /** Full dates with a year, outside what is not news. */
  fullDates: string[];
  /** Why the article contradicts the page stamp, or the ingest's date (empty when it does not). */
  stampContradictions: string[];
  hintContradictions: string[];
}

export interface ClueInput {
  text: string;
  /** News sentences (cut at everything not news). */
  sentences: Span[];
  /** Spans that are not news: the ingest's, the head's and the page chrome. */
  notNews: Span[];
  /** The ingest's excluded spans (the hint's evidence lies in one of them). */
  ingestExcluded: ExcludedSpan[];
  hint: PublishedHint | null;
  head: ArticleHead;
}

export function readClues(a: ClueInput): DateClues {
  const pins = findWeekdayPins(a.text).filter((p) => !insideAny(a.notNews, p.span));
  const future = findFutureClaims(a.text, a.sentences).filter((f) => !insideAny(a.notNews, f.span));
  const { hint, head } = a;
  return {
    hint,
    hintEvidence: hint ? hintEvidence(hint, a.ingestExcluded) : null,
    head,
    pins,
    future,
    years: findYears(a.text),
    fullDates: findFullDates(a.text)
      .filter((f) => !insideAny(a.notNews, f.span))
      .map((f) => f.date),
    stampContradictions: head.stamp ? stampContradictions(a.text, head.stamp.date, pins, future) : [],
    hintContradictions: hint ? stampContradictions(a.text, hint.date, pins, future) : [],
  };
}

/** The span a date from the ingest was read from: the excluded span holding it (the whole metadata line). */
function hintEvidence(hint: PublishedHint, excluded: ExcludedSpan[]): PublicationEvidence | null {
  const ev = hint.evidence;
  if (!ev) return null;
  const holder = excluded.find((x) => x.start <= ev.start && x.end >= ev.end);
  return holder
    ? { span: { start: holder.start, end: holder.end }, what: holder.reason }
    : { span: ev, what: hint.basis };
}

/** The date as the article gives it by itself, and what reading it adds to the article. */
export interface OwnDate {
  published: Published | null;
  /** The dateline and the page stamp as excluded spans, with the reason a reader is shown. */
  head: ExcludedSpan[];
  evidence: PublicationEvidence[];
  warnings: string[];
  /** A page stamp the article contradicts: why (for the note), and its year (still a hint for a weekday pin). */
  rejectedStamp?: { why: string; year: number };
}

export function ownDate(c: DateClues): OwnDate {
  const own: OwnDate = { published: null, head: [], evidence: [], warnings: [] };
  if (c.hint) {
    own.published = {
      date: c.hint.date,
      basis: c.hint.basis,
      ...(c.hint.evidence ? { evidence: c.hint.evidence } : {}),
      ...(c.hint.note ? { note: c.hint.note } : {}),
    };
  }
  if (c.hintEvidence) own.evidence.push(c.hintEvidence);
  const { dateline, stamp } = c.head;
  if (dateline) {
    own.head.push({ ...dateline.span, reason: 'dateline' });
    own.evidence.push({ span: dateline.span, what: 'dateline' });
    if (own.published) {
      const d = datelineDate(dateline, Number(own.published.date.slice(0, 4)));
      const source = BASIS_WORDS[own.published.basis];
      if (d && d !== own.published.date)
        own.warnings.push(`the dateline says ${d} but ${source} says ${own.published.date}; ${source} is used`);
    } else if (dateline.year !== null) {
      const d = datelineDate(dateline, dateline.year);
      if (d) own.published = { date: d, basis: 'dateline', evidence: dateline.span };
    }
  }
  if (stamp) {
    const against = c.stampContradictions;
    if (against.length) {
      const reasons = against.slice(0, 3).join('; ');
      const why = `The page timestamp ${stamp.date} was rejected because the article contradicts it: ${reasons}.`;
      own.head.push({ ...stamp.span, reason: `page timestamp, rejected: the article contradicts it` });
      own.rejectedStamp = { why, year: Number(stamp.date.slice(0, 4)) };
      own.warnings.push(why);
    } else {
      own.head.push({ ...stamp.span, reason: 'page timestamp' });
      if (!own.published) {
        own.evidence.push({ span: stamp.span, what: 'page timestamp' });
        own.published = {
          date: stamp.date,
          basis: 'metadata',
          evidence: stamp.span,
          note: 'Read from the page timestamp at the top of the file.',
        };
      }
    }
  }
  if (c.hint && c.hintContradictions.length) {
    // A date from outside the text is trusted over the text, but the article's own words are still checked.
    const source = BASIS_WORDS[c.hint.basis];
    own.warnings.push(
      `${source} says ${c.hint.date}, but ${c.hintContradictions.slice(0, 3).join('; ')}; ${source} is used`,
    );
  }
  return own;
}

/**
 * The publication date of an article: its own (`ownDate`), else one inferred from its clues and, asked only
 * then, the most similar dated article of the corpus. Null when nothing supports a date.
 */
export function resolvePublished(
  c: DateClues,
  own: OwnDate,
  similarDated: () => SimilarDated | null,
): Published | null {
  if (own.published) return own.published;
  const similar = similarDated();
  const dateline = c.head.dateline;
  if (dateline && dateline.year === null) {
    const year = similar ? Number(similar.date.slice(0, 4)) : [...c.years].sort().at(-1);
    const d = year !== undefined ? datelineDate(dateline, year) : null;
    if (d) {
      return {
        date: d,
        basis: 'dateline',
        evidence: dateline.span,
        note: similar
          ? `The dateline gives no year; ${year} is the year of the most similar dated article (${similar.articleId}).`
          : `The dateline gives no year; ${year} is the latest year the article names.`,
      };
    }
  }
  return inferPublished({
    pins: c.pins,
    years: c.years,
    fullDates: c.fullDates,
    similar,
    ...(own.rejectedStamp ? { rejected: own.rejectedStamp.why, stampYear: own.rejectedStamp.year } : {}),
    future: c.future,
  });
}

/**
 * The reference for extracting an article nothing dates: the middle publication date of the articles
 * that date themselves (their absolute dates still need a year to be read against). Relative dates in
 * such an article are not placed.
 */
export function fallbackReference(ownDates: readonly string[]): string {
  return [...ownDates].sort()[Math.floor(ownDates.length / 2)] ?? '2000-01-01';
}
