/**
 * Importance of events: a unique rank (1 = most important), a weight in 0–1, and the reason in words.
 *
 * score = precision × (sources + outlets + mentions + later references + coverage), each term a weighted
 * logarithm (ln(1 + n)): the tenth article about a day adds less than the second, and no single signal can
 * drown the others. The weights favour what generalises across stories: independent sources and articles
 * that later refer back to the date (the two signals news timeline summarisation finds strongest), then the
 * coverage on the day and the day after, then raw mentions.
 */
import type { Mention, TimelineEvent } from '../../contract';
import { eventSignals, PRECISION, type RankArticle, type Signals, type Unranked } from './signals';

export type { RankArticle, Unranked } from './signals';

/** Weight of each signal in the score (see the module comment). */
export const WEIGHTS = {
  sources: 1,
  outlets: 0.5,
  mentions: 0.25,
  laterReferences: 1,
  coverage: 0.5,
} as const;

export function scoreOf(s: Signals): number {
  const l = Math.log1p;
  return (
    s.precision *
    (WEIGHTS.sources * l(s.sources) +
      WEIGHTS.outlets * l(s.outlets) +
      WEIGHTS.mentions * l(s.mentions) +
      WEIGHTS.laterReferences * l(s.laterReferences) +
      WEIGHTS.coverage * l(s.coverage))
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const PRECISION_WORDS: Record<number, string> = {
  [PRECISION.day]: 'a day',
  [PRECISION.week]: 'a few days',
  [PRECISION.part]: 'part of a month',
  [PRECISION.month]: 'a month',
  [PRECISION.year]: 'a year or longer',
};

/** Why the event ranks where it does, in plain words. */
export function whyOf(s: Signals): string {
  const parts = [plural(s.sources, 'source')];
  if (s.outlets > 1) parts[0] += ` from ${s.outlets} outlets`;
  if (s.copies > 0) parts[0] += ` (${plural(s.copies, 'copy', 'copies')} counted once)`;
  parts.push(plural(s.mentions, 'mention'));
  if (s.laterReferences > 0) parts.push(`referred back to by ${plural(s.laterReferences, 'later article')}`);
  if (s.coverage > 0) parts.push(`${plural(s.coverage, 'article')} published that day and the next`);
  parts.push(`dated to ${PRECISION_WORDS[s.precision] ?? 'a period'}`);
  return parts.join(', ');
}

/**
 * Ranks the events (ties broken by sources, mentions, then id, so the order is deterministic); keeps their
 * order. Without `articles` (publication dates) only sources, mentions and precision count.
 */
export function rankEvents(
  events: readonly Unranked[],
  mentions: readonly Mention[],
  articles: readonly RankArticle[] = [],
): TimelineEvent[] {
  const signals = eventSignals(events, mentions, articles);
  const scores = signals.map(scoreOf);
  const order = events
    .map((_, i) => i)
    .sort(
      (a, b) =>
        scores[b]! - scores[a]! ||
        signals[b]!.sources - signals[a]!.sources ||
        signals[b]!.mentions - signals[a]!.mentions ||
        (events[a]!.id < events[b]!.id ? -1 : events[a]!.id > events[b]!.id ? 1 : 0),
    );
  const rank = new Map(order.map((i, r) => [i, r + 1]));
  const top = Math.max(1e-9, ...scores);
  return events.map((e, i) => ({
    ...e,
    rank: rank.get(i)!,
    weight: Math.round((scores[i]! / top) * 1000) / 1000,
    why: whyOf(signals[i]!),
  }));
}
