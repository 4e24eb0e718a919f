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

/** The sentence as a copy-detection key: letters and digits only, lower case. */
function sentenceKey(text: string, m: Mention): string | null {
  const key = text
    .slice(m.sentence.start, m.sentence.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length >= MIN_COPY_LETTERS ? key : null;
}

/** Groups of articles that are one source: an article and its duplicates, and articles sharing a sentence. */
function sourceGroups(
  articleIds: readonly string[],
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, RankArticle>,
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

/** Per day (ISO) the independent articles published on it. */
function publicationCounts(articles: readonly RankArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const d = a.published?.date;
    if (!d || a.duplicateOf) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return counts;
}

/** Per date value, the articles published after it that mention it (in any event of that date). */
function laterReferences(
  events: readonly Unranked[],
  mentionById: ReadonlyMap<string, Mention>,
  byId: ReadonlyMap<string, RankArticle>,
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
      if (isoStartMs(a.published.date) >= end) set.add(a.id);
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
  const published = publicationCounts(articles);
  const later = laterReferences(events, mentionById, byId);
  return events.map((e) => {
    const own = e.mentionIds.map((id) => mentionById.get(id)).filter((m): m is Mention => m !== undefined);
    const groups = sourceGroups(e.articleIds, own, byId);
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
