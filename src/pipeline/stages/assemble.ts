/**
 * Stage 9, assemble: the timeline as the contract describes it (articles with their outlet and headline,
 * mentions, events, skipped files), validated as it will be written, and a per-article report for the CLI.
 */
import {
  SCHEMA_VERSION,
  validateTimeline,
  type ArticleWithText,
  type Mention,
  type Span,
  type InlineTimeline,
  type TimelineEvent,
} from '../../contract';
import type { Skipped } from '../ingest';
import type { ExtractedArticle } from './extract';
import type { MarkedMentions } from './mark';

export interface ArticleReport {
  file: string;
  id: string;
  language: string;
  published: { date: string; basis: string } | null;
  /** Temporal expressions found. */
  found: number;
  /** Found and placed on an event. */
  placed: number;
  /** Found but not placed (chrome, metadata, vague, duplicates …). */
  excluded: number;
  warnings: string[];
}

export interface BuildReport {
  articles: ArticleReport[];
  skipped: Skipped[];
  /** Problems with the whole build (the timeline did not validate …). */
  errors: string[];
}

export interface BuildResult {
  timeline: InlineTimeline;
  report: BuildReport;
}

export interface AssembleInput {
  corpus: string;
  articles: readonly ExtractedArticle[];
  marked: MarkedMentions;
  events: TimelineEvent[];
  skipped: Skipped[];
}

/** Sentences looked at for a headline: the news starts within the first few dozen. */
const HEADLINE_SENTENCES = 50;
/** A headline has at least this many words (shorter first sentences are labels, not news). */
const HEADLINE_MIN_WORDS = 3;
/** Longest headline in characters before it is cut at a word with an ellipsis. */
const HEADLINE_MAX_CHARS = 140;

export function assemble(
  input: AssembleInput,
  progress: (phase: string, done: number, total: number) => void,
): BuildResult {
  const { corpus, marked, events, skipped } = input;
  const mentions: Mention[] = marked.mentions;
  progress('assembling', 0, input.articles.length);
  const articles: ArticleWithText[] = input.articles.map((a) => ({
    id: a.id,
    file: a.source.file,
    format: a.source.format,
    outlet: a.source.outlet ?? basename(a.source.file),
    headline: a.source.headline ?? firstNewsSentence(a.text, a.excluded, a.sentences),
    url: a.source.url,
    byline: a.source.byline,
    modified: a.source.modified,
    language: a.language,
    published: a.published,
    text: a.text,
    excluded: a.excluded,
    sentences: a.sentences,
    ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
    warnings: a.warnings,
  }));
  const timeline: InlineTimeline = { schemaVersion: SCHEMA_VERSION, corpus, articles, mentions, events, skipped };
  const reports = input.articles.map((a, i): ArticleReport => {
    const { first, end } = marked.ranges[i]!;
    let placed = 0;
    for (let k = first; k < end; k++) if (mentions[k]!.eventId !== null) placed++;
    return {
      file: a.source.file,
      id: a.id,
      language: a.language,
      published: a.published ? { date: a.published.date, basis: a.published.basis } : null,
      found: a.found.length,
      placed,
      excluded: end - first - placed,
      warnings: a.warnings,
    };
  });
  progress('validating', 0, mentions.length);
  // The timeline is plain data (no undefined fields, no class instances), so it is validated as it will be written.
  const validation = validateTimeline(timeline);
  return { timeline, report: { articles: reports, skipped, errors: validation.ok ? [] : validation.errors } };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The article's first sentence of news (chrome, metadata and dateline cut out), as its headline. */
export function firstNewsSentence(text: string, excluded: Span[], sentences: Span[]): string {
  for (const x of sentences.slice(0, HEADLINE_SENTENCES)) {
    let t = '';
    let at = x.start;
    for (const e of excluded) {
      if (e.end <= at || e.start >= x.end) continue;
      t += text.slice(at, Math.max(at, e.start)) + ' ';
      at = Math.max(at, e.end);
    }
    if (at < x.end) t += text.slice(at, x.end);
    t = t.replace(/\s+/g, ' ').trim();
    if (t.split(' ').length < HEADLINE_MIN_WORDS) continue;
    return t.length > HEADLINE_MAX_CHARS ? t.slice(0, HEADLINE_MAX_CHARS - 1).replace(/\s+\S*$/, '') + '…' : t;
  }
  return '';
}
