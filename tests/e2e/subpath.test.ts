/**
 * Educators host the built site inside their course pages, under whatever folder their platform
 * gives them. Served from /course/unit-1/chronology/, the same build must load and draw, with every
 * URL relative to that folder.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, timelineMain, waitForTimeline, type WatchedPage } from './support';

const subpathUrl = inject('subpathUrl');
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  w = await openPage(browser, { url: subpathUrl });
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('the built site served from a sub-path', () => {
  it('loads and draws its timeline', async () => {
    await waitForTimeline(w.page);
    const box = await timelineMain(w.page).boundingBox();
    expect(box, 'the main timeline is missing or hidden').not.toBeNull();
    expect(box!.width).toBeGreaterThan(100);
    await screenshot(w.page, 'subpath-opening-view');
  });

  it('asks only for files inside its own folder', () => {
    const http = w.requests.map((r) => r.url).filter((u) => u.startsWith('http'));
    expect(http.length).toBeGreaterThan(1);
    expect(http.filter((u) => !u.startsWith(subpathUrl))).toEqual([]);
    expect(http).toContain(new URL('timeline.json', subpathUrl).href);
  });

  it('logs no errors and loads every resource', () => {
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });
});
