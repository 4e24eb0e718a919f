/**
 * A timeline that arrives slowly (a big corpus, a slow link): the page shows its loading state, then draws,
 * and nothing it does fails. Chromium reports the preload as aborted when the page's own fetch takes it over
 * mid-flight; the page still gets every byte, so that is not a failure (see support/browser.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, startStaticServer, waitForTimeline, type StaticServer } from './support';

/** Long enough that the page's script runs while the preload is still downloading. */
const SECOND_HALF_DELAY_MS = 800;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const dist = inject('distDir');
  const body = await readFile(join(dist, 'timeline.json'));
  server = await startStaticServer({
    root: dist,
    routes: {
      '/timeline.json': (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
          'Cache-Control': 'no-store',
        });
        res.write(body.subarray(0, 1000));
        setTimeout(() => res.end(body.subarray(1000)), SECOND_HALF_DELAY_MS);
      },
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('a timeline that downloads slowly', () => {
  it('is drawn once it has arrived, with no error and no failed request', async () => {
    const w = await openPage(browser, { url: server.url });
    await waitForTimeline(w);
    expect(await w.page.locator('[data-event-id]').count()).toBeGreaterThan(0);
    expect([...w.consoleErrors, ...w.pageErrors, ...w.failedRequests], w.problems()).toEqual([]);
    await w.close();
  });
});
