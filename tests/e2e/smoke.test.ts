/**
 * The first thing a newcomer does: open the page. It must load the seeds' timeline, draw it, and do
 * so without errors and without talking to any other host (no CDN, no remote fonts).
 */
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Timeline } from '../../src/contract';
import {
  launchBrowser,
  openPage,
  screenshot,
  textAndLabels,
  timelineMain,
  timelineOverview,
  waitForTimeline,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
let browser: Browser;
let w: WatchedPage;
let served: Timeline;

beforeAll(async () => {
  served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as Timeline;
  browser = await launchBrowser();
  w = await openPage(browser, { url: baseUrl });
  await waitForTimeline(w);
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('opening the page', () => {
  it('fetches timeline.json next to the page', () => {
    const urls = w.requests.map((r) => r.url);
    expect(urls).toContain(new URL('timeline.json', baseUrl).href);
  });

  it("is served the seeds' timeline, with every seed file accounted for", async () => {
    expect(served.corpus).toBe('seeds');
    const seeds = (await readdir(new URL('../../seeds/', import.meta.url)))
      .filter((f) => !f.startsWith('.'))
      .map((f) => `seeds/${f}`);
    const accounted = [...served.articles.map((a) => a.file), ...served.skipped.map((s) => s.file)].sort();
    expect(accounted).toEqual(seeds.sort());
  });

  it('names itself in the tab and with a main heading', async () => {
    expect((await w.page.title()).trim()).not.toBe('');
    const h1 = w.page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.count()).toBe(1);
    expect((await h1.innerText()).trim()).not.toBe('');
  });

  it('draws the main timeline and the overview strip', async () => {
    for (const part of [timelineMain(w.page), timelineOverview(w.page)]) {
      const box = await part.boundingBox();
      expect(box, 'the element is missing or hidden').not.toBeNull();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(10);
    }
  });

  it("shows events of the seeds' timeline on the chart", async () => {
    expect(served.events.length).toBeGreaterThan(0);
    const shown = await textAndLabels(timelineMain(w.page));
    const titles = served.events.map((e) => e.title).filter((t) => shown.includes(t));
    expect(titles.length, 'no event title appears as text or accessible name in the main timeline').toBeGreaterThan(0);
  });

  it('makes no request to any other host', () => {
    expect(w.foreignRequests()).toEqual([]);
  });

  it('logs no errors and loads every resource', async () => {
    await screenshot(w.page, 'smoke-opening-view');
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });
});
