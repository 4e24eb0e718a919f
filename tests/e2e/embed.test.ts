/**
 * The chronology in a course page: a host page on another localhost port (another origin, as in a
 * learning-management system) embeds embed.html in an <iframe>. Students must be able to use it there,
 * the page around it must keep scrolling, and what they copy inside it must open in the full app.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { buildEmbedSnippet, isChronologyMessage } from '../../src/export';
import { fromQuery } from '../../src/store/url';
import {
  formatViolations,
  openPage,
  launchBrowser,
  scanAccessibility,
  screenshot,
  SCREENSHOT_DIR,
  scrollY,
  startHostPage,
  timelineMain,
  waitForTimeline,
  wheelOver,
  type StaticServer,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
const appOrigin = new URL(baseUrl).origin;
const embedUrl = new URL('embed.html', baseUrl).href;
let browser: Browser;
/** Event titles of the served timeline, by id. */
let titles: Map<string, string>;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as {
    events: { id: string; title: string }[];
  };
  titles = new Map(served.events.map((e) => [e.id, e.title]));
  browser = await launchBrowser();
});

/** The event marks (buttons) of the main timeline. */
const MARKS = '[data-testid="timeline-main"] [data-event-id][role="button"]';

/** Click a mark where a person would: on its round badge (its label may cover the middle of its hit area). */
async function clickMark(target: Frame | Page, nth = 0): Promise<string> {
  const mark = target.locator(MARKS).nth(nth);
  await mark.locator('.badge').click();
  return (await mark.getAttribute('data-event-id'))!;
}

afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  await browser?.close();
});

interface Hosted {
  host: StaticServer;
  w: WatchedPage;
  page: Page;
  frame: Frame;
  inFrame: FrameLocator;
}

/** Serve a host page (another origin), open it, and wait for the embed inside it to draw. */
async function hosted(options: Parameters<typeof startHostPage>[0], wait = true): Promise<Hosted> {
  const host = await startHostPage(options);
  const w = await openPage(browser, { url: host.url, allowedOrigins: [host.origin, appOrigin] });
  cleanup.push(
    () => w.close(),
    () => host.close(),
  );
  const handle = await w.page.locator('iframe').first().elementHandle();
  let frame = await handle!.contentFrame();
  // The frame's document may not have navigated yet.
  for (let i = 0; i < 100 && (!frame || !frame.url().includes('embed.html')); i++) {
    await w.page.waitForTimeout(50);
    frame = await handle!.contentFrame();
  }
  if (!frame) throw new Error('the host page has no frame');
  if (wait) await waitForTimeline(frame);
  return { host, w, page: w.page, frame, inFrame: w.page.frameLocator('iframe') };
}

/** The embed's frame box, and whether `locator` lies fully inside it. */
async function insideFrame(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  const frameBox = await page.locator('iframe').first().boundingBox();
  expect(box, 'the element is missing or not drawn').not.toBeNull();
  const b = box!;
  const f = frameBox!;
  return (
    b.x >= f.x - 0.5 &&
    b.y >= f.y - 0.5 &&
    b.x + b.width <= f.x + f.width + 0.5 &&
    b.y + b.height <= f.y + f.height + 0.5
  );
}

/** Save a picture of just the iframe (what the student sees) as tests/e2e/screenshots/<name>.png. */
async function frameShot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page
    .locator('iframe')
    .first()
    .screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

async function timelineLabel(target: Frame | Page): Promise<string> {
  return (await timelineMain(target).locator('svg.chart-body').getAttribute('aria-label')) ?? '';
}

