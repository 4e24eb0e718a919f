/**
 * Stage 7, titles and flags: each event gets a title written from its evidence (`title.ts`) and the flags
 * a reader needs (`conflict`, `approximate`, `inferred-date`); events come out in date order.
 */
import { compareValues, valueKey, valuePrecision, type Span, type TimelineEvent } from '../../contract';
import type { Unranked } from '../events/rank';
import type { WordBag } from '../features';
import { eventTitle, majorityLanguage, type TitleEvidence } from '../title';
import { overlappingSorted } from '../text-utils';
import type { FormedEvent } from './cluster';
import type { ExtractedArticle } from './extract';
import type { MarkedMentions } from './mark';

/** A title needs a few good sentences, not all of them: the first members in corpus order are enough. */
const TITLE_EVIDENCE = 6;
/** Members whose words say what the evidence has in common (enough to see it, bounded for big events). */
const SUPPORT_SAMPLE = 50;

export function titleEvents(
  events: readonly FormedEvent[],
  marked: MarkedMentions,
  articles: readonly ExtractedArticle[],
): Unranked[] {
  const { mentions } = marked;
  const preferred = majorityLanguage(articles.map((a) => a.language));
  const bagByKey = new Map(marked.placeable.map((p) => [p.key, p.bag]));
  const indexById = new Map(articles.map((a, i) => [a.id, i]));
  const articleOf = (k: number) => articles[indexById.get(mentions[k]!.articleId)!]!;
  const titled = events.map((e): Unranked => {
    const articleIdx = [...new Set(e.all.map((k) => indexById.get(mentions[k]!.articleId)!))].sort((a, b) => a - b);
    const evidence = e.members.slice(0, TITLE_EVIDENCE).map((k): TitleEvidence => {
      const m = mentions[k]!;
      const a = articleOf(k);
      const dates: Span[] = [
        ...overlappingSorted(a.found, m.sentence),
        ...headerSpans(a).filter((x) => x.start < m.sentence.end && x.end > m.sentence.start),
      ];
      return {
        text: a.text,
        sentence: m.sentence,
        mention: { start: m.start, end: m.end },
        dates,
        language: a.language,
      };
    });
    const support = supportOf(e.members.slice(0, SUPPORT_SAMPLE).map((k) => bagByKey.get(k)!));
    return {
      id: e.id,
      date: e.value,
      title: eventTitle(evidence, support, preferred),
      mentionIds: e.all.map((k) => mentions[k]!.id),
      articleIds: articleIdx.map((i) => articles[i]!.id),
      sourceCount: articleIdx.length,
      flags: flagsOf(e, marked, articleOf),
    };
  });
  return titled.sort((a, b) => compareValues(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function flagsOf(
  e: FormedEvent,
  { mentions }: MarkedMentions,
  articleOf: (k: number) => ExtractedArticle,
): TimelineEvent['flags'] {
  const flags: TimelineEvent['flags'] = [];
  if (e.conflicts.length) flags.push('conflict');
  // Vaguer than a day, part of a period, or a span read from words without numbers ("over the weekend").
  const wordRange =
    e.value.end !== undefined &&
    e.members.every((k) => mentions[k]!.value?.end === undefined || !/\d/.test(mentions[k]!.text));
  if (valuePrecision(e.value) !== 'day' || e.value.part || wordRange) flags.push('approximate');
  const agreeing = e.members.filter((k) => mentions[k]!.value && valueKey(mentions[k]!.value!) === valueKey(e.value));
  if (agreeing.length && agreeing.every((k) => mentions[k]!.relative && articleOf(k).published?.basis === 'inferred'))
    flags.push('inferred-date');
  return flags;
}

/** Spans of metadata and the head (dateline, page stamp): left out of titles like the dates. */
function headerSpans(a: ExtractedArticle): Span[] {
  const out: Span[] = [...a.source.excluded];
  if (a.head.dateline) out.push(a.head.dateline.span);
  if (a.head.stamp) out.push(a.head.stamp.span);
  return out;
}

/** Share of an event's mentions whose words include a stem: what its evidence has in common. */
function supportOf(bags: WordBag[]): (stem: string) => number {
  const counts = new Map<string, number>();
  for (const b of bags) for (const s of new Set([...b.narrow, ...b.wide])) counts.set(s, (counts.get(s) ?? 0) + 1);
  return (stem) => (bags.length > 1 ? (counts.get(stem) ?? 0) / bags.length : 0);
}
