/**
 * The evidence a journalist weighs when deciding what mattered, measured per event: how many independent
 * sources report it (copies of one wire story count once), from how many outlets, how often it is mentioned,
 * how many articles published later refer back to its date, and how many articles were published on the day
 * and the day after (a big day is followed by coverage).
 */
import type { DateValue, Mention, Published, TimelineEvent } from '../../contract';
import { isoEndMs, isoStartMs, msToIsoDay, valueBoundsMs, valueKey, valuePrecision } from '../../contract';

export type Unranked = Omit<TimelineEvent, 'rank' | 'weight' | 'why'>;

/** What ranking needs of an article. */
export interface RankArticle {
  id: string;
  text: string;
  published: Pick<Published, 'date'> | null;
  /** Who published it, when known (an article without one is its own outlet). */
  outlet?: string | null;
  duplicateOf?: string;
}

export interface Signals {
  /** Articles backing the event, copies of one text counted once. */
  sources: number;
  /** Distinct known outlets among those sources (0 when the corpus names none). */
  outlets: number;
  /** Sources that are copies of another source's sentence (named in `why`). */
  copies: number;
  mentions: number;
  /** Independent articles published after the event's date that mention that date. */
  laterReferences: number;
  /** Independent articles published on the event's day and the day after (day-precise events only). */
  coverage: number;
  /** 1 for a day; less for ranges, parts of periods, months and years. */
  precision: number;
}

/** A sentence shorter than this (in letters) is too common to show that two articles are copies. */
const MIN_COPY_LETTERS = 40;
/** Two articles are copies of one text when this share of the shorter one's sentences is in the other. */
const COPY_SHARE = 0.5;
/** Copies are told apart by their first few thousand characters (the lead and body a wire copy keeps), which bounds the cost. */
const COPY_PREFIX = 3000;
/** ... and at least this many sentences: one shared quote or lead does not make a copy. */
const MIN_SHARED_SENTENCES = 2;
/** A sentence found in more articles than this is boilerplate (a credit line), not a sign of copying. */
const MAX_SENTENCE_POSTINGS = 50;
const DAY_MS = 86_400_000;
/** Precision factors: a day beats a week, a week beats a month, a month beats a year. */
export const PRECISION = { day: 1, week: 0.7, part: 0.6, month: 0.5, year: 0.25 } as const;
/** Longest range (in days) still read as "a few days" rather than a month. */
const WEEK_DAYS = 7;

export function precisionOf(v: DateValue): number {
  const p = valuePrecision(v);
  if (p === 'year') return PRECISION.year;
  if (v.part) return PRECISION.part;
  const [s, e] = valueBoundsMs(v);
  const days = Math.round((e - s) / DAY_MS);
  if (p === 'day' && days <= 1) return PRECISION.day;
  if (days <= WEEK_DAYS) return PRECISION.week;
  return days <= 31 ? PRECISION.month : PRECISION.year;
}

/** A sentence as a copy-detection key: letters and digits only, lower case; null when too short to tell. */
function keyOf(sentence: string): string | null {
  const key = lettersAndDigits(sentence.toLowerCase());
  return key.length >= MIN_COPY_LETTERS ? key : null;
}

/**
 * Characters past ASCII that news text is full of (typographic quotes, dashes, ellipsis, guillemets, no-break
 * space): neither letters nor digits, no case, so a key drops them as the Unicode path would.
 */
