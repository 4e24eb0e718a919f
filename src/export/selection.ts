/**
 * What every export starts from: the events the reader has in view, in date order, and the evidence
 * behind each one (the source sentence, with the date expressions in it marked).
 */
import {
  compareValues,
  type Article,
  type DateValue,
  type Mention,
  type Timeline,
  type TimelineEvent,
} from '../contract';
import { dateInWords } from '../contract/words';
import { mentionSentence } from '../contract/texts';

/** Lookup tables over a timeline, built once per export. */
export interface TimelineIndex {
  articles: Map<string, Article>;
  mentions: Map<string, Mention>;
  events: Map<string, TimelineEvent>;
}

export function indexTimeline(timeline: Timeline): TimelineIndex {
  return {
    articles: new Map(timeline.articles.map((a) => [a.id, a])),
    mentions: new Map(timeline.mentions.map((m) => [m.id, m])),
    events: new Map(timeline.events.map((e) => [e.id, e])),
  };
}

/**
 * The timeline's events whose ids are given, each once, in date order (ties keep the timeline's order).
 * Ids the timeline does not have are ignored: the view can only hold ids of the timeline it shows, so an
 * unknown id carries no event that could be lost.
 */
export function selectEvents(timeline: Timeline, eventIds: Iterable<string>): TimelineEvent[] {
  const wanted = new Set(eventIds);
  const order = new Map(timeline.events.map((e, i) => [e.id, i]));
  return timeline.events
    .filter((e) => wanted.has(e.id))
    .sort((a, b) => compareValues(a.date, b.date) || order.get(a.id)! - order.get(b.id)!);
}

/** A piece of an evidence sentence; `mention` marks the date expression(s) that date the event. */
export interface EvidenceSegment {
  text: string;
  mention: boolean;
}

/** One sentence of one article that dates an event. */
export interface Evidence {
  articleId: string;
  /** The article's source label. */
  source: string;
  /** The event's mentions in this sentence, in text order. */
  mentionIds: string[];
  /** The sentence with runs of white space (line breaks of the source file included) made single spaces. */
  sentence: string;
  /** The same sentence cut at its mentions, so HTML exports can mark them; their texts join to `sentence`. */
  segments: EvidenceSegment[];
}

/**
 * The evidence behind an event: one entry per distinct sentence, in the order of the event's mentions.
 * Two mentions in one sentence ("from 6 to 22 February") give one entry with both marked.
 */
export function eventEvidence(event: TimelineEvent, index: TimelineIndex): Evidence[] {
  const groups = new Map<
    string,
    { article: Article; start: number; end: number; quote: string; mentions: Mention[] }
  >();
  for (const id of event.mentionIds) {
    const m = index.mentions.get(id);
    const article = m && index.articles.get(m.articleId);
    // The sentence comes from the inline text, or from the mention's quote when the text is in a shard.
    const quote = m && article ? mentionSentence(article, m) : null;
    if (!m || !article || quote === null) continue; // impossible in a validated timeline
    const key = `${article.id}\u0000${m.sentence.start}\u0000${m.sentence.end}`;
    const g = groups.get(key) ?? { article, start: m.sentence.start, end: m.sentence.end, quote, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ article, start, end, quote, mentions }) => {
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    const slice = (a: number, b: number) => quote.slice(a - start, b - start);
    const raw: EvidenceSegment[] = [];
    let at = start;
    for (const m of sorted) {
      const s = Math.max(m.start, at); // overlapping mentions: mark the union once
      if (m.end <= s) continue;
      if (s > at) raw.push({ text: slice(at, s), mention: false });
      raw.push({ text: slice(s, m.end), mention: true });
      at = m.end;
    }
    if (end > at) raw.push({ text: slice(at, end), mention: false });
    const segments = collapseWhitespace(raw);
    return {
      articleId: article.id,
      source: article.outlet,
      mentionIds: sorted.map((m) => m.id),
      sentence: segments.map((s) => s.text).join(''),
      segments,
    };
  });
}

/** Collapse white-space runs across segment boundaries and trim the ends, keeping the marks in place. */
function collapseWhitespace(segments: EvidenceSegment[]): EvidenceSegment[] {
  const out: EvidenceSegment[] = [];
  let afterSpace = true; // true at the start, so leading space is dropped
  for (const seg of segments) {
    let text = seg.text.replace(/\s+/g, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    afterSpace = text.endsWith(' ');
    out.push({ text, mention: seg.mention });
  }
  while (out.length && out[out.length - 1]!.text.endsWith(' ')) {
    const last = out[out.length - 1]!;
    last.text = last.text.slice(0, -1);
    if (!last.text) out.pop();
  }
  return out;
}

/** The source labels of an event's articles, one per article, in the event's (corpus) order. */
export function eventSources(event: TimelineEvent, index: TimelineIndex): string[] {
  return event.articleIds.map((id) => index.articles.get(id)?.outlet ?? id);
}

/** The dates one source gives for an event, each once, in the order it gives them. */
export interface SourceDates {
  articleId: string;
  /** The article's source label. */
  source: string;
  dates: DateValue[];
}

/**
 * Per source of the event, the dates its mentions give: where sources disagree, this is who says what
 * ("NOS: 28 January 2026", "Reuters: 27 January 2026"). Sources in the event's (corpus) order.
 */
export function eventSourceDates(event: TimelineEvent, index: TimelineIndex): SourceDates[] {
  const by = new Map<string, { dates: DateValue[]; seen: Set<string> }>();
  for (const id of event.mentionIds) {
    const m = index.mentions.get(id);
    if (!m?.value) continue;
    const entry = by.get(m.articleId) ?? { dates: [], seen: new Set<string>() };
    const key = dateInWords(m.value);
    if (!entry.seen.has(key)) {
      entry.seen.add(key);
      entry.dates.push(m.value);
    }
    by.set(m.articleId, entry);
  }
  return event.articleIds
    .filter((id) => by.has(id))
    .map((id) => ({ articleId: id, source: index.articles.get(id)?.outlet ?? id, dates: by.get(id)!.dates }));
}