describe('embedded in a 600×400 iframe on another origin', () => {
  let h: Hosted;

  beforeAll(async () => {
    h = await hosted({ appUrl: embedUrl, width: 600, height: 400 });
    await h.page.locator('iframe').scrollIntoViewIfNeeded();
  });

  it('draws the timeline, zoom buttons, Copy link and Open full view inside the box', async () => {
    await screenshot(h.page, 'embed-600x400-host');
    await frameShot(h.page, 'embed-600x400');
    for (const el of [
      timelineMain(h.frame),
      h.inFrame.getByRole('button', { name: 'Zoom in', exact: true }),
      h.inFrame.getByRole('button', { name: 'Zoom out', exact: true }),
      h.inFrame.getByRole('button', { name: 'Copy link' }),
      h.inFrame.getByRole('link', { name: /Open full view/ }),
    ]) {
      expect(await insideFrame(h.page, await el.boundingBox())).toBe(true);
    }
    const marks = await h.frame.locator(MARKS).count();
    expect(marks).toBeGreaterThan(3);
    // The frame's own document does not scroll: the box fits.
    const doc = await h.frame.evaluate(() => ({
      sh: document.documentElement.scrollHeight,
      ch: document.documentElement.clientHeight,
    }));
    expect(doc.sh).toBeLessThanOrEqual(doc.ch);
  });

  it('"Open full view" goes to index.html next to it with the same query, in a new tab without opener', async () => {
    const link = h.inFrame.getByRole('link', { name: /Open full view/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(new URL('index.html?', baseUrl).href)).toBe(true);
    expect(new URL(href).search).toBe(new URL(h.frame.url()).search);
  });

  it('lets the page around it scroll with a plain wheel over the timeline', async () => {
    await h.page.evaluate(() => window.scrollTo(0, 0));
    await h.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    const before = await scrollY(h.page);
    const label = await timelineLabel(h.frame);
    await wheelOver(h.page, h.inFrame.getByTestId('timeline-main'), {
      modifier: null,
      deltaY: 100,
      steps: 3,
      delayMs: 50,
    });
    await expect.poll(() => scrollY(h.page)).toBeGreaterThan(before + 100);
    expect(await timelineLabel(h.frame), 'a plain wheel zoomed the timeline instead').toBe(label);
  });

  it('zooms the timeline with Ctrl + wheel without moving the page', async () => {
    await h.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    const before = await scrollY(h.page);
    const label = await timelineLabel(h.frame);
    // One notch (Ctrl multiplies d3-zoom's wheel step by ten): far from the zoom limit, where d3-zoom
    // stops handling the wheel and the browser gets it.
    await wheelOver(h.page, h.inFrame.getByTestId('timeline-main'), { modifier: 'Control', deltaY: -100, steps: 1 });
    await expect.poll(() => timelineLabel(h.frame)).not.toBe(label);
    expect(await scrollY(h.page)).toBe(before);
  });

  it('keeps a Ctrl + wheel at the zoom limit inside the frame: the browser never gets it to zoom or scroll', async () => {
    await h.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    // Record, after the page's own handlers, whether each wheel event was kept from the browser. d3-zoom
    // stops the events it zooms with; those reaching the window are the ones past the zoom limit.
    await h.frame.evaluate(() => {
      const seen: boolean[] = [];
      (window as unknown as { wheelKept: boolean[] }).wheelKept = seen;
      window.addEventListener('wheel', (e) => seen.push(e.defaultPrevented), { passive: true });
    });
    const main = h.inFrame.getByTestId('timeline-main');
    // Zoom to the largest scale, then wheel on: d3-zoom leaves alone a wheel gesture that starts at the
    // limit (it keeps one that is under way for 150 ms), so the later notches are spaced out.
    await wheelOver(h.page, main, { modifier: 'Control', deltaY: -100, steps: 25, delayMs: 10 });
    await h.page.waitForTimeout(300);
    await wheelOver(h.page, main, { modifier: 'Control', deltaY: -100, steps: 3, delayMs: 250 });
    const kept = await h.frame.evaluate(() => (window as unknown as { wheelKept: boolean[] }).wheelKept);
    expect(kept.length, 'the wheel never reached the zoom limit').toBeGreaterThan(0);
    expect(kept.filter((k) => !k).length, 'zooming wheel events left to the browser').toBe(0);
    await h.frame.getByRole('button', { name: 'Main story' }).click();
  });

  it('selects an event and reads its source inside the frame, without scrolling the host page', async () => {
    await h.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    const historyBefore = await h.page.evaluate(() => history.length);
    await h.frame.getByRole('button', { name: 'Main story' }).click();
    const title = titles.get(await clickMark(h.frame));
    const details = h.inFrame.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).first().innerText()).toBe(title);
    expect(await details.locator('blockquote mark').count()).toBeGreaterThan(0);
    await frameShot(h.page, 'embed-600x400-evidence');

    // The selection is in the frame's URL (replaced, not pushed): the course page's Back button still leaves the page.
    expect(fromQuery(new URL(h.frame.url()).search).selectedId).not.toBeNull();
    expect(await h.page.evaluate(() => history.length)).toBe(historyBefore);

    const hostScroll = await scrollY(h.page);
    // Keyboard, as a student would after Tab: no pointer scrolling by the test driver.
    await details
      .getByRole('button', { name: /Read in article/ })
      .first()
      .focus();
    await h.page.keyboard.press('Enter');
    const reader = h.inFrame.locator('.reader');
    await expect.poll(() => reader.count()).toBe(1);
    const sentence = reader.locator('.focus-start').first();
    await expect.poll(async () => insideFrame(h.page, await sentence.boundingBox())).toBe(true);
    expect(await scrollY(h.page), 'opening the reader scrolled the course page').toBe(hostScroll);
    await frameShot(h.page, 'embed-600x400-reader');
  });

  it('tells the host its content height with the documented message, from its own origin', async () => {
    const messages = await h.page.evaluate(
      () => (window as unknown as { hostMessages: { origin: string; data: unknown }[] }).hostMessages,
    );
    const heights = messages
      .filter((m) => m.origin === appOrigin && isChronologyMessage(m.data))
      .map((m) => (m.data as { height: number }).height);
    expect(heights.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.origin === appOrigin && isChronologyMessage(m.data))).toBe(true);
    // The article is taller than the frame: the last height asks for more than 400 px.
    expect(heights.at(-1)!).toBeGreaterThan(400);
  });

  it('logs no errors and talks to no other host', () => {
    expect(h.w.foreignRequests()).toEqual([]);
    expect([...h.w.consoleErrors, ...h.w.pageErrors, ...h.w.failedRequests], h.w.problems()).toEqual([]);
  });
});