const NOT_LETTERS = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** Room for the letters of one sentence (an article's whole COPY_PREFIX at least); longer ones use the regexp. */
const KEY_BUFFER = new Uint16Array(Math.max(COPY_PREFIX, 4096));

/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, '')`, the same string: an ASCII text (most news) filtered code by code,
 * several times faster, which matters as every sentence of every article is keyed (NOT_LETTERS dropped as
 * the regexp drops them); any other by the regexp.
 */
function lettersAndDigits(text: string): string {
  if (text.length > KEY_BUFFER.length) return text.replace(/[^\p{L}\p{N}]+/gu, '');
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (NOT_LETTERS.has(c)) continue;
      return text.replace(/[^\p{L}\p{N}]+/gu, '');
    }
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) KEY_BUFFER[n++] = c;
  }
  return bufferText(n);
}

/** The first `n` codes of KEY_BUFFER as a string. */
function bufferText(n: number): string {
  return String.fromCharCode.apply(null, KEY_BUFFER.subarray(0, n) as unknown as number[]);
}

const SPACE = /\s/;

/** Whether `text[i]` is one of `\s` (false past the end). */
function isSpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/** The length of a sentence break (`[.!?]\s+` or `\n+`) at `text[i]`, 0 when there is none. */
function breakAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let n = 0;
  if (c === 10) while (text.charCodeAt(i + n) === 10) n++;
  else if ((c === 46 || c === 33 || c === 63) && isSpaceAt(text, i + 1)) for (n = 1; isSpaceAt(text, i + n);) n++;
  return n;
}

/**
 * The copy keys of an article's first COPY_PREFIX characters, in order: the same as
 * `prefix.split(/[.!?]\s+|\n+/).map(keyOf)` without the nulls, in one pass over the text. A sentence all in ASCII
 * (or NOT_LETTERS) is keyed as it is read; one with any other character by `keyOf` (Unicode letters and case).
 */
export function prefixKeys(text: string): string[] {
  const prefix = text.slice(0, COPY_PREFIX);
  const keys: string[] = [];
  let start = 0;
  let n = 0;
  let ascii = true;
  const close = (end: number) => {
    const key = ascii ? (n >= MIN_COPY_LETTERS ? bufferText(n) : null) : keyOf(prefix.slice(start, end));
    if (key) keys.push(key);
  };
  for (let i = 0; i < prefix.length; i++) {
    const gap = breakAt(prefix, i);
    if (gap) {
      close(i);
      i += gap - 1;
      [start, n, ascii] = [i + 1, 0, true];
      continue;
    }
    const c = prefix.charCodeAt(i);
    if (c >= 128) ascii &&= NOT_LETTERS.has(c);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) KEY_BUFFER[n++] = c;
    else if (c >= 65 && c <= 90) KEY_BUFFER[n++] = c + 32;
  }
  close(prefix.length);
  return keys;
}

function sentenceKey(text: string, m: Mention): string | null {
  return keyOf(text.slice(m.sentence.start, m.sentence.end));
}

/**
 * Near-identical copies of one text under several names (a wire story run by several sites, lightly
 * edited): articles sharing at least COPY_SHARE of the shorter one's sentences. Returns each article's
 * first copy in corpus order (itself when it is no copy). Linear in the sentences: only articles that share
 * a sentence are compared.
 */
export function copyRoots(articles: readonly RankArticle[]): Map<string, string> {
  const postings = new Map<string, number[]>();
  const sizes = articles.map((a, i) => {
    const keys = new Set(prefixKeys(a.text));
    for (const k of keys) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
    return keys.size;
  });
  const shared = new Map<string, number>();
  for (const p of postings.values()) {
    if (p.length < 2 || p.length > MAX_SENTENCE_POSTINGS) continue;
    for (let x = 0; x < p.length; x++)
      for (let y = x + 1; y < p.length; y++) {
        const pair = `${p[x]}:${p[y]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
  }
  const root = articles.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const [pair, n] of shared) {
    const [x, y] = pair.split(':').map(Number) as [number, number];
    if (n < MIN_SHARED_SENTENCES || n < COPY_SHARE * Math.min(sizes[x]!, sizes[y]!)) continue;
    const [a, b] = [find(x), find(y)].sort((p, q) => p - q) as [number, number];
    if (a !== b) root[b] = a;
  }
  return new Map(articles.map((a, i) => [a.id, articles[find(i)]!.id]));
}

