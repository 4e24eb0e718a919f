/**
 * The chart as its users meet it (issue 12 points 1, 4, 5, 7 and the day digest of issue 9), in headless
 * Chromium on the seeds' timeline: labels that use the room, smooth zoom with limits and cues, an axis
 * that stays in sight, marks a finger can hit.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '../../src/contract';
import {
  formatViolations,
  launchBrowser,
  openPage,
  scanAccessibility,
  screenshot,
  timelineMain,
  waitForTimeline,
  wheelOver,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
const DAY = 86_400_000;
let browser: Browser;
let served: Timeline;
const open: WatchedPage[] = [];

async function visit(query = '', options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
  const w = await openPage(browser, { url: `${baseUrl}${query}`, ...options });
  open.push(w);
  await waitForTimeline(w.page);
  return w;
}

/** The visible span in ms, as the chart draws it. */
async function span(page: Page): Promise<number> {
  const main = timelineMain(page);
  return Number(await main.getAttribute('data-to')) - Number(await main.getAttribute('data-from'));
}

beforeAll(async () => {
  served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as Timeline;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const w of open) await w.close();
  await browser?.close();
});

describe('labels use the room', () => {
  it('at maximum zoom a title that fits is shown whole, and no label runs past the chart', async () => {
    const day = served.events.find((e) => e.date.start.length === 10 && !e.date.end && e.title.length < 90)!;
    const t = Date.parse(day.date.start);
    const w = await visit(`?from=${new Date(t - DAY).toISOString().slice(0, 10)}&to=${day.date.start}`, {
      viewport: { width: 1440, height: 900 },
    });
    const label = timelineMain(w.page).locator(`[data-event-id="${day.id}"]`).locator('xpath=..').locator('text.label');
    await expect.poll(() => label.textContent()).toContain(day.title);
    const edges = await w.page.evaluate(() => {
      const box = document.querySelector('[data-testid="timeline-main"] svg.chart-body')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="timeline-main"] text.label')].map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left - box.left, right: box.right - r.right };
      });
    });
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(Math.min(e.left, e.right)).toBeGreaterThanOrEqual(-1);
    await screenshot(w.page, 'chart-max-zoom');
  });

  it('no label is cut in the middle of a word', async () => {
    const w = await visit('', { viewport: { width: 1440, height: 900 } });
    const labels = await timelineMain(w.page).locator('text.label').allTextContents();
    const titles = new Set(served.events.map((e) => e.title));
    for (const l of labels) {
      const text = l.replace(/^\u26A0 /, '');
      if (titles.has(text)) continue;
      expect(text.endsWith('\u2026'), text).toBe(true);
      const kept = text.slice(0, -1);
      const whole = served.events.find((e) => e.title.startsWith(kept))!;
      expect(whole, text).toBeDefined();
      expect(/\s/.test(whole.title[kept.length] ?? ' '), `${text} cut from ${whole.title}`).toBe(true);
    }
  });
});