describe('copying a link inside the embed', () => {
  it('shows the link in a field when the frame may not write the clipboard, and the link opens the same view in the full app', async () => {
    const h = await hosted({ appUrl: embedUrl, width: 600, height: 400 });
    await h.page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    await h.frame.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const id = await clickMark(h.frame, 1);
    await h.frame.getByRole('button', { name: 'Copy link', exact: true }).click();
    const field = h.frame.getByRole('textbox', { name: 'Link' });
    await field.waitFor();
    const link = await field.inputValue();
    expect(new URL(link).pathname).toBe(new URL('index.html', baseUrl).pathname);
    expect(fromQuery(new URL(link).search).selectedId).toBe(id);
    expect(
      await field.evaluate((el) => [
        (el as HTMLInputElement).selectionStart,
        (el as HTMLInputElement).selectionEnd,
        (el as HTMLInputElement).value.length,
      ]),
    ).toEqual(
      await field.evaluate((el) => [0, (el as HTMLInputElement).value.length, (el as HTMLInputElement).value.length]),
    );
    const embedLabel = await timelineLabel(h.frame);
    const embedTitle = await h.inFrame
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { level: 2 })
      .first()
      .innerText();

    const full = await openPage(browser, { url: link });
    cleanup.push(() => full.close());
    await waitForTimeline(full.page);
    expect(await full.page.locator(`[data-event-id="${id}"]`).first().getAttribute('aria-pressed')).toBe('true');
    expect(await full.page.locator('#evidence-title').innerText()).toBe(embedTitle);
    // Same range (in words) as the embed showed.
    expect((await timelineLabel(full.page)).split(',')[0]).toBe(embedLabel.split(',')[0]);
    expect(new URL(full.page.url()).search).toBe(new URL(link).search);
  });

  it('copies to the clipboard where the snippet allows it (allow="clipboard-write")', async () => {
    const snippet = buildEmbedSnippet({ src: `${embedUrl}?event=`, title: 'Chronology', width: 600, height: 400 });
    const host = await startHostPage({ snippet });
    const w = await openPage(browser, { url: host.url, allowedOrigins: [host.origin, appOrigin] });
    cleanup.push(
      () => w.close(),
      () => host.close(),
    );
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const frame = (await (await w.page.locator('iframe').elementHandle())!.contentFrame())!;
    await w.page.locator('iframe').scrollIntoViewIfNeeded();
    await waitForTimeline(frame);
    await frame.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect
      .poll(() =>
        frame
          .locator('.copy-status, [role="status"]')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      )
      .toContain('Link copied');
    expect(await frame.getByRole('textbox', { name: 'Link' }).count()).toBe(0);
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(new URL('index.html', baseUrl).href)).toBe(true);
  });
});

