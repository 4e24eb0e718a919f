/**
 * The panels as readers meet them: who says which date on a disagreement, the evidence in a 600×400
 * course-page frame, links to originals that are never script, and the phone view. Screenshots of each
 * (tests/e2e/screenshots/panels-*.png) are for looking at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Timeline } from '../../src/contract';
import {
  formatViolations,
  launchBrowser,
  openPage,
  scanAccessibility,
  screenshot,
  startHostPage,
  waitForTimeline,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
const appOrigin = new URL(baseUrl).origin;
const embedUrl = new URL('embed.html', baseUrl).href;
let browser: Browser;
let served: Timeline;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as Timeline;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  await browser?.close();
});

async function open(url: string, options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
  const w = await openPage(browser, { url, ...options });
  cleanup.push(() => w.close());
  await waitForTimeline(w);
  return w;
}

/** The first event of the served timeline whose sources disagree, if any (the seeds have the Games). */
function conflictEvent() {
  return served.events.find((e) => e.flags.includes('conflict'));
}

/** Elements inside `root` that scroll on their own (overflow auto/scroll and more content than room). */
async function scrollers(target: Page | Frame, root: string): Promise<string[]> {
  return target.evaluate((sel) => {
    const out: string[] = [];
    const base = document.querySelector(sel);
    if (!base) return out;
    for (const el of [base, ...base.querySelectorAll('*')]) {
      const oy = getComputedStyle(el).overflowY;
      if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight + 1)
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    return out;
  }, root);
}

describe('the seeds page on a laptop', () => {
  let w: WatchedPage;
  beforeAll(async () => {
    w = await open(baseUrl, { viewport: { width: 1440, height: 900 } });
  });

  it('opens with search and filters above the chart, and key events instead of an empty box', async () => {
    const search = await w.page.getByRole('searchbox', { name: 'Search' }).boundingBox();
    const chart = await w.page.getByTestId('timeline-main').boundingBox();
    expect(search!.y + search!.height).toBeLessThan(chart!.y);
    expect(await w.page.getByRole('heading', { name: 'Key events' }).count()).toBe(1);
    await screenshot(w.page, 'panels-seeds-1440');
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });

  it('opens a disagreement on a summary naming both dates, each linking to its card', async () => {
    const e = conflictEvent();
    expect(e, 'the seeds have an event whose sources disagree').toBeDefined();
    await w.page.goto(`${baseUrl}?event=${encodeURIComponent(e!.id)}`);
    await waitForTimeline(w);
    const summary = w.page.getByTestId('who-says');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toMatch(/\d sources?: 6–22 February 2026/);
    expect(text).toMatch(/1 source: December 2026/);
    expect(await w.page.locator('.evidence').innerText()).not.toContain('disagrees with the other sources');
    await summary.getByRole('link', { name: /December 2026/ }).click();
    const focused = await w.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('December');
    await screenshot(w.page, 'panels-conflict-1440');
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });

  it('reads an article at a comfortable measure with page clutter folded into one line', async () => {
    const a = served.articles.find((x) => x.excluded.length > 0)!;
    await w.page.goto(`${baseUrl}?read=${encodeURIComponent(a.id)}`);
    await waitForTimeline(w);
    const text = w.page.locator('.article-text');
    await text.waitFor();
    const chars = await text.evaluate((el) => {
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz ';
      el.append(probe);
      const per = probe.getBoundingClientRect().width / 27;
      probe.remove();
      const cs = getComputedStyle(el);
      return (el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)) / per;
    });
    expect(chars).toBeGreaterThan(55);
    expect(chars).toBeLessThan(85);
    const setAside = w.page.locator('details.set-aside');
    expect(await setAside.getAttribute('open')).toBeNull();
    expect(await setAside.locator('summary').innerText()).toMatch(/^Page clutter set aside: /);
    expect(await setAside.locator('mark, a').count()).toBe(0);
    await screenshot(w.page, 'panels-reader-1440');
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });

  it('logs no errors', () => {
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });
});

