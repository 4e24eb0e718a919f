/**
 * Taking the chronology elsewhere from the running app: downloads that a spreadsheet, our own schema
 * and TimelineJS read; a copied link that restores the view; a printout that is a readable list.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validateTimeline, type Timeline } from '../../src/contract';
import { timelineJsId } from '../../src/export';
import { fromQuery } from '../../src/store/url';
import {
  formatViolations,
  launchBrowser,
  openPage,
  scanAccessibility,
  screenshot,
  timelineMain,
  waitForTimeline,
  type WatchedPage,
} from './support';

const baseUrl = inject('baseUrl');
let browser: Browser;
let served: Timeline;
const open: WatchedPage[] = [];

beforeAll(async () => {
  served = (await (await fetch(new URL('timeline.json', baseUrl))).json()) as Timeline;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const w of open) await w.close();
  await browser?.close();
});

async function visit(query = ''): Promise<WatchedPage> {
  const w = await openPage(browser, { url: `${baseUrl}${query}` });
  open.push(w);
  await waitForTimeline(w.page);
  return w;
}

/** Open the menu, press a download button, and return the file's name and text. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
  const toggle = page.getByRole('button', { name: 'Share and export' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path!, 'utf8') };
}

describe('exports from the running app', () => {
  let w: WatchedPage;
  // Flagged events only, a filter applied through the URL as a shared link would.
  const flagged = () => served.events.filter((e) => e.flags.length > 0);

  beforeAll(async () => {
    w = await visit('?flag=any');
  });

  it('the CSV parses back with Papa Parse to the events in view', async () => {
    const { name, text } = await downloadFrom(w.page, 'Download CSV');
    expect(name).toMatch(/^news-chronology.*\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true); // spreadsheets read it as UTF-8
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(flagged().length).toBeGreaterThan(0);
    expect(parsed.data.map((r) => r.id).sort()).toEqual(
      flagged()
        .map((e) => e.id)
        .sort(),
    );
    for (const row of parsed.data) {
      const e = served.events.find((x) => x.id === row.id)!;
      expect(row.title).toBe(e.title);
      expect(row.date_start).toBe(e.date.start);
      expect(Number(row.source_count)).toBe(e.sourceCount);
    }
    // The Dutch article's text survives (UTF-8, non-English).
    const dutch = served.articles.find((a) => a.language === 'nl');
    if (dutch) {
      const dutchEvents = flagged().filter((e) => e.articleIds.includes(dutch.id));
      if (dutchEvents.length)
        expect(parsed.data.find((r) => r.id === dutchEvents[0]!.id)!.sources).toContain(dutch.outlet);
    }
  });

  it('the JSON validates against our schema and holds the events in view', async () => {
    const { name, text } = await downloadFrom(w.page, 'Download JSON');
    expect(name).toMatch(/\.json$/);
    const v = validateTimeline(JSON.parse(text));
    expect(v.ok, v.ok ? '' : v.errors.slice(0, 5).join('\n')).toBe(true);
    if (v.ok)
      expect(v.timeline.events.map((e) => e.id).sort()).toEqual(
        flagged()
          .map((e) => e.id)
          .sort(),
      );
  });

  it('the TimelineJS JSON has integer years and no day where we know only the month', async () => {
    const { name, text } = await downloadFrom(w.page, 'Download TimelineJS JSON');
    expect(name).toMatch(/-timelinejs\.json$/);
    const doc = JSON.parse(text) as {
      events: {
        unique_id: string;
        start_date: Record<string, unknown>;
        end_date?: Record<string, unknown>;
        text: { headline: string; text: string };
      }[];
    };
    expect(doc.events.length).toBe(flagged().length);
    // TimelineJS ids are our ids made safe for it (timelineJsId).
    const byId = new Map(served.events.map((e) => [timelineJsId(e.id, new Set()), e]));
    let monthOnly = 0;
    for (const slide of doc.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      const e = byId.get(slide.unique_id);
      expect(e, `unknown unique_id ${slide.unique_id}`).toBeDefined();
      if (e!.date.start.length === 7) {
        monthOnly++;
        expect(slide.start_date).not.toHaveProperty('day');
      }
      if (e!.date.start.length === 10) expect(Number.isInteger(slide.start_date.day)).toBe(true);
      expect(slide.text.headline.length).toBeGreaterThan(0);
    }
    expect(monthOnly, 'the seeds have month claims among the flagged events').toBeGreaterThan(0);
  });

  it('logs no errors while exporting', () => {
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
  });
});

describe('copy link in the full view', () => {
  it('copies a link that opens the same view', async () => {
    const w = await visit('?lanes=source');
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const mark = w.page.locator('[data-testid="timeline-main"] [data-event-id][role="button"]').nth(2);
    const id = (await mark.getAttribute('data-event-id'))!;
    await mark.locator('.badge').click();
    await w.page.getByRole('button', { name: 'Share and export' }).click();
    await w.page.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect.poll(() => w.page.locator('.copy-status').innerText()).toBe('Link to the event copied');
    const link = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(fromQuery(new URL(link).search)).toMatchObject({ selectedId: id, laneMode: 'source' });
    const again = await visit(new URL(link).search);
    expect(await again.page.locator(`[data-event-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await again.page.locator('#evidence-title').innerText()).toBe(served.events.find((e) => e.id === id)!.title);
  });

  it('the open menu and the Embed dialog pass an axe scan', async () => {
    const w = await visit();
    await w.page.getByRole('button', { name: 'Share and export' }).click();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await w.page.getByRole('button', { name: 'Embed…' }).click();
    await w.page.getByRole('dialog', { name: 'Embed this view' }).waitFor();
    expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.getByRole('dialog').count()).toBe(0);
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Embed…');
  });
});

describe('printing', () => {
  it('prints a chronological list with dates, sources and evidence instead of the chart', async () => {
    const w = await visit();
    expect(await w.page.locator('.print-list').isVisible()).toBe(false);
    await w.page.emulateMedia({ media: 'print' });
    const list = w.page.getByRole('region', { name: 'Events for printing' });
    await expect.poll(() => list.locator('.print-event').count()).toBe(served.events.length);
    expect(await list.isVisible()).toBe(true);
    expect(await timelineMain(w.page).isVisible()).toBe(false);
    expect(await w.page.getByRole('button', { name: 'Share and export' }).isVisible()).toBe(false);
    // In date order: the first printed event is the earliest of the timeline.
    const first = served.events.reduce((a, b) => (a.date.start <= b.date.start ? a : b));
    expect(await list.locator('.print-event h3').first().innerText()).toContain(first.title);
    const text = await list.innerText();
    for (const a of served.articles.filter((x) => !x.duplicateOf)) {
      if (served.events.some((e) => e.articleIds.includes(a.id))) expect(text).toContain(a.outlet);
    }
    expect(await list.locator('mark').count()).toBeGreaterThanOrEqual(served.events.length);
    await screenshot(w.page, 'print-list', { fullPage: true });
    const pdf = await w.page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await w.page.emulateMedia({ media: 'screen' });
    await expect.poll(() => list.isVisible()).toBe(false);
  });
});
