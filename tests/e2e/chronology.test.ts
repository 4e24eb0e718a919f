/**
 * The chronology as a reader uses it, in headless Chromium on the seeds' timeline: open it, click an
 * event, read its sources, jump to the sentence, zoom, share a link, switch to the list, with the
 * keyboard, on a phone and in dark mode. Screenshots of each state go to tests/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Timeline, TimelineEvent } from '../../src/contract';
import {
  formatViolations,
  launchBrowser,
  openPage,
  scanAccessibility,
  screenshot,
  scrollY,
  timelineMain,
  touchPinch,
  touchSwipe,
  waitForTimeline,
  wheelOver,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
let browser: Browser;
let served: Timeline;
let games: TimelineEvent;
const open: WatchedPage[] = [];

async function visit(query = '', options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
  const w = await openPage(browser, { url: `${baseUrl}${query}`, ...options });
  open.push(w);
  await waitForTimeline(w.page);
  return w;
}

const params = (page: Page) => new URL(page.url()).searchParams;
const mark = (page: Page, id: string) => page.locator(`[data-testid="timeline-main"] [data-event-id="${id}"]`).first();

beforeAll(async () => {
  served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as Timeline;
  // The best-sourced event of the seeds: the Milan-Cortina Games.
  games = [...served.events].sort((a, b) => b.sourceCount - a.sourceCount)[0]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const w of open) await w.close();
  await browser?.close();
});

describe('the opening view', () => {
  it("shows the main story, from the first shooting to the Games' opening, computed from the data", async () => {
    const w = await visit();
    const from = Date.parse(params(w.page).get('from')!);
    const to = Date.parse(params(w.page).get('to')!);
    expect(from).toBeLessThanOrEqual(Date.UTC(2026, 0, 7));
    expect(from).toBeGreaterThan(Date.UTC(2025, 11, 20));
    expect(to).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 7));
    expect(to).toBeLessThan(Date.UTC(2026, 1, 22));
    await screenshot(w.page, 'opening-view', { fullPage: true });
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });
});

/** Pairs of drawn labels and marks whose boxes intersect on screen (should be none). */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [
      ...document.querySelectorAll(
        '[data-testid="timeline-main"] text.label, [data-testid="timeline-main"] circle.badge',
      ),
    ].map((el) => ({
      name:
        el.tagName === 'circle'
          ? `mark ${el.closest('[data-event-id]')?.getAttribute('data-event-id')}`
          : `label "${el.textContent}"`,
      r: el.getBoundingClientRect(),
      owner: el.closest('.mark'),
    }));
    const out: string[] = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.owner === b.owner) continue;
        const ix = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const iy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (ix > 0.5 && iy > 0.5) out.push(`${a.name} × ${b.name}`);
      }
    return out;
  });
}

describe('labels', () => {
  it('never overlap each other or other marks, in one lane or per source, at several zooms', async () => {
    const w = await visit(`?event=${encodeURIComponent(games.id)}`);
    expect(await overlaps(w.page)).toEqual([]);
    await w.page.getByRole('button', { name: 'Fit all' }).click();
    expect(await overlaps(w.page)).toEqual([]);
    await w.page.getByRole('button', { name: 'Main story' }).click();
    await w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(await overlaps(w.page)).toEqual([]);
    await w.page.getByRole('button', { name: 'Lane per source' }).click();
    expect(await overlaps(w.page)).toEqual([]);
  });
});

