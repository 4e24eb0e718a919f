/**
 * Corpus similarity for dating: which dated articles tell the same story as an undated one. Two reports of
 * one story share its names (people, places, organisations), across languages once folded; the rarer a
 * shared name in the corpus, the more it says. Names are looked up in an inverted index (name → dated
 * articles), never all articles against all.
 */
import type { Span } from '../contract';
import { STOPWORDS } from './language';
import type { SimilarDated } from './reference';
import { fold, insideAny, MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL } from './text-utils';

/** Capitalised words that are not names: function words, months, weekdays. */
const NAME_STOP = new Set(
  [...Object.values(STOPWORDS).flat(), ...MONTHS_EN, ...MONTHS_NL, ...WEEKDAYS_EN, ...WEEKDAYS_NL].map(fold),
);
/** Minimum names two articles share before one dates the other. */
export const MIN_SHARED_NAMES = 3;
/** Names in more than this many dated articles say nothing about which one is similar (and would cost too much). */
const MAX_POSTINGS = 100;
/** Only an article's rarest names are looked up: they decide similarity, and the cost stays linear. */
const MAX_NAMES = 24;
/** Dated articles scoring at least this share of the best one are as close: they vote on the date. */
const CLOSE_SHARE = 0.5;
/** At most this many close articles vote (the middle date of three: one follow-up weeks later does not move it). */
const MAX_VOTERS = 3;
/** Shared names quoted in the note: enough to show why, short enough to read. */
const NAMES_IN_NOTE = 5;

/** Capitalised words of the story (not chrome), folded: what two reports of the same story share across languages. */
export function storyNames(text: string, excluded: Span[]): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}]{2,}/gu)) {
    const start = m.index;
    // Part of a longer word ("McDonald" inside "xMcDonald"), or a capital after a full stop or at a line
    // start: not a name.
    if (start > 0 && isLetterOrDigit(text, start - 1)) continue;
    if (!afterWords(text, start)) continue;
    const f = fold(m[0]);
    if (NAME_STOP.has(f) || out.has(f)) continue;
    if (insideAny(excluded, { start, end: start + m[0].length })) continue;
    out.add(f);
  }
  return [...out].sort();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** `/[\p{L}\p{N}]/u.test(text[i])`, without the regexp for ASCII (most characters): storyNames asks for each capital. */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return LETTER_OR_DIGIT.test(text[i]!);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether `text[i]` is a space or an opening quote or bracket (what may stand between a sentence's end and its first word). */
function isOpening(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28) return true;
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/**
 * Whether the word at `start` follows other words of its sentence: within the four characters before it,
 * past spaces and opening quotes, there is a character, and not the end of a sentence or a colon. (The
 * same as stripping `[\s“"‘'(]+$` from those four characters and asking for a rest not ending in `[.!?:]`.)
 */
function afterWords(text: string, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 4); j--) {
    if (isOpening(text, j)) continue;
    const c = text.charCodeAt(j);
    return c !== 46 && c !== 33 && c !== 63 && c !== 58;
  }
  return false;
}

/** A dated article as the index needs it. */
export interface DatedNames {
  id: string;
  date: string;
  names: readonly string[];
}

/** An article to date: its names, and its text (to quote the names as it writes them). */
export interface UndatedNames {
  text: string;
  names: readonly string[];
}

interface Score {
  index: number;
  score: number;
  shared: string[];
  weights: number[];
}

export class SimilarityIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly dated: readonly DatedNames[]) {
    dated.forEach((d, i) => {
      for (const n of d.names) {
        const p = this.postings.get(n);
        if (p) p.push(i);
        else this.postings.set(n, [i]);
      }
    });
  }

  /** The dated article that dates `a`: the middle date of the closest few, with the names they share; null if none. */
  closest(a: UndatedNames): SimilarDated | null {
    const ranked = this.ranked(a);
    if (!ranked.length) return null;
    const date = (r: Score) => this.dated[r.index]!.date;
    const top = ranked.filter((r) => r.score >= ranked[0]!.score * CLOSE_SHARE).slice(0, MAX_VOTERS);
    top.sort((x, y) => (date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : x.index - y.index));
    const best = top[Math.floor((top.length - 1) / 2)]!;
    // Rarest names first: they are what makes the two articles alike.
    const order = best.shared
      .map((n, k) => ({ n, w: best.weights[k]! }))
      .sort((x, y) => y.w - x.w || (x.n < y.n ? -1 : 1));
    const written = asWritten(a.text);
    return {
      articleId: this.dated[best.index]!.id,
      date: date(best),
      shared: order.slice(0, NAMES_IN_NOTE).map((o) => written(o.n)),
    };
  }

  /** Dated articles sharing at least `MIN_SHARED_NAMES` of `a`'s rarest names, best first (idf-weighted). */
  private ranked(a: UndatedNames): Score[] {
    const scores = new Map<number, Score>();
    const rare = a.names
      .map((n) => ({ n, p: this.postings.get(n) }))
      .filter((x): x is { n: string; p: number[] } => x.p !== undefined && x.p.length <= MAX_POSTINGS)
      .sort((x, y) => x.p.length - y.p.length || (x.n < y.n ? -1 : 1))
      .slice(0, MAX_NAMES);
    for (const { n, p } of rare) {
      const weight = Math.log((this.dated.length + 1) / p.length);
      for (const index of p) {
        const s = scores.get(index) ?? { index, score: 0, shared: [], weights: [] };
        s.score += weight;
        s.shared.push(n);
        s.weights.push(weight);
        scores.set(index, s);
      }
    }
    return [...scores.values()]
      .filter((s) => s.shared.length >= MIN_SHARED_NAMES)
      .sort((x, y) => y.score - x.score || x.index - y.index);
  }
}

/** A folded name as the article writes it (folding keeps lengths for the Latin scripts these come from). */
function asWritten(text: string): (name: string) => string {
  const folded = fold(text);
  return (n) => {
    const m = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(folded);
    return m && folded.length === text.length ? text.slice(m.index, m.index + n.length) : n;
  };
}
