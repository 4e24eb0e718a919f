/**
 * JSON export: the timeline in our own schema (it validates with `validateTimeline`), restricted to the
 * events of the view.
 *
 * What is kept: the selected events; every article that backs one of them, whole (text, excluded spans,
 * sentences, warnings), so every offset still slices to its text; every mention of those articles, so
 * nothing the articles say about time is lost; and the corpus' skipped-file list. A mention placed on an
 * event outside the selection cannot keep that event id (the file would no longer validate), so it
 * becomes unplaced with a note naming the event it has in the full timeline.
 *
 * A timeline whose texts are in shards is exported with the kept articles' texts inline (the file stands on
 * its own, with no shard beside it): the caller fetches the shards `exportTextShards` names and passes the texts.
 */
import { inlineTexts, type Mention, type Timeline, type TimelineEvent } from '../contract';
import { indexTimeline, selectEvents } from './selection';

/** The note an unplaced-by-export mention carries; the event id in it lets a reader rejoin it to the full timeline. */
export function outsideSelectionNote(eventId: string, title: string | undefined): string {
  return `placed on event ${eventId}${title ? ` ("${title}")` : ''} in the full timeline; not in this export's selection`;
}

/** The text shards the JSON export of these events needs (none when the texts are inline). */
export function exportTextShards(timeline: Timeline, eventIds: Iterable<string>): string[] {
  const ids = new Set(selectIndex(timeline, eventIds).articles.map((a) => a.id));
  const paths = new Set<string>();
  for (const a of timeline.articles) if (ids.has(a.id) && a.textShard !== undefined) paths.add(a.textShard);
  return [...paths].sort();
}

/** Throws when an article of the selection is sharded and its text is not in `texts`. */
export function selectTimeline(
  timeline: Timeline,
  eventIds: Iterable<string>,
  texts: ReadonlyMap<string, string> = new Map(),
): Timeline {
  return inlineTexts(selectIndex(timeline, eventIds), texts);
}

/** The selection as the timeline holds it (sharded articles still name their shards). */
function selectIndex(timeline: Timeline, eventIds: Iterable<string>): Timeline {
  const index = indexTimeline(timeline);
  const kept = new Set(selectEvents(timeline, eventIds).map((e) => e.id));
  // The timeline's own order (the pipeline's date order), so exporting the whole view gives back the file.
  const events = timeline.events.filter((e) => kept.has(e.id));

  const articleIds = new Set<string>();
  for (const e of events) {
    for (const id of e.articleIds) articleIds.add(id);
    for (const id of e.mentionIds) {
      const m = index.mentions.get(id);
      if (m) articleIds.add(m.articleId);
    }
  }
  // An article that repeats another must be able to name it (`duplicateOf` has to resolve).
  for (const id of [...articleIds]) {
    let a = index.articles.get(id);
    while (a?.duplicateOf !== undefined && !articleIds.has(a.duplicateOf)) {
      articleIds.add(a.duplicateOf);
      a = index.articles.get(a.duplicateOf);
    }
  }

  const mentions: Mention[] = timeline.mentions
    .filter((m) => articleIds.has(m.articleId))
    .map((m) => {
      if (m.eventId === null || kept.has(m.eventId)) return structuredClone(m);
      const note = outsideSelectionNote(m.eventId, index.events.get(m.eventId)?.title);
      return { ...structuredClone(m), eventId: null, note: m.note ? `${note}. ${m.note}` : note };
    });

  return {
    schemaVersion: timeline.schemaVersion,
    corpus: timeline.corpus,
    articles: timeline.articles.filter((a) => articleIds.has(a.id)).map((a) => structuredClone(a)),
    mentions,
    events: reRanked(events),
    skipped: structuredClone(timeline.skipped),
  };
}

/**
 * Ranks stay 1…n inside the export (the contract wants them unique and dense), in the same order as in the
 * whole timeline; weights and reasons are kept as they were.
 */
function reRanked(events: readonly TimelineEvent[]): TimelineEvent[] {
  const order = [...events].sort((a, b) => a.rank - b.rank);
  const rank = new Map(order.map((e, i) => [e.id, i + 1]));
  return events.map((e) => ({ ...structuredClone(e), rank: rank.get(e.id)! }));
}

/** The JSON file: two-space indented, ending in a newline, no byte-order mark (JSON forbids one). */
export function eventsToJson(
  timeline: Timeline,
  eventIds: Iterable<string>,
  texts?: ReadonlyMap<string, string>,
): string {
  return JSON.stringify(selectTimeline(timeline, eventIds, texts), null, 2) + '\n';
}