describe('students in the embed, with the keyboard or a finger', () => {
  it('Tab from the course page reaches the timeline; arrows and Enter show the evidence; Esc goes back', async () => {
    const h = await hosted({ appUrl: embedUrl, width: 600, height: 400 });
    await h.page.locator('iframe').scrollIntoViewIfNeeded();
    const focusedMark = () => h.frame.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    let id: string | null = null;
    for (let i = 0; i < 15 && !id; i++) {
      await h.page.keyboard.press('Tab');
      id = await focusedMark();
    }
    expect(id, 'Tab never reached an event of the timeline').not.toBeNull();
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(focusedMark).not.toBe(id);
    const next = (await focusedMark())!;
    await h.page.keyboard.press('Enter');
    const details = h.inFrame.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).first().innerText()).toBe(titles.get(next));
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.frame.evaluate(() => document.querySelector('.evidence.is-empty') !== null)).toBe(true);
    await expect.poll(focusedMark).toBe(next);
  });

  it('a tap on a mark shows its evidence on a touch screen', async () => {
    const host = await startHostPage({ appUrl: embedUrl, width: 360, height: 400 });
    const w = await openPage(browser, {
      url: host.url,
      hasTouch: true,
      isMobile: true,
      viewport: { width: 400, height: 700 },
      allowedOrigins: [host.origin, appOrigin],
    });
    cleanup.push(
      () => w.close(),
      () => host.close(),
    );
    const frame = (await (await w.page.locator('iframe').elementHandle())!.contentFrame())!;
    await w.page.locator('iframe').scrollIntoViewIfNeeded();
    await waitForTimeline(frame);
    const mark = frame.locator(MARKS).first();
    const id = (await mark.getAttribute('data-event-id'))!;
    await mark.locator('.badge').tap();
    const heading = frame.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).first();
    await expect.poll(() => heading.innerText()).toBe(titles.get(id));
    await frameShot(w.page, 'embed-touch-360x400');
  });
});

