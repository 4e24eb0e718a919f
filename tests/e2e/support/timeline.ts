/**
 * Waiting for the chronology the way a user does: until its marks are drawn. The page signals that
 * with `document.documentElement.dataset.timelineReady = 'true'` and the performance mark
 * `timeline:first-draw`; an error state has `role="alert"`.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { WatchedPage } from './browser';

export const FIRST_DRAW_MARK = 'timeline:first-draw';

export interface WaitOptions {
  /** Default 20 s: the machines are small and shared. */
  timeout?: number;
}

/**
 * Resolve once the timeline has drawn; reject early, with the message the page shows, when the page
 * shows an error (`role="alert"`) instead. Given a WatchedPage, a timeout names the page's console
 * and page errors too (a crash during load usually explains a blank page).
 */
export async function waitForTimeline(subject: Page | Frame | WatchedPage, options: WaitOptions = {}): Promise<void> {
  const watched = 'problems' in subject ? subject : null;
  const target = watched ? watched.page : (subject as Page | Frame);
  const timeout = options.timeout ?? 20_000;
  let outcome: string;
  try {
    const handle = await target.waitForFunction(
      () => {
        if (document.documentElement.dataset.timelineReady === 'true') return 'ready';
        const alert = document.querySelector('[role="alert"]');
        const text = alert?.textContent?.trim();
        return text ? `alert: ${text}` : false;
      },
      undefined,
      { timeout, polling: 50 },
    );
    outcome = (await handle.jsonValue()) as string;
  } catch (err) {
    const body = await target
      .evaluate(() => document.body?.innerText.slice(0, 300) ?? '')
      .catch(() => '(page not readable)');
    throw new Error(
      `the timeline did not draw within ${timeout} ms (no data-timeline-ready="true"). Page text: ${JSON.stringify(body)}\n` +
        (watched ? `${watched.problems()}\n` : '') +
        String(err),
      { cause: err },
    );
  }
  if (outcome !== 'ready') throw new Error(`the page shows an error instead of the timeline: ${outcome}`);
}

/** Milliseconds from navigation start to the `timeline:first-draw` mark, or null when the page has not set it. */
export async function firstDrawMs(target: Page | Frame): Promise<number | null> {
  return target.evaluate((name) => {
    const mark = performance.getEntriesByName(name, 'mark')[0];
    return mark ? mark.startTime : null;
  }, FIRST_DRAW_MARK);
}

/** The main timeline (`data-testid="timeline-main"`). */
export function timelineMain(target: Page | Frame): Locator {
  return target.getByTestId('timeline-main');
}

/** The overview strip with its brush (`data-testid="timeline-overview"`). */
export function timelineOverview(target: Page | Frame): Locator {
  return target.getByTestId('timeline-overview');
}

/**
 * Everything a reader or a screen reader gets from an element: its visible text, `aria-label`s and
 * SVG `<title>`s, for checking that data shows up without depending on how marks are drawn.
 */
export async function textAndLabels(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const parts = [root.textContent ?? ''];
    for (const el of root.querySelectorAll('[aria-label], title')) {
      parts.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
    }
    return parts.join('\n');
  });
}
