/**
 * A timeline whose texts are in shards, served as the CLI writes it (the index as timeline.json, the shards
 * beside it under texts/): a deep link to an article opens it once its shard has arrived, with its dating
 * sentence highlighted, and only that shard is fetched; in the full page and in the embed view.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { validateTimeline, type Timeline } from '../../src/contract';
import { shardTimeline } from '../../src/pipeline/stages/shards';
import { launchBrowser, openPage, startStaticServer, waitForTimeline, type Route, type StaticServer } from './support';

/** Small shards, so the seeds (a few kB of text each) spread over several files. */
const SHARD_BYTES = 6_000;

let browser: Browser;
let server: StaticServer;
let full: Timeline;
let shardPaths: string[];

beforeAll(async () => {
  const dist = inject('distDir');
  const r = validateTimeline(JSON.parse(await readFile(join(dist, 'timeline.json'), 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  full = r.timeline;
  const { index, shards } = shardTimeline(full, { inlineBelowBytes: 0, shardTargetBytes: SHARD_BYTES });
  shardPaths = shards.map((s) => s.path);
  const json = (body: string): Route => ({
    contentType: 'application/json',
    body,
    headers: { 'Cache-Control': 'no-store' },
  });
  const routes: Record<string, Route> = { '/timeline.json': json(JSON.stringify(index)) };
  for (const s of shards) routes[`/${s.path}`] = json(s.json);
  server = await startStaticServer({ root: dist, routes });
  browser = await launchBrowser();
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** A placed mention of the last article, so its shard is not the first one. */
function lastPlaced() {
  const mention = full.mentions.filter((m) => m.eventId !== null).at(-1)!;
  return { mention, article: full.articles.find((a) => a.id === mention.articleId)! };
}

/** Open `page` (index.html or embed.html) deep-linked to that mention, and check what a reader sees. */
async function opensFromItsShard(page: string) {
  const { mention, article } = lastPlaced();
  const query = `event=${encodeURIComponent(mention.eventId!)}&read=${encodeURIComponent(article.id)}&at=${encodeURIComponent(mention.id)}`;
  const w = await openPage(browser, { url: `${server.url}${page}?${query}` });
  await waitForTimeline(w);
  const reader = w.page.locator('section.reader');
  await reader.locator('.in-focus').first().waitFor();
  const text = await reader
    .locator('.in-focus')
    .evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? e.textContent).join(''));
  expect(text.replace(/\s+/g, ' ').trim()).toBe(
    article.text!.slice(mention.sentence.start, mention.sentence.end).replace(/\s+/g, ' ').trim(),
  );
  const fetched = await w.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/texts/'))
      .map((e) => ({ name: new URL(e.name).pathname, ms: e.duration })),
  );
  expect(fetched.map((f) => f.name)).toHaveLength(1);
  process.stderr.write(
    `[shards] ${page || 'index'}: opened ${article.id} from ${fetched[0]?.name} in ${fetched[0]?.ms.toFixed(1)} ms\n`,
  );
  expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  await w.close();
}

describe('a timeline whose texts are in shards', () => {
  it('opens a deep-linked article from its shard and highlights the sentence that dates the event', async () => {
    expect(shardPaths.length).toBeGreaterThan(1);
    await opensFromItsShard('');
  });

  it('does the same in the embed view a course page frames', async () => {
    await opensFromItsShard('embed.html');
  });
});