describe('an embed that starts hidden (a closed tab or accordion)', () => {
  it('draws its timeline to the frame width once shown', async () => {
    const frameHtml = `<iframe id="chronology" src="${embedUrl}" width="600" height="400" title="News chronology"></iframe>`;
    const h = await hosted({ snippet: `<div id="tab" style="display:none">${frameHtml}</div>` }, false);
    // It loads and draws while hidden (its window is 0×0 then), as in a closed tab.
    await waitForTimeline(h.frame);
    expect(await h.frame.evaluate(() => [innerWidth, innerHeight])).toEqual([0, 0]);
    await h.page.evaluate(() => {
      document.getElementById('tab')!.style.display = 'block';
      document.getElementById('tab')!.scrollIntoView({ block: 'center' });
    });
    await waitForTimeline(h.frame);
    const wrap = timelineMain(h.frame);
    await expect.poll(async () => Number(await wrap.locator('svg').first().getAttribute('width'))).toBeGreaterThan(400);
    const svgW = Number(await wrap.locator('svg').first().getAttribute('width'));
    const wrapW = (await wrap.boundingBox())!.width;
    expect(Math.abs(svgW - wrapW)).toBeLessThan(4);
    // Marks are spread across the width, not bunched into a sliver.
    const xs = await h.frame
      .locator(`${MARKS} .badge`)
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(xs.length).toBeGreaterThan(3);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    await frameShot(h.page, 'embed-shown-later');
    // Hidden, it had nothing to tell; shown, it tells the host its height.
    const heights = () =>
      h.page.evaluate(() =>
        (window as unknown as { hostMessages: { data: { height?: number } }[] }).hostMessages.map(
          (m) => m.data.height ?? -1,
        ),
      );
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    expect(Math.min(...(await heights()))).toBeGreaterThan(0);
    expect([...h.w.pageErrors], h.w.problems()).toEqual([]);
  });
});

describe('an embed in a 320×240 box', () => {
  it('keeps the timeline and its controls usable, and shows the evidence in place of the chart', async () => {
    const h = await hosted({ appUrl: embedUrl, width: 320, height: 240 });
    await h.page.locator('iframe').scrollIntoViewIfNeeded();
    await frameShot(h.page, 'embed-320x240');
    for (const el of [
      timelineMain(h.frame),
      h.inFrame.getByRole('button', { name: 'Zoom in', exact: true }),
      h.inFrame.getByRole('link', { name: /Open full view/ }),
    ]) {
      expect(await insideFrame(h.page, await el.boundingBox())).toBe(true);
    }
    await clickMark(h.frame);
    const heading = h.inFrame
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { level: 2 })
      .first();
    await expect.poll(async () => insideFrame(h.page, await heading.boundingBox())).toBe(true);
    await frameShot(h.page, 'embed-320x240-evidence');
    await h.page.keyboard.press('Escape');
    await expect.poll(async () => (await timelineMain(h.frame).boundingBox())?.height ?? 0).toBeGreaterThan(100);
  });
});

describe('the snippet from the Embed dialog', () => {
  it('pasted into a plain page with the host script, shows the same view and is sized to its content', async () => {
    const app = await openPage(browser, { url: `${baseUrl}?flag=any` });
    cleanup.push(() => app.close());
    await waitForTimeline(app.page);
    const id = await clickMark(app.page);
    await app.page.getByRole('button', { name: 'Share and export' }).click();
    await app.page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('radio', { name: '600 × 400 pixels' }).check();
    await screenshot(app.page, 'embed-dialog');
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const script = await dialog.getByRole('textbox', { name: 'Host script', includeHidden: true }).inputValue();
    expect(snippet).toMatch(/^<iframe [^>]*title="[^"]+"/);

    const h = await hosted({ snippet: snippet + script });
    expect(await h.page.locator('iframe').getAttribute('title')).toMatch(/^News chronology: /);
    expect(fromQuery(new URL(h.frame.url()).search)).toMatchObject({ selectedId: id, flag: 'any' });
    const details = h.inFrame.getByRole('complementary', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).first().innerText()).toBe(
      await app.page.locator('#evidence-title').innerText(),
    );
    // The host script sized the frame from the embed's height message.
    await expect.poll(async () => (await h.page.locator('iframe').boundingBox())!.height).toBeGreaterThan(400);
    const messages = await h.page.evaluate(
      () => (window as unknown as { hostMessages: { data: { height: number } }[] }).hostMessages,
    );
    expect(Math.round((await h.page.locator('iframe').boundingBox())!.height)).toBe(messages.at(-1)!.data.height);
  });
});

describe('accessibility of the embed', () => {
  it('has no axe violations at 600×400', async () => {
    const w = await openPage(browser, { url: embedUrl, viewport: { width: 600, height: 400 } });
    cleanup.push(() => w.close());
    await waitForTimeline(w.page);
    await clickMark(w.page);
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });
});