describe('untrusted links and markup', () => {
  it('a javascript: URL is never a link, markup in a headline is text, and originals open without opener', async () => {
    const t = structuredClone(served);
    const [first, second] = t.articles;
    first!.url = 'https://example.org/news/1';
    first!.headline = '<img src=x onerror="window.pwned=1">Headline';
    first!.byline = '<a href="javascript:window.pwned=1">Someone</a>';
    // Not a valid timeline: the contract refuses it, and the page says so instead of linking it.
    second!.url = 'javascript:window.pwned=1';
    const w = await openPage(browser, {});
    cleanup.push(() => w.close());
    await w.page.route('**/timeline.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(t) }),
    );
    await w.page.goto(baseUrl);
    await w.page.locator('[role="alert"]').waitFor();
    expect(await w.page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);

    // With the bad URL gone, the page draws; the markup stays text.
    second!.url = null;
    await w.page.unroute('**/timeline.json');
    await w.page.route('**/timeline.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(t) }),
    );
    await w.page.goto(`${baseUrl}?read=${encodeURIComponent(first!.id)}`);
    await waitForTimeline(w);
    const reader = w.page.locator('.reader');
    await reader.waitFor();
    expect(await reader.innerText()).toContain('<img src=x onerror="window.pwned=1">Headline');
    expect(await reader.innerText()).toContain('By <a href="javascript:window.pwned=1">Someone</a>');
    expect(await w.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await w.page.locator('a[href^="javascript:" i], a[href^="data:" i], .reader img').count()).toBe(0);
    const original = reader.getByRole('link', { name: /Open original/ });
    expect(await original.getAttribute('href')).toBe('https://example.org/news/1');
    expect(await original.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('a 600×400 frame in a course page', () => {
  it('gives the evidence the frame (at least 300 px, one scroller), shows the title, and has a way back', async () => {
    const title = 'Unit 1: ICE at the Winter Olympics';
    const host = await startHostPage({
      appUrl: `${embedUrl}?title=${encodeURIComponent(title)}`,
      width: 600,
      height: 400,
      title,
    });
    const w = await openPage(browser, { url: host.url, allowedOrigins: [host.origin, appOrigin] });
    cleanup.push(
      () => w.close(),
      () => host.close(),
    );
    await w.page.locator('iframe').scrollIntoViewIfNeeded();
    const frame = (await (await w.page.locator('iframe').elementHandle())!.contentFrame())!;
    await waitForTimeline(frame);
    expect(await frame.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    await w.page.locator('iframe').screenshot({ path: await shotPath('panels-embed-600x400') });

    await frame.locator('[data-testid="timeline-main"] [data-event-id][role="button"] .badge').first().click();
    const evidence = frame.locator('.evidence:not(.is-empty)');
    await evidence.waitFor();
    const box = await frame.locator('.embed-detail').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(300);
    const scrolling = [...(await scrollers(frame, 'html'))];
    expect(
      scrolling.filter((s) => !s.startsWith('aside.embed-detail')),
      scrolling.join(', '),
    ).toEqual([]);
    await w.page.locator('iframe').screenshot({ path: await shotPath('panels-embed-600x400-evidence') });
    expect(formatViolations(await scanAccessibility(frame))).toBe('no accessibility violations');

    await frame.getByRole('button', { name: /Back to the timeline/ }).click();
    await frame.getByTestId('timeline-main').waitFor({ state: 'visible' });
    expect(await frame.locator('.evidence.is-empty').count()).toBe(1);
  });
});

describe('a 390×844 phone', () => {
  it('brings the evidence into view after a tap, and lists events without nested scroll or cut words', async () => {
    const w = await open(baseUrl, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await screenshot(w.page, 'panels-phone-390');
    await w.page.locator('[data-testid="timeline-main"] [data-event-id][role="button"] .badge').first().tap();
    const evidence = w.page.locator('.evidence:not(.is-empty)');
    await evidence.waitFor();
    await expect
      .poll(async () => {
        const r = await evidence.boundingBox();
        return r !== null && r.y < 844 - 100;
      })
      .toBe(true);
    await screenshot(w.page, 'panels-phone-390-evidence');

    await w.page.goto(`${baseUrl}?view=list`);
    await waitForTimeline(w);
    const list = w.page.getByTestId('event-list');
    await list.waitFor();
    expect(await scrollers(w.page, '[data-testid="event-list"]')).toEqual([]);
    const cut = await list.evaluate(
      (el) =>
        [...el.querySelectorAll<HTMLElement>('.event-title')].filter((t) => t.scrollWidth > t.clientWidth + 1).length,
    );
    expect(cut).toBe(0);
    await screenshot(w.page, 'panels-phone-390-list', { fullPage: true });
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });
});

async function shotPath(name: string): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { SCREENSHOT_DIR } = await import('./support');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
