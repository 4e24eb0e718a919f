/** Small text helpers shared by the stages: lines with offsets, word tokens, folding, stemming. */
import { MONTHS, WEEKDAYS, type Span } from '../contract';
import { MONTH_NAMES as NL_MONTH_NAMES } from './extract/nl-words';

export interface Line extends Span {
  /** The line without its line break. */
  text: string;
}

/** The lines of a text with their offsets (line breaks excluded; `\r\n` handled). */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    out.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return out;
}

/** The span without the white space at either end (empty spans stay where they are). */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Lower case with diacritics removed, so "Renée" meets "Renee" and "Italië" meets "Italie". */
export function fold(s: string): string {
  // Most words are plain ASCII: skip the Unicode normalisation for them.
  // (Printable ASCII and tab/line ends; a rare control character just takes the general path.)
  if (/^[\t\n\r -~]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** Folded and cut to a short stem: crude, but it lets "Olympics", "Olympic" and "Olympische" meet. */
  stem: string;
  /** Written with a capital letter (a name, or the first word of a sentence). */
  capital: boolean;
}

const STEM_LENGTH = 5;

export function stemOf(word: string): string {
  const f = fold(word);
  return f.length > STEM_LENGTH ? f.slice(0, STEM_LENGTH) : f;
}

/** Word tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    out.push({ start: m.index, end, raw, stem: stemOf(raw), capital: /^\p{Lu}/u.test(raw) });
  }
  return out;
}

/** Sorted, merged copy of a list of spans. */
export function mergeSpans<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) out[out.length - 1] = { ...last, end: s.end };
    } else out.push({ ...s });
  }
  return out;
}

/** True when the two half-open spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `s` lies wholly inside one of `spans`. */
export function insideAny(spans: readonly Span[], s: Span): boolean {
  return spans.some((x) => x.start <= s.start && x.end >= s.end);
}

/** No date expression is longer than this: a mention starting further before a span cannot reach into it. */
const LONGEST_MENTION = 400;

/**
 * The spans of a list sorted by start that overlap `span`, found by binary search: an article with tens of
 * thousands of dates must not cost a scan of all of them per mention. Assumes no span is longer than 400
 * characters (true of date expressions).
 */
export function overlappingSorted<T extends Span>(sorted: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start - LONGEST_MENTION) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) {
    const m = sorted[i]!;
    if (m.end > span.start) out.push(m);
  }
  return out;
}

/** English month names, lower case: the contract's list, so the page and the build spell them alike. */
export const MONTHS_EN: readonly string[] = MONTHS.map((m) => m.toLowerCase());
/** Dutch month names: the extractor's vocabulary, so the build reads them as the extractor does. */
export const MONTHS_NL: readonly string[] = NL_MONTH_NAMES;
export const WEEKDAYS_EN: readonly string[] = WEEKDAYS.map((d) => d.toLowerCase());
export const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** Month number (1-12) of an English or Dutch month name or its 3-letter abbreviation, else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  for (const list of [MONTHS_EN, MONTHS_NL]) {
    const i = list.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** Weekday number (0 = Sunday) of an English or Dutch weekday name, else null. */
export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase();
  const i = WEEKDAYS_EN.indexOf(w);
  if (i >= 0) return i;
  const j = WEEKDAYS_NL.indexOf(w);
  return j >= 0 ? j : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a calendar date, or null when the date does not exist (31 February). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export const DAY_MS = 86_400_000;

export function isoToMs(iso: string): number {
  const t = new Date(0);
  t.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return t.getTime();
}

export function msToIso(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day of the week (0 = Sunday) of a `YYYY-MM-DD` date. */
export function weekdayOf(iso: string): number {
  return new Date(isoToMs(iso)).getUTCDay();
}