/** Groups of articles that are one source: an article, its duplicates and near-copies, and articles sharing the evidence sentence. */
function sourceGroups(
  articleIds: readonly string[],
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, RankArticle>,
  copies: ReadonlyMap<string, string>,
): string[][] {
  const parent = new Map<string, string>(articleIds.map((a) => [a, a]));
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(a, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)].sort();
    if (x !== y) parent.set(y!, x!);
  };
  const byCopy = new Map<string, string>();
  for (const a of articleIds) {
    const r = copies.get(a) ?? a;
    const first = byCopy.get(r);
    if (first === undefined) byCopy.set(r, a);
    else union(first, a);
  }
  const bySentence = new Map<string, string>();
  for (const m of mentions) {
    const a = byId.get(m.articleId);
    if (!a || !parent.has(a.id)) continue;
    if (a.duplicateOf && parent.has(a.duplicateOf)) union(a.id, a.duplicateOf);
    const key = sentenceKey(a.text, m);
    if (!key) continue;
    const first = bySentence.get(key);
    if (first === undefined) bySentence.set(key, a.id);
    else union(first, a.id);
  }
  const groups = new Map<string, string[]>();
  for (const a of articleIds) {
    const r = find(a);
    groups.set(r, [...(groups.get(r) ?? []), a]);
  }
  return [...groups.values()];
}

/** Per day (ISO) the independent articles published on it (copies of one text once). */
function publicationCounts(articles: readonly RankArticle[], copies: ReadonlyMap<string, string>): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const a of articles) {
    const d = a.published?.date;
    if (!d || a.duplicateOf) continue;
    const set = seen.get(d) ?? new Set<string>();
    set.add(copies.get(a.id) ?? a.id);
    seen.set(d, set);
  }
  return new Map([...seen].map(([d, set]) => [d, set.size]));
}

/** Per date value, the independent articles published after it that mention it (in any event of that date). */
function laterReferences(
  events: readonly Unranked[],
  mentionById: ReadonlyMap<string, Mention>,
  byId: ReadonlyMap<string, RankArticle>,
  copies: ReadonlyMap<string, string>,
): Map<string, number> {
  const later = new Map<string, Set<string>>();
  for (const e of events) {
    const key = valueKey(e.date);
    const end = isoEndMs(e.date.end ?? e.date.start);
    const set = later.get(key) ?? new Set<string>();
    later.set(key, set);
    for (const id of e.mentionIds) {
      const m = mentionById.get(id);
      const a = m && byId.get(m.articleId);
      if (!a?.published || a.duplicateOf) continue;
      if (isoStartMs(a.published.date) >= end) set.add(copies.get(a.id) ?? a.id);
    }
  }
  return new Map([...later].map(([k, s]) => [k, s.size]));
}

/** The signals of every event, in the events' order. */
export function eventSignals(
  events: readonly Unranked[],
  mentions: readonly Mention[],
  articles: readonly RankArticle[],
): Signals[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const mentionById = new Map(mentions.map((m) => [m.id, m]));
  const copies = copyRoots(articles);
  const published = publicationCounts(articles, copies);
  const later = laterReferences(events, mentionById, byId, copies);
  return events.map((e) => {
    const own = e.mentionIds.map((id) => mentionById.get(id)).filter((m): m is Mention => m !== undefined);
    const groups = sourceGroups(e.articleIds, own, byId, copies);
    const outlets = new Set(
      e.articleIds.map((id) => byId.get(id)?.outlet).filter((o): o is string => typeof o === 'string' && o !== ''),
    );
    const precision = precisionOf(e.date);
    let coverage = 0;
    if (precision === PRECISION.day) {
      const next = msToIsoDay(isoStartMs(e.date.start) + DAY_MS);
      coverage = (published.get(e.date.start) ?? 0) + (published.get(next) ?? 0);
    }
    return {
      sources: groups.length,
      outlets: outlets.size,
      copies: e.articleIds.length - groups.length,
      mentions: own.length,
      laterReferences: later.get(valueKey(e.date)) ?? 0,
      coverage,
      precision,
    };
  });
}
