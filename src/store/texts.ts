/**
 * The texts slice: article texts fetched from the timeline's text shards when an article is opened, kept for
 * the visit. A small timeline has its texts inline and never uses it. Each shard is checked against the
 * loaded index before its texts are kept (checkTextShard), and a failure names the shard.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Article, Mention, Timeline } from '../contract';

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
      // The fetching and checking code is its own chunk: the first picture never needs it.
      const { fetchTextShard, shardPart } = await import('./text-shards');
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
