/**
 * Stage 4, extract: every temporal expression of each article, from the extractor (`extract/`, another
 * owner) against the article's reference date. Results that do not slice to their text or have a
 * malformed value are the extractor's bug: dropped, and the article says so (one bad result must not
 * make the whole timeline unwritable).
 */
import { compareIso } from '../../contract';
import { extractMentions, type FoundMention } from '../extract';
import type { DatedArticle } from './date';

/** How often progress is reported, in articles (extraction is the slow stage). */
const PROGRESS_EVERY = 200;

export interface ExtractedArticle extends DatedArticle {
  /** Well-formed mentions, sorted by start and end, each span once. */
  found: FoundMention[];
}

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const KINDS = new Set(['date', 'duration', 'set', 'present-ref', 'past-ref', 'future-ref']);
const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const PARTS = new Set(['early', 'mid', 'late']);

/** What the contract needs of an extractor result (checked here so a bad one is dropped, not fatal). */
export function mentionShapeOk(m: FoundMention): boolean {
  if (!KINDS.has(m.kind) || !m.timex || !TIMEX_TYPES.has(m.timex.type) || typeof m.timex.value !== 'string')
    return false;
  if (m.kind === 'date' && !m.value) return false;
  if (!m.value) return true;
  const v = m.value;
  if (!ISO.test(v.start) || (v.end !== undefined && (!ISO.test(v.end) || compareIso(v.start, v.end) > 0))) return false;
  if (v.part !== undefined && (v.end !== undefined || !PARTS.has(v.part))) return false;
  return Object.keys(v).every((k) => k === 'start' || k === 'end' || k === 'part');
}

/** What `extractOne` gives: the reference it extracted against, the mentions, warnings. */
export interface ExtractOneResult {
  reference: string;
  found: FoundMention[];
  warnings: string[];
}

/** The dates of one text against one reference: the well-formed ones, and warnings for the rest. Pure. */
export function extractOne(text: string, language: string, reference: string): ExtractOneResult {
  const warnings: string[] = [];
  let list: FoundMention[] = [];
  try {
    list = extractMentions(text, { language: language === 'und' ? 'en' : language, reference });
  } catch (e) {
    warnings.push(`the date extractor failed on this article: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { reference, found: checked(text, list, warnings), warnings };
}

/** The reference an article's dates are read against: its publication date, else the corpus's fallback. */
export function referenceOf(a: Pick<DatedArticle, 'published'>, fallbackReference: string): string {
  return a.published?.date ?? fallbackReference;
}

/**
 * Every article's dates. `done[i]`, when given, is what a worker already extracted for article `i`: it is
 * used when it was extracted against the reference the article has now, else the article is extracted again.
 */
export function extractArticles(
  articles: readonly DatedArticle[],
  fallbackReference: string,
  progress: (phase: string, done: number, total: number) => void,
  done: readonly (ExtractOneResult | undefined)[] = [],
): ExtractedArticle[] {
  return articles.map((a, i) => {
    if (i % PROGRESS_EVERY === 0) progress('extracting', i, articles.length);
    const reference = referenceOf(a, fallbackReference);
    const earlier = done[i];
    const r = earlier && earlier.reference === reference ? earlier : extractOne(a.text, a.language, reference);
    return { ...a, warnings: [...a.warnings, ...r.warnings], found: r.found };
  });
}

/** The results that slice to their text and are well formed, sorted, each span once; a warning for the rest. */
function checked(text: string, list: FoundMention[], warnings: string[]): FoundMention[] {
  const ok = list.filter(
    (m) => m.start >= 0 && m.end > m.start && m.end <= text.length && text.slice(m.start, m.end) === m.text,
  );
  if (ok.length !== list.length)
    warnings.push(
      `${list.length - ok.length} extractor result(s) had offsets that do not slice to their text and were dropped`,
    );
  const wellFormed = ok.filter((m) => mentionShapeOk(m));
  if (wellFormed.length !== ok.length) {
    const bad = ok.filter((m) => !mentionShapeOk(m)).map((m) => `"${m.text}"`);
    warnings.push(`extractor result(s) with a malformed value were dropped: ${bad.join(', ')}`);
  }
  wellFormed.sort((a, b) => a.start - b.start || a.end - b.end);
  return wellFormed.filter(
    (m, i) => i === 0 || m.start !== wellFormed[i - 1]!.start || m.end !== wellFormed[i - 1]!.end,
  );
}