describe('zoom', () => {
  it('one Ctrl + wheel notch changes the span by at most 1.5×, in and out', async () => {
    const w = await visit('', { viewport: { width: 1440, height: 900 } });
    const main = timelineMain(w.page);
    for (const deltaY of [-120, 120, -100, -3]) {
      const before = await span(w.page);
      await wheelOver(w.page, main.locator('svg.chart-body'), { steps: 1, deltaY });
      await expect.poll(() => span(w.page)).not.toBe(before);
      const after = await span(w.page);
      const factor = Math.max(after / before, before / after);
      expect(factor).toBeLessThanOrEqual(1.5);
      expect(factor).toBeGreaterThan(1.001);
    }
  });

  it('"Zoom in" is disabled at the limit, "Zoom out" when everything is shown', async () => {
    const w = await visit('', { viewport: { width: 1440, height: 900 } });
    const zoomIn = w.page.getByRole('button', { name: 'Zoom in', exact: true });
    const zoomOut = w.page.getByRole('button', { name: 'Zoom out', exact: true });
    for (let i = 0; i < 12 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    expect(await zoomIn.isDisabled()).toBe(true);
    expect(await span(w.page)).toBeLessThanOrEqual(2 * DAY * 1.01);
    for (let i = 0; i < 20 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
    expect(await zoomOut.isDisabled()).toBe(true);
    expect(await zoomIn.isEnabled()).toBe(true);
  });

  it('an empty view says so and names the nearest events, a click away', async () => {
    const w = await visit('?from=2025-01-10&to=2025-01-20', { viewport: { width: 1440, height: 900 } });
    const cue = w.page.getByText(/No events here — nearest:/);
    await cue.waitFor();
    await screenshot(w.page, 'chart-empty-view');
    await cue.getByRole('button').last().click();
    await expect.poll(() => w.page.getByText(/No events here/).count()).toBe(0);
    expect(await timelineMain(w.page).locator('circle.badge').count()).toBeGreaterThan(0);
  });

  it('day ticks say the year', async () => {
    const w = await visit('?from=2026-01-20&to=2026-01-26', { viewport: { width: 1440, height: 900 } });
    expect(await timelineMain(w.page).getAttribute('data-tick-unit')).toBe('day');
    const ticks = await timelineMain(w.page).locator('.axis-head text').allTextContents();
    expect(ticks[0]).toMatch(/2026$/);
  });
});

describe('lane per source', () => {
  it('keeps the axis on screen while the last lane is', async () => {
    const w = await visit('?lanes=source', { viewport: { width: 1000, height: 600 } });
    const lanes = timelineMain(w.page).locator('g.lane');
    const last = lanes.nth((await lanes.count()) - 1);
    await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const [axis, lane] = await Promise.all([
      timelineMain(w.page).locator('svg.axis-head').boundingBox(),
      last.boundingBox(),
    ]);
    const vh = 600;
    expect(lane!.y + lane!.height).toBeLessThanOrEqual(vh + 1);
    expect(axis!.y).toBeGreaterThanOrEqual(-1);
    expect(axis!.y + axis!.height).toBeLessThanOrEqual(vh);
    await screenshot(w.page, 'chart-lanes-sticky-axis');
  });
});

describe('phone', () => {
  it("every mark's hit area is at least 44×44 px, and chips are finger-sized", async () => {
    const w = await visit('', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const boxes = await timelineMain(w.page)
      .locator('.mark-hit')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [wd, ht] of boxes) {
      expect(wd).toBeGreaterThanOrEqual(44);
      expect(ht).toBeGreaterThanOrEqual(44);
    }
    // The "+N" chips are tap targets too: as tall as the strip under the tracks allows.
    const chips = await timelineMain(w.page)
      .locator('g.cluster rect')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const ht of chips) expect(ht).toBeGreaterThanOrEqual(30);
    // The window only: a full-page capture re-emulates the screen and the page briefly sees a mouse.
    await screenshot(w.page, 'chart-phone');
  });
});

describe('day digest', () => {
  it("clicking an event on a crowded day lists that day's events by rank, each a click from its evidence", async () => {
    const byDay = new Map<string, typeof served.events>();
    for (const e of served.events)
      if (e.date.start.length === 10 && !e.date.end && !e.date.part)
        byDay.set(e.date.start, [...(byDay.get(e.date.start) ?? []), e]);
    const crowded = [...byDay.values()].find((l) => l.length >= 3);
    if (!crowded) return;
    const w = await visit(`?from=${crowded[0]!.date.start}&to=${crowded[0]!.date.start}`, {
      viewport: { width: 1440, height: 900 },
    });
    await timelineMain(w.page).locator(`[data-event-id="${crowded[0]!.id}"] circle`).click();
    const digest = w.page.getByRole('region', { name: /events$/ });
    await digest.waitFor();
    const items = await digest.locator('li button').allTextContents();
    expect(items).toEqual([...crowded].sort((a, b) => a.rank - b.rank).map((e) => e.title));
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await screenshot(w.page, 'chart-day-digest', { fullPage: true });
    const last = [...crowded].sort((a, b) => a.rank - b.rank).at(-1)!;
    await digest.getByRole('button', { name: last.title }).click();
    await w.page.getByRole('region', { name: last.title }).waitFor();
  });

  it('axe-core finds no violations on the chart, and the page logs no errors', async () => {
    const w = await visit('', { viewport: { width: 1440, height: 900 } });
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    expect([...w.consoleErrors, ...w.pageErrors], w.problems()).toEqual([]);
  });
});
