/**
 * Importance of events: a unique rank (1 = most important) and a weight in 0–1, with the reason in words.
 * First version: independent sources, then mentions, then precision (a day beats a month); the story-scale
 * signals (outlets, later references, coverage) come with the ranking issue.
 */
import type { Mention, TimelineEvent } from '../../contract';
import { valuePrecision } from '../../contract';

export type Unranked = Omit<TimelineEvent, 'rank' | 'weight' | 'why'>;

const PRECISION_SCORE = { day: 1, month: 0.5, year: 0.25 } as const;

function scoreOf(e: Unranked): number {
  return e.sourceCount * 10 + e.mentionIds.length + PRECISION_SCORE[valuePrecision(e.date)];
}

/** Ranks the events (ties broken by id, so the order is deterministic); keeps their order. */
export function rankEvents(events: readonly Unranked[], _mentions: readonly Mention[]): TimelineEvent[] {
  const scores = events.map(scoreOf);
  const order = events
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || (events[a]!.id < events[b]!.id ? -1 : 1));
  const rank = new Map(order.map((i, r) => [i, r + 1]));
  const top = Math.max(1e-9, ...scores);
  return events.map((e, i) => ({
    ...e,
    rank: rank.get(i)!,
    weight: Math.round((scores[i]! / top) * 1000) / 1000,
    why: `${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}, ${e.mentionIds.length} mention${e.mentionIds.length === 1 ? '' : 's'}`,
  }));
}
