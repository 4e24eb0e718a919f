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

/**
 * A news page's time stamp run into its text: weekday, date with year, clock time and time zone
 * ("Tuesday 28 April 2009 16.35 BST"). Saved pages put it between the standfirst and the first caption
 * or sentence with no full stop, so it ends the headline's sentence and is one of its own. A story's
 * own words do not name a clock time with its zone right after a full date.
 */
const PAGE_STAMP =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}+,? \d{4},? \d{1,2}[.:]\d{2}(?:\s?[ap]m)? (?:GMT|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|UTC|ET|PT)\b/gu;

/** The line cut before and after each page stamp in it. */
function piecesOf(line: { start: number; text: string }): { start: number; text: string }[] {
  const cuts = [0];
  for (const m of line.text.matchAll(PAGE_STAMP)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(line.text.length);
  const out: { start: number; text: string }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1]! > cuts[i]!)
      out.push({ start: line.start + cuts[i]!, text: line.text.slice(cuts[i], cuts[i + 1]) });
  }
  return out;
}

/** Sentence spans of `text`, in order, trimmed, non-empty. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const line of linesOf(text)) {
    for (const piece of piecesOf(line)) splitPiece(text, piece, out);
  }
  return out;
}

/** The sentences of one piece of a line, at sentence-final punctuation followed by a capital. */
function splitPiece(text: string, piece: { start: number; text: string }, out: Span[]): void {
  let start = piece.start;
  const body = piece.text;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(body)) !== null) {
    const punct = m.index;
    // Only the word before the full stop matters: look at a short tail, not the whole line (keeps this linear).
    if (body[punct] === '.' && isAbbreviation(body.slice(Math.max(0, punct - 24), punct))) continue;
    const endOfSentence = piece.start + m.index + m[0].trimEnd().length;
    const s = trimSpan(text, { start, end: endOfSentence });
    if (s.end > s.start) out.push(s);
    start = piece.start + m.index + m[0].length;
  }
  const s = trimSpan(text, { start, end: piece.start + body.length });
  if (s.end > s.start) out.push(s);
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
