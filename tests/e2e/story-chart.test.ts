/**
 * The chart on a story of many events (issue 9, page): the H1N1 Guardian story from ../shared/stories,
 * built with the build step and served with the e2e site. It opens on the key events, labels only the
 * best-ranked events in view (top 20 / 50 / all), reveals more in rank order when zooming in, and keeps
 * every event in the overview. Skipped where the shared stories are not there.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '../../src/contract';
import {
  formatViolations,
  launchBrowser,
  openPage,
  scanAccessibility,
  screenshot,
  startStaticServer,
  timelineMain,
  waitForTimeline,
  type StaticServer,
  type WatchedPage,
} from './support';
import { ROOT, TSX_CLI, run } from './support/run';

const STORY = join(ROOT, '..', 'shared', 'stories', 'H1N1_guardian', 'articles');
const OUT = join(ROOT, '.tmp', `e2e-story-${process.pid}.json`);
let browser: Browser;
let server: StaticServer;
let story: Timeline;
const open: WatchedPage[] = [];

/** Ids of the labelled events and of every event drawn, as the chart shows them. */
async function drawn(page: Page): Promise<{ labelled: string[]; all: string[] }> {
  return timelineMain(page).evaluate((root) => {
    const marks = [...root.querySelectorAll('g.mark')];
    const id = (m: Element) => m.querySelector('[data-event-id]')!.getAttribute('data-event-id')!;
    return { labelled: marks.filter((m) => m.querySelector('text.label')).map(id), all: marks.map(id) };
  });
}

describe.skipIf(!existsSync(STORY))('a story of hundreds of events', () => {
  beforeAll(async () => {
    await run(process.execPath, [TSX_CLI, 'src/pipeline/cli/timeline.ts', '--in', STORY, '--out', OUT, '--quiet']);
    const body = await readFile(OUT, 'utf8');
    story = JSON.parse(body) as Timeline;
    server = await startStaticServer({
      root: inject('distDir'),
      routes: { '/timeline.json': { contentType: 'application/json; charset=utf-8', body } },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const w of open) await w.close();
    await browser?.close();
    await server?.close();
    await rm(OUT, { force: true });
  });

  async function visit(query = ''): Promise<WatchedPage> {
    const w = await openPage(browser, { url: `${server.url}${query}`, viewport: { width: 1440, height: 900 } });
    open.push(w);
    await waitForTimeline(w.page);
    return w;
  }

  const rankOf = (id: string) => story.events.find((e) => e.id === id)!.rank;

  it('labels at most the top 20 events in view, all better ranked than any faint mark', async () => {
    expect(story.events.length).toBeGreaterThan(50);
    const w = await visit();
    const { labelled, all } = await drawn(w.page);
    expect(labelled.length).toBeGreaterThan(3);
    expect(labelled.length).toBeLessThanOrEqual(20);
    const minor = await timelineMain(w.page).locator('g.mark.is-minor').count();
    expect(minor).toBeGreaterThan(0);
    const faint = all.filter((id) => !labelled.includes(id));
    const worstLabelled = Math.max(...labelled.map(rankOf));
    const inTop20 = [...all].sort((a, b) => rankOf(a) - rankOf(b)).slice(0, 20);
    for (const id of labelled) expect(inTop20).toContain(id);
    expect(faint.length).toBeGreaterThan(0);
    expect(worstLabelled).toBeLessThan(Math.max(...faint.map(rankOf)));
    // The overview still counts every event.
    expect(await w.page.getByTestId('timeline-overview').locator('svg').getAttribute('aria-label')).toContain(
      `all ${story.events.length} events`,
    );
    await screenshot(w.page, 'story-opening');
  });

  it('"All" labels more events than "Top 20", and zooming in reveals lesser events in rank order', async () => {
    const w = await visit();
    const top20 = (await drawn(w.page)).labelled.length;
    await w.page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(async () => (await drawn(w.page)).labelled.length).toBeGreaterThan(top20);
    await w.page.getByRole('button', { name: 'Top 20', exact: true }).click();
    const before = new Set((await drawn(w.page)).labelled);
    for (let i = 0; i < 3; i++) await w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const after = await drawn(w.page);
    const revealed = after.labelled.filter((id) => !before.has(id));
    expect(revealed.length).toBeGreaterThan(0);
    // Whatever is labelled now is among the best-ranked events of the new view, never chosen by position.
    const inTop20 = [...after.all].sort((a, b) => rankOf(a) - rankOf(b)).slice(0, 20);
    for (const id of after.labelled) expect(inTop20).toContain(id);
    await screenshot(w.page, 'story-zoomed');
  });

  it('opens on the densest stretch of its key events', async () => {
    const w = await visit();
    const main = timelineMain(w.page);
    const [from, to] = [Number(await main.getAttribute('data-from')), Number(await main.getAttribute('data-to'))];
    const key = [...story.events]
      .filter((e) => e.date.start.length === 10 && !e.date.part)
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 20)
      .map((e) => Date.parse(`${e.date.start}T00:00:00Z`));
    const inside = key.filter((t) => t >= from && t < to).length;
    expect(inside).toBeGreaterThanOrEqual(key.length / 2);
    // A story of months opens on weeks, not on everything.
    expect(to - from).toBeLessThan(120 * 86_400_000);
  });

  it('a "+N" chip lists its events by rank, and axe finds no violations', async () => {
    const w = await visit();
    const chip = timelineMain(w.page).locator('g.cluster').first();
    await chip.click();
    const digest = w.page.getByRole('region', { name: /events$/ });
    await digest.waitFor();
    const ids = await digest.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!));
    expect(ids.length).toBeGreaterThan(0);
    // By id: several events of a story can share a title.
    const ranks = ids.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await screenshot(w.page, 'story-digest', { fullPage: true });
  });
});
