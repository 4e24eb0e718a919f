import { afterEach, describe, expect, it, vi } from 'vitest';
import { shardTimeline } from '../../src/pipeline/stages/shards';
import { createChronologyStore } from '../../src/store/store';
import { articleText } from '../../src/store/texts';
import { shardPart } from '../../src/store/text-shards';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

const full = buildSmallTimeline();
const { index, shards } = shardTimeline(full, { inlineBelowBytes: 0, shardTargetBytes: 2_000 });

/** A store on the sharded index whose fetch answers each shard with `body(path)`. */
function storeServing(body: (path: string) => string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      const path = shards.find((s) => url.endsWith(s.path))?.path;
      return path ? new Response(body(path)) : new Response('', { status: 404 });
    }),
  );
  const store = createChronologyStore();
  store.getState().setTimeline(index);
  return store;
}

afterEach(() => vi.unstubAllGlobals());

describe('the part of the timeline a shard is checked against', () => {
  it('holds the articles of that shard and all their mentions, and nothing else', () => {
    const path = shards[0]!.path;
    const part = shardPart(index, path, (id) => index.mentions.filter((m) => m.articleId === id));
    const ids = index.articles.filter((a) => a.textShard === path).map((a) => a.id);
    expect(part.articles.map((a) => a.id)).toEqual(ids);
    expect(part.mentions.map((m) => m.id).sort()).toEqual(
      index.mentions
        .filter((m) => ids.includes(m.articleId))
        .map((m) => m.id)
        .sort(),
    );
  });
});

describe('a text shard loaded for the reader', () => {
  const article = index.articles.find((a) => a.textShard !== undefined && a.textLength! > 0)!;
  const mention = index.mentions.find((m) => m.articleId === article.id)!;
  const path = article.textShard!;

  it('gives the article its text', async () => {
    const store = storeServing((p) => shards.find((s) => s.path === p)!.json);
    await store.getState().loadShard(path);
    expect(articleText(store.getState(), article)).toEqual({
      status: 'ready',
      text: full.articles.find((a) => a.id === article.id)!.text,
    });
  });

  it('is refused, naming the shard, when a date in it is not where its mention says', async () => {
    const store = storeServing((p) => {
      const data = JSON.parse(shards.find((s) => s.path === p)!.json);
      const t: string = data.texts[article.id];
      // Same length, so only the mention's own check can notice.
      data.texts[article.id] =
        t.slice(0, mention.start) + 'x'.repeat(mention.end - mention.start) + t.slice(mention.end);
      return JSON.stringify(data);
    });
    await store.getState().loadShard(path);
    const got = articleText(store.getState(), article);
    expect(got.status).toBe('error');
    expect(got.status === 'error' && got.error).toMatch(
      new RegExp(`${path}: mention ${mention.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: offsets`),
    );
  });
});