describe('from an event to its source sentence', () => {
  it('clicking an event shows each of its sources with the sentence', async () => {
    const w = await visit();
    await mark(w.page, games.id).locator('circle').click();
    const panel = w.page.getByRole('region', { name: games.title });
    await panel.waitFor();
    for (const articleId of games.articleIds) {
      const source = served.articles.find((a) => a.id === articleId)!.outlet;
      await expect.poll(() => panel.getByText(source, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await panel.locator('mark').count()).toBe(games.mentionIds.length);
    expect(params(w.page).get('event')).toBe(games.id);
    await screenshot(w.page, 'evidence-panel', { fullPage: true });
  });

  it('"Read in article" lands on the highlighted sentence', async () => {
    const w = await visit(`?event=${encodeURIComponent(games.id)}`);
    const mention = served.mentions.find((m) => m.id === games.mentionIds[0])!;
    const article = served.articles.find((a) => a.id === mention.articleId)!;
    await w.page
      .getByRole('button', { name: /Read in article/ })
      .first()
      .click();
    const reader = w.page.getByRole('region', {
      name: new RegExp(article.outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    await reader.waitFor();
    const focus = reader.locator('.in-focus').first();
    await focus.waitFor();
    await w.page.waitForTimeout(600); // smooth scroll
    const text = await reader
      .locator('.in-focus')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? e.textContent).join(''));
    expect(text.replace(/\s+/g, ' ').trim()).toBe(
      article.text!.slice(mention.sentence.start, mention.sentence.end).replace(/\s+/g, ' ').trim(),
    );
    // The sentence is on screen, not somewhere below the fold.
    const inView = await focus.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(params(w.page).get('read')).toBe(article.id);
    await screenshot(w.page, 'article-reader');
  });
});

describe('links', () => {
  it('a deep link restores its range, selection and lanes', async () => {
    const w = await visit(`?from=2026-01-20&to=2026-01-29&event=${encodeURIComponent(games.id)}&lanes=source`);
    await w.page.getByRole('region', { name: games.title }).waitFor();
    expect(params(w.page).get('from')).toBe('2026-01-20');
    expect(params(w.page).get('to')).toBe('2026-01-29');
    expect(await w.page.getByRole('button', { name: 'Lane per source' }).getAttribute('aria-pressed')).toBe('true');
    expect(await timelineMain(w.page).getAttribute('data-tick-unit')).toBe('day');
    await screenshot(w.page, 'deep-link-lanes', { fullPage: true });
  });

  it('back and forward step through selections', async () => {
    const w = await visit();
    const [a, b] = served.events.filter((e) => e.date.start.length === 10).slice(0, 2);
    await mark(w.page, a!.id).locator('circle').click();
    await mark(w.page, b!.id).locator('circle').click();
    expect(params(w.page).get('event')).toBe(b!.id);
    await w.page.goBack();
    await expect.poll(() => params(w.page).get('event')).toBe(a!.id);
    await w.page.getByRole('region', { name: a!.title }).waitFor();
    await w.page.goForward();
    await w.page.getByRole('region', { name: b!.title }).waitFor();
  });
});

describe('zooming', () => {
  it('Ctrl + wheel zooms in until the ticks are days; a plain wheel scrolls the page instead', async () => {
    const w = await visit('', { viewport: { width: 1000, height: 500 } });
    const main = timelineMain(w.page);
    expect(await main.getAttribute('data-tick-unit')).toBe('week');
    const before = params(w.page).get('from');
    await wheelOver(w.page, main, { modifier: null, steps: 3, deltaY: 120 });
    await expect.poll(() => scrollY(w.page)).toBeGreaterThan(0);
    expect(params(w.page).get('from')).toBe(before);
    await w.page.evaluate(() => window.scrollTo(0, 0));
    const brush = w.page.locator('[data-testid="timeline-overview"] .brush .selection');
    const brushBefore = Number(await brush.getAttribute('width'));
    await wheelOver(w.page, main, { steps: 12, deltaY: -120 });
    await expect.poll(() => main.getAttribute('data-tick-unit')).toBe('day');
    // The overview's brush follows the main view.
    await expect.poll(async () => Number(await brush.getAttribute('width'))).toBeLessThan(brushBefore);
    await screenshot(w.page, 'zoomed-to-days');
  });

  it('after a click on the chart the plain wheel zooms it, until the reader clicks elsewhere', async () => {
    const w = await visit('', { viewport: { width: 1000, height: 500 } });
    const main = timelineMain(w.page);
    // A click on the chart but on no event (its hint line).
    await main.locator('.zoom-hint').click();
    await expect.poll(() => main.getAttribute('class')).toContain('is-armed');
    const before = await scrollY(w.page);
    await wheelOver(w.page, main, { modifier: null, steps: 12, deltaY: -120 });
    await expect.poll(() => main.getAttribute('data-tick-unit')).toBe('day');
    expect(await scrollY(w.page)).toBe(before);
    await w.page.getByRole('heading', { level: 1 }).click();
    await expect.poll(() => main.getAttribute('class')).not.toContain('is-armed');
    await w.page.evaluate(() => window.scrollTo(0, 0));
    await wheelOver(w.page, main, { modifier: null, steps: 3, deltaY: 120 });
    await expect.poll(() => scrollY(w.page)).toBeGreaterThan(0);
  });

  it('the buttons zoom, and "Fit all" shows the 2024 outlier', async () => {
    const w = await visit();
    await w.page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => Date.parse(params(w.page).get('from')!)).toBeLessThanOrEqual(Date.UTC(2024, 0, 1));
    const outlier = served.events.find((e) => e.date.start === '2024');
    if (outlier) expect(await mark(w.page, outlier.id).count()).toBe(1);
    await screenshot(w.page, 'fit-all');
    await w.page.getByRole('button', { name: 'Main story' }).click();
    await w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const span = () => Date.parse(params(w.page).get('to')!) - Date.parse(params(w.page).get('from')!);
    await expect.poll(span).toBeLessThan(20 * 86_400_000);
  });

  it('brushing the overview moves the main view', async () => {
    const w = await visit();
    const before = params(w.page).get('from');
    const brush = w.page.locator('[data-testid="timeline-overview"] .brush .selection');
    const box = (await brush.boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 8 });
    await w.page.mouse.up();
    await expect.poll(() => params(w.page).get('from')).not.toBe(before);
  });
});

describe('the list view', () => {
  it('a link to the list view opens on the list', async () => {
    const w = await visit('?view=list');
    expect(await w.page.getByRole('table').locator('tbody tr').count()).toBe(served.events.length);
  });

  it('lists every event in date order with the same selection as the chart', async () => {
    const w = await visit(`?event=${encodeURIComponent(games.id)}`);
    await w.page.getByRole('button', { name: 'List', exact: true }).click();
    await w.page.getByRole('table').waitFor();
    const rows = w.page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(served.events.length);
    const titles = await rows.locator('th button').allInnerTexts();
    expect(new Set(titles)).toEqual(new Set(served.events.map((e) => e.title)));
    expect(await rows.locator('[aria-pressed="true"]').innerText()).toBe(games.title);
    await screenshot(w.page, 'list-view', { fullPage: true });
    // Select in the list, go back to the chart: the same event is selected there.
    const other = served.events.find((e) => e.id !== games.id && e.date.start.startsWith('2026-01-2'))!;
    await rows.getByRole('button', { name: other.title, exact: true }).click();
    await w.page.getByRole('button', { name: 'Chart', exact: true }).click();
    await waitForTimeline(w.page);
    expect(await mark(w.page, other.id).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('keyboard', () => {
  it('Tab reaches the timeline; arrows move, Enter opens the evidence, Esc closes it', async () => {
    const w = await visit();
    let onMark = false;
    for (let i = 0; i < 25 && !onMark; i++) {
      await w.page.keyboard.press('Tab');
      onMark = await w.page.evaluate(
        () =>
          !!document.activeElement?.closest('[data-testid="timeline-main"]') &&
          document.activeElement?.getAttribute('role') === 'button',
      );
    }
    expect(onMark).toBe(true);
    await w.page.keyboard.press('ArrowRight');
    const name = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await w.page.keyboard.press('Enter');
    const id = params(w.page).get('event')!;
    const ev = served.events.find((e) => e.id === id)!;
    expect(name).toContain(ev.title);
    await w.page.getByRole('region', { name: ev.title }).waitFor();
    await screenshot(w.page, 'keyboard-focus');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => params(w.page).get('event')).toBeNull();
  });
});

describe('accessibility', () => {
  it('axe-core finds no violations in the main states', async () => {
    const w = await visit();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await mark(w.page, games.id).locator('circle').click();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await w.page
      .getByRole('button', { name: /Read in article/ })
      .first()
      .click();
    await w.page.locator('.reader').waitFor();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await w.page.getByRole('button', { name: 'List', exact: true }).click();
    await w.page.getByRole('table').waitFor();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });

  it('axe-core finds no violations with a lane per source, filters on, on a phone', async () => {
    const w = await visit(`?lanes=source&flag=any&q=ICE`, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await screenshot(w.page, 'phone-lanes-filtered', { fullPage: true });
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });

  it('axe-core finds no violations in dark mode', async () => {
    const w = await visit(`?event=${encodeURIComponent(games.id)}`, { colorScheme: 'dark' });
    await screenshot(w.page, 'dark-mode', { fullPage: true });
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
  });
});

describe('small screens', () => {
  it('works on a 360 px phone', async () => {
    const w = await visit('', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const box = (await timelineMain(w.page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mark(w.page, games.id).locator('circle').tap();
    await w.page.getByRole('region', { name: games.title }).waitFor();
    await screenshot(w.page, 'phone-360', { fullPage: true });
  });

  it('pans with one finger sideways and zooms with a pinch on a touch screen', async () => {
    const w = await visit('', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const main = timelineMain(w.page);
    const span = () => Date.parse(params(w.page).get('to')!) - Date.parse(params(w.page).get('from')!);
    const from0 = params(w.page).get('from');
    const span0 = span();
    await touchSwipe(w.page, main, 150, 0);
    await expect.poll(() => params(w.page).get('from')).not.toBe(from0);
    await touchPinch(w.page, main, 2.5);
    await expect.poll(span).toBeLessThan(span0 * 0.8);
  });

  it('fits a 600×400 box', async () => {
    const w = await visit('', { viewport: { width: 600, height: 400 } });
    const box = (await timelineMain(w.page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(600);
    expect(box.y + box.height).toBeLessThan(1000);
    await screenshot(w.page, 'box-600x400');
  });
});
