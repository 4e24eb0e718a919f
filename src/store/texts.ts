/**
 * The texts slice: article texts fetched from the timeline's text shards when an article is opened, kept for
 * the visit. A small timeline has its texts inline and never uses it. Each shard is checked against the
 * loaded index before its texts are kept (checkTextShard), and a failure names the shard.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Article, Mention, Timeline } from '../contract';
import { checkTextShard } from '../contract/page-validate';

/** A shard being fetched, fetched and checked, or failed (with why, naming the shard). */
export type ShardState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: string };

/** An article's text as the reader can use it. */
export type ArticleText =
  | { status: 'ready'; text: string }
  | { status: 'loading'; shard: string }
  | { status: 'error'; shard: string; error: string };

export interface TextsSlice {
  /** URL of the loaded `timeline.json`: shard paths are relative to it. */
  textsBase: string;
  /** Texts fetched from shards, by article id. */
  texts: Record<string, string>;
  /** Every shard asked for, by path. */
  shards: Record<string, ShardState>;
  /** Where the index came from; forgets the texts of an earlier timeline. */
  setTextsBase: (url: string) => void;
  /** Fetch and check a shard unless it is loaded or loading; resolves when it is settled. */
  loadShard: (path: string) => Promise<void>;
  /** The texts of these shards, fetched as needed (for the JSON export); throws naming a shard that failed. */
  fetchTexts: (paths: readonly string[]) => Promise<Map<string, string>>;
}

interface TextsState extends TextsSlice {
  timeline: Timeline | null;
  index: { mentionsByArticle: ReadonlyMap<string, Mention[]> } | null;
}

/** `timeline.json` beside the page, as the loader fetches it by default. */
const DEFAULT_BASE = './timeline.json';

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

/** The article's text: inline, fetched, being fetched, or failed. */
export function articleText(state: Pick<TextsSlice, 'texts' | 'shards'>, article: Article): ArticleText {
  if (article.text !== undefined) return { status: 'ready', text: article.text };
  const text = state.texts[article.id];
  if (text !== undefined) return { status: 'ready', text };
  const shard = article.textShard ?? '';
  const s = state.shards[shard];
  return s?.status === 'error' ? { status: 'error', shard, error: s.error } : { status: 'loading', shard };
}

export function textsSlice<S extends TextsState>(set: StoreApi<S>['setState'], get: () => S): TextsSlice {
  return {
    textsBase: DEFAULT_BASE,
    texts: {},
    shards: {},
    setTextsBase: (textsBase) => set({ textsBase, texts: {}, shards: {} } as Partial<S>),
    loadShard: async (path) => {
      const { timeline, index, shards, textsBase } = get();
      if (!timeline || shards[path]?.status === 'loading' || shards[path]?.status === 'ready') return;
      set({ shards: { ...shards, [path]: { status: 'loading' } } } as Partial<S>);
      const part = index ? shardPart(timeline, path, (id) => index.mentionsByArticle.get(id)) : timeline;
      const r = await fetchTextShard(textsBase, path, part, (...args) => fetch(...args));
      // A timeline loaded meanwhile has its own shards: this answer is not for it.
      if (get().timeline !== timeline) return;
      const s = get();
      set(
        (r.ok
          ? {
              texts: { ...s.texts, ...Object.fromEntries(r.texts) },
              shards: { ...s.shards, [path]: { status: 'ready' } },
            }
          : { shards: { ...s.shards, [path]: { status: 'error', error: r.error } } }) as Partial<S>,
      );
    },
    fetchTexts: async (paths) => {
      const load = get().loadShard;
      await Promise.all(paths.map((p) => load(p)));
      // A shard another caller was already fetching settles on its own: wait for it too.
      while (paths.some((p) => get().shards[p]?.status === 'loading')) await new Promise((r) => setTimeout(r, 20));
      const { shards, texts, timeline } = get();
      const failed = paths.find((p) => shards[p]?.status !== 'ready');
      if (failed !== undefined) {
        const s = shards[failed];
        throw new Error(s?.status === 'error' ? s.error : `${failed} was not loaded`);
      }
      const wanted = new Set(paths);
      const out = new Map<string, string>();
      for (const a of timeline?.articles ?? [])
        if (a.textShard !== undefined && wanted.has(a.textShard) && texts[a.id] !== undefined)
          out.set(a.id, texts[a.id]!);
      return out;
    },
  };
}
