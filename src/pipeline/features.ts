/**
 * What a mention is about, as a bag of word stems around it: a narrow window (the words the date is
 * attached to) and a wider one (its clause and sentence). Stems are folded and cut short so Dutch and
 * English articles about the same thing meet through names ("Renée Good" / "Renee Good",
 * "Olympische Winterspelen" / "Winter Olympics").
 */
import type { Span } from '../contract';
import { STOPWORDS } from './language';
import { fold, tokenize, MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL } from './text-utils';

const EXTRA_STOPWORDS = [
  'said',
  'says',
  'told',
  'tell',
  'stated',
  'added',
  'according',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'one',
  'two',
  'three',
  'then',
  'into',
  'over',
  'some',
  'such',
  'other',
  'more',
  'most',
  'only',
  'just',
  'very',
  'any',
  'all',
  'both',
  'during',
  'while',
  'when',
  'where',
  'before',
  'since',
  'because',
  'though',
  'however',
  'also',
  'them',
  'him',
  'those',
  'being',
  'does',
  'did',
  'doing',
  'done',
  'had',
  'how',
  'why',
  'who',
  'whom',
  'whose',
  'your',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'year',
  'years',
  'today',
  'yesterday',
  'tomorrow',
  'weekend',
  'time',
  'next',
  'last',
  'this',
  'that',
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'recent',
  'recently',
  'ago',
  'maand',
  'maanden',
  'week',
  'weken',
  'dag',
  'dagen',
  'jaar',
  'jaren',
  'vandaag',
  'gisteren',
  'morgen',
  'eerder',
  'later',
  'begin',
  'eind',
  'volgende',
  'vorige',
  'afgelopen',
  'aldus',
  'zei',
  'zegt',
  'heeft',
  'hebben',
  'volgens',
  'worden',
  'wordt',
  'de',
  'het',
  'een',
  'in',
  'op',
  'at',
  'on',
  'of',
  'to',
  'the',
  'a',
  'an',
];

const STOP = new Set<string>(
  [
    ...Object.values(STOPWORDS).flat(),
    ...EXTRA_STOPWORDS,
    ...MONTHS_EN,
    ...MONTHS_NL,
    ...WEEKDAYS_EN,
    ...WEEKDAYS_NL,
  ].map((w) => fold(w)),
);

/** Words that say a date is when something starts or ends ("which begin on 6 February", "op 6 februari geopend"). */
const START_CUE =
  /\b(?:begin|begins|began|beginning|start|starts|started|starting|open|opens|opened|opening|kick(?:s|ed)? off|launch(?:es|ed)?|inaugurat\w*|geopend|opent|openen|opening|begint|beginnen|start|starten|eröffnet|beginnt|commence\w*|ouvr\w*|inizi\w*|apr\w*|comienza\w*|empieza\w*)\b/i;
const END_CUE =
  /\b(?:end|ends|ended|ending|close|closes|closed|closing|conclude\w*|finish\w*|sluit|eindigt|afgesloten|endet|termin\w*)\b/i;

export interface WordBag {
  /** Stems right next to the date (within a few words), weighted higher. */
  narrow: string[];
  /** Stems of the rest of the sentence. */
  wide: string[];
  /** Stems of capitalised words (names) in the sentence. */
  names: string[];
  startCue: boolean;
  endCue: boolean;
}

const NARROW = 4;
const WINDOW_CHARS = 400;
const WIDE = 14;

function isContent(raw: string, stem: string): boolean {
  if (/^\d+$/.test(raw)) return false;
  if (STOP.has(fold(raw))) return false;
  if (raw.length < 3 && !/^\p{Lu}{2}$/u.test(raw)) return false;
  return stem.length >= 2;
}

/**
 * Words around `mention` in its `sentence`, leaving out the words of any date expression (`dates`),
 * so two mentions meet through what happened rather than through "January".
 */
export function wordBag(text: string, sentence: Span, mention: Span, dates: Span[]): WordBag {
  // The windows need a dozen words either side: a very long "sentence" (a page without full stops) is read
  // only around the date.
  const from = Math.max(sentence.start, mention.start - WINDOW_CHARS);
  const to = Math.min(sentence.end, mention.end + WINDOW_CHARS);
  const tokens = tokenize(text, from, to).filter(
    (t) => !dates.some((d) => t.start < d.end && d.start < t.end) && isContent(t.raw, t.stem),
  );
  // Index of the first token after the mention: distances count in content words.
  let pivot = tokens.findIndex((t) => t.start >= mention.end);
  if (pivot === -1) pivot = tokens.length;
  const narrow: string[] = [];
  const wide: string[] = [];
  const names: string[] = [];
  tokens.forEach((t, i) => {
    const dist = i < pivot ? pivot - i : i - pivot + 1;
    if (dist <= NARROW) narrow.push(t.stem);
    else if (dist <= WIDE) wide.push(t.stem);
    if (t.capital && dist <= WIDE) names.push(t.stem);
  });
  const near = text.slice(Math.max(sentence.start, mention.start - 40), Math.min(sentence.end, mention.end + 40));
  return { narrow, wide, names, startCue: START_CUE.test(near), endCue: END_CUE.test(near) };
}

/** A sparse weighted vector of stems. */
export type Vec = Map<string, number>;

export function norm(v: Vec): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function cosine(a: Vec, an: number, b: Vec, bn: number): number {
  if (an === 0 || bn === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) dot += w * x;
  }
  return dot / (an * bn);
}

/** Share of `a`'s weight on stems that `b` also has: how much of what `a` says `b` covers. */
export function containment(a: Vec, b: Vec): number {
  let all = 0;
  let shared = 0;
  for (const [k, w] of a) {
    all += w;
    if (b.has(k)) shared += w;
  }
  return all === 0 ? 0 : shared / all;
}

/** Weighted vector of a bag: narrow words count double, names half again, each by its rarity (idf). */
export function bagVector(bag: WordBag, idf: (stem: string) => number): Vec {
  const v: Vec = new Map();
  const names = new Set(bag.names);
  const put = (s: string, w: number) => v.set(s, (v.get(s) ?? 0) + w * idf(s) * (names.has(s) ? 1.5 : 1));
  for (const s of bag.narrow) put(s, 2);
  for (const s of bag.wide) put(s, 1);
  return v;
}

/** Vector of the narrow window only, for telling what a date is attached to. */
export function narrowVector(bag: WordBag, idf: (stem: string) => number): Vec {
  const v: Vec = new Map();
  for (const s of bag.narrow) v.set(s, (v.get(s) ?? 0) + idf(s));
  return v;
}
