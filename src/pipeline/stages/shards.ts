/**
 * Splitting the article texts out of the timeline: the index (`timeline.json`: metadata, sentences, mentions,
 * events, with each placed mention quoting its sentence) and the texts in shards of a few hundred kB
 * (`texts/0000.json` …), so a page shows a large corpus without downloading every article's text.
 *
 * Pure and deterministic: the same timeline gives the same index and the same shard bytes.
 *
 * How the CLI writes the result (`shardTimeline(timeline)` after assemble, before writing):
 * - the index goes to `--out` as today (`timeline.json`, whatever its name);
 * - each shard's `json` goes to `path` resolved against the index's folder (`public/texts/0000.json` …);
 * - `texts/` beside the index is emptied of `*.json` files first (or each file replaced, and the rest removed),
 *   so a smaller rebuild leaves no shard of an older build behind; with no shards, remove `texts/*.json`;
 * - write the shards before the index (each through a temporary file and a rename, as the index is), so a page
 *   that loads the new index never names a shard that is not there yet.
 */
import { SCHEMA_VERSION, type Article, type Mention, type TextShard, type Timeline } from '../../contract';

/**
 * Below this many bytes of article text (UTF-8) in all, the texts stay inline: the page then loads the
 * timeline in one request, and a second round trip would cost more than the bytes it saves (the seeds hold
 * 15 kB of text in a 50 kB timeline.json; 1 MB of text is a download of well under a second on a slow line).
 */
export const INLINE_BELOW_BYTES = 1_000_000;

/**
 * Aimed size of one shard (bytes of JSON): a few hundred kB is one short download when an article is opened,
 * and keeps the number of files at 100,000 articles (~500 MB of text) near two thousand.
 */
export const SHARD_TARGET_BYTES = 256_000;

/** Folder of the shards, relative to the index. */
export const SHARD_FOLDER = 'texts';

export interface ShardOptions {
  /** Keep the texts inline below this many bytes of text in all (default `INLINE_BELOW_BYTES`). */
  inlineBelowBytes?: number;
  /** Aimed bytes per shard (default `SHARD_TARGET_BYTES`); an article larger than this has a shard of its own. */
  shardTargetBytes?: number;
}

export interface ShardedTimeline {
  /** The timeline to write as `timeline.json`: the input itself when its texts stay inline. */
  index: Timeline;
  /** The shard files, in order: `path` relative to the index, `json` the file's content. */
  shards: { path: string; json: string }[];
}

const utf8 = new TextEncoder();

/** Bytes a text takes inside a shard's JSON (its escaped string, the key and the punctuation). */
function shardBytes(id: string, text: string): number {
  return utf8.encode(JSON.stringify(id) + JSON.stringify(text)).length + 2;
}

export function shardTimeline(timeline: Timeline, options: ShardOptions = {}): ShardedTimeline {
  const inlineBelow = options.inlineBelowBytes ?? INLINE_BELOW_BYTES;
  const target = options.shardTargetBytes ?? SHARD_TARGET_BYTES;
  let total = 0;
  for (const a of timeline.articles) total += a.text === undefined ? 0 : utf8.encode(a.text).length;
  if (total < inlineBelow || timeline.articles.some((a) => a.text === undefined))
    return { index: timeline, shards: [] };

  // Articles fill shards in the timeline's order (file-name order), so neighbours share a shard and the
  // split does not depend on anything but the input.
  const groups: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const a of timeline.articles) {
    const bytes = shardBytes(a.id, a.text!);
    if (current.length && size + bytes > target) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(a);
    size += bytes;
  }
  if (current.length) groups.push(current);

  const shardOf = new Map<string, string>();
  const shards = groups.map((group, i) => {
    const path = `${SHARD_FOLDER}/${String(i).padStart(4, '0')}.json`;
    const texts: Record<string, string> = {};
    for (const a of group) {
      texts[a.id] = a.text!;
      shardOf.set(a.id, path);
    }
    const shard: TextShard = { schemaVersion: SCHEMA_VERSION, texts };
    return { path, json: JSON.stringify(shard) + '\n' };
  });

  const byId = new Map(timeline.articles.map((a) => [a.id, a]));
  const articles = timeline.articles.map((a): Article => {
    const { text, ...rest } = a;
    return { ...rest, textShard: shardOf.get(a.id)!, textLength: text!.length };
  });
  const mentions = timeline.mentions.map((m): Mention => {
    if (m.eventId === null) return m;
    const text = byId.get(m.articleId)?.text ?? '';
    return { ...m, quote: text.slice(m.sentence.start, m.sentence.end) };
  });
  return { index: { ...timeline, articles, mentions }, shards };
}
