/**
 * Stage 8, rank: how much each event mattered, from its sources, outlets, mentions and the coverage
 * around it (`events/rank.ts`, another owner). Events keep their date order.
 */
import type { Mention, TimelineEvent } from '../../contract';
import { rankEvents, type RankArticle, type Unranked } from '../events/rank';
import type { ExtractedArticle } from './extract';

export function rankAll(
  events: readonly Unranked[],
  mentions: readonly Mention[],
  articles: readonly ExtractedArticle[],
): TimelineEvent[] {
  const ranking: RankArticle[] = articles.map((a) => ({
    id: a.id,
    text: a.text,
    published: a.published,
    outlet: a.source.outlet,
    ...(a.duplicateOf !== undefined ? { duplicateOf: a.duplicateOf } : {}),
  }));
  return rankEvents(events, mentions, ranking);
}
