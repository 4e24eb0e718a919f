/**
 * Educators host the built site inside their course pages, under whatever folder their platform
 * gives them. Served from /course/unit-1/chronology/, the same build must load and draw, the full
 * view and the embed view alike, with every URL relative to that folder.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, timelineMain, waitForTimeline, type WatchedPage } from './support';

const subpathUrl = inject('subpathUrl');
let browser: Browser;
const open: WatchedPage[] = [];

async function visit(path: string): Promise<WatchedPage> {
  const w = await openPage(browser, { url: new URL(path, subpathUrl).href });
  open.push(w);
  await waitForTimeline(w);
  return w;
}

/** Every http request of the page, and those that left the folder. */
function outside(w: WatchedPage): { all: string[]; outside: string[] } {
  const all = w.requests.map((r) => r.url).filter((u) => u.startsWith('http'));
  return { all, outside: all.filter((u) => !u.startsWith(subpathUrl)) };
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const w of open) await w.close();
  await browser?.close();
});

describe('the built site served from a sub-path', () => {
  let w: WatchedPage;
  beforeAll(async () => {
    w = await openPage(browser, { url: subpathUrl });
    open.push(w);
  });

  it('loads and draws its timeline', async () => {
    await waitForTimeline(w);
    const box = await timelineMain(w.page).boundingBox();
    expect(box, 'the main timeline is missing or hidden').not.toBeNull();
    expect(box!.width).toBeGreaterThan(100);
    await screenshot(w.page, 'subpath-opening-view');
  });

  it('asks only for files inside its own folder', () => {
    const r = outside(w);
    expect(r.all.length).toBeGreaterThan(1);
    expect(r.outside).toEqual([]);
    expect(r.all).toContain(new URL('timeline.json', subpathUrl).href);
  });

  it('logs no errors and loads every resource', () => {
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });

  it('serves the embed view from the same folder', async () => {
    const e = await visit('embed.html');
    expect(await timelineMain(e.page).boundingBox()).not.toBeNull();
    expect(outside(e).outside).toEqual([]);
    expect([...e.consoleErrors, ...e.pageErrors, ...e.failedRequests], e.problems()).toEqual([]);
    await screenshot(e.page, 'subpath-embed-view');
  });
});
