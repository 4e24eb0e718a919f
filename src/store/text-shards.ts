/**
 * Fetching one text shard and checking it against the part of the timeline it concerns. A chunk of its own,
 * loaded when the first article whose text is in a shard is opened (or exported): the first picture needs none
 * of it.
 */
import type { Article, Mention, Timeline } from '../contract';
import { checkTextShard } from '../contract/page-validate';

/** Absolute URL of a shard, from the index's URL (itself relative to the page). */
export function shardUrl(base: string, path: string): string {
  const page = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  return new URL(path, new URL(base, page)).href;
}

/** Articles by the shard that holds their text, once per loaded timeline. */
const shardArticlesMemo = new WeakMap<Timeline, Map<string, Article[]>>();

function articlesOfShard(t: Timeline, path: string): Article[] {
  let by = shardArticlesMemo.get(t);
  if (!by) {
    by = new Map();
    for (const a of t.articles) {
      if (a.textShard === undefined) continue;
      const list = by.get(a.textShard);
      if (list) list.push(a);
      else by.set(a.textShard, [a]);
    }
    shardArticlesMemo.set(t, by);
  }
  return by.get(path) ?? [];
}

/**
 * The part of the timeline one shard is checked against: its articles and their mentions. The check reads
 * every article and mention it is given, and on a big corpus all of them are 100,000 and 200,000: about
 * 30 ms a shard, each time an article is opened, for a few hundred that concern it.
 */
export function shardPart(
  t: Timeline,
  path: string,
  mentionsOf: (articleId: string) => readonly Mention[] | undefined,
): Timeline {
  const articles = articlesOfShard(t, path);
  return { ...t, articles, mentions: articles.flatMap((a) => mentionsOf(a.id) ?? []) };
}

/**
 * Fetch one shard and check it against the timeline: the texts by article id, or an error in words that names
 * the shard. Used by the store and by the JSON export (which needs every text).
 */
export async function fetchTextShard(
  base: string,
  path: string,
  timeline: Timeline,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; texts: Map<string, string> } | { ok: false; error: string }> {
  let data: unknown;
  try {
    const res = await fetchImpl(shardUrl(base, path));
    if (!res.ok) return { ok: false, error: `${path} answered HTTP ${res.status}` };
    data = JSON.parse(await res.text());
  } catch (e) {
    return { ok: false, error: `${path} could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const v = await checkTextShard(data, path, timeline);
  return v.ok ? v : { ok: false, error: v.errors.join('; ') };
}
