/**
 * Sentence spans. Every mention points at the sentence it is in (the reader highlights it, the
 * clustering compares it), so the spans cover every word of the text: paragraphs are split at line
 * breaks, then at sentence-final punctuation followed by a capital, except after abbreviations.
 */
import type { Span } from '../contract';
import { linesOf, trimSpan } from './text-utils';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'no',
  'nos',
  'fig',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'dhr',
  'mevr',
  'drs',
  'ir',
  'mr',
  'nr',
  'bijv',
  'ca',
  'zgn',
]);

const BOUNDARY = /[.!?…]+["”’'»)\]]*\s+(?=["“‘'«([]?[\p{Lu}\p{N}])/gu;

function isAbbreviation(before: string): boolean {
  const m = /([\p{L}.]+)$/u.exec(before);
  if (!m) return false;
  const w = m[1]!;
  // Initials and dotted abbreviations: "J.", "U.S", "p.m".
  if (/^\p{L}$/u.test(w) || w.includes('.')) return true;
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** Sentence spans of `text`, in order, trimmed, non-empty. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const line of linesOf(text)) {
    let start = line.start;
    const body = line.text;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(body)) !== null) {
      const punct = m.index;
      // Only the word before the full stop matters: look at a short tail, not the whole line (keeps this linear).
      if (body[punct] === '.' && isAbbreviation(body.slice(Math.max(0, punct - 24), punct))) continue;
      const endOfSentence = line.start + m.index + m[0].trimEnd().length;
      const s = trimSpan(text, { start, end: endOfSentence });
      if (s.end > s.start) out.push(s);
      start = line.start + m.index + m[0].length;
    }
    const s = trimSpan(text, { start, end: line.end });
    if (s.end > s.start) out.push(s);
  }
  return out;
}

/**
 * The sentence a span is in: the sentence holding its start, widened over following sentences when the
 * span runs past it (a date split by an abbreviation), or the span itself if it lies between sentences.
 */
export function sentenceOf(sentences: Span[], span: Span): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1 || sentences[found]!.end <= span.start) {
    return { start: span.start, end: span.end };
  }
  const first = sentences[found]!;
  let end = first.end;
  for (let i = found + 1; end < span.end && i < sentences.length; i++) end = sentences[i]!.end;
  return { start: first.start, end: Math.max(end, span.end) };
}

/**
 * Sentences cut at the edges of excluded spans, so a metadata prefix, a dateline or a donation appeal on
 * the same line as the story is not part of the story's first sentence.
 */
export function cutAtSpans(text: string, sentences: Span[], spans: Span[]): Span[] {
  if (spans.length === 0) return sentences;
  const edges = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const e of edges) {
      if (e <= start || e >= s.end) continue;
      const piece = trimSpan(text, { start, end: e });
      if (piece.end > piece.start) out.push(piece);
      start = e;
    }
    const piece = trimSpan(text, { start, end: s.end });
    if (piece.end > piece.start) out.push(piece);
  }
  return out;
}
