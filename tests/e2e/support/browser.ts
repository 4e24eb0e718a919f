/**
 * Headless Debian Chromium driven by playwright-core, and pages that record what a user would not
 * want to happen: console errors, uncaught exceptions, requests to any other host, failed requests.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
  type Request,
} from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags every run uses: no sandbox (containers), no GPU, and nothing that talks to the network on
 * Chromium's own behalf, so that every request a test sees comes from the page.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Extra Chromium flags (the benchmark adds flags that uncap the frame rate). */
  extraArgs?: string[];
}

/**
 * Launch headless Chromium. Each launch gets a fresh, empty profile: Playwright creates its
 * `--user-data-dir` with mkdtemp and deletes it on `browser.close()` (it refuses a
 * `--user-data-dir` in `args`, which only a single persistent context could use). Every
 * `openPage` call then opens its own incognito-like context: no cache, storage or cookies shared
 * between tests.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`bash .ci/ensure-chromium.sh\` (installs Debian's chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
}

/** A request the page (or any frame or popup in its context) made. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Milliseconds since the page was opened. */
  at: number;
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** `console.error` messages and failed-resource messages, from every frame, with their location. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Every request made, in order (including iframes, popups, redirects, data: and blob: URLs). */
  requests: RecordedRequest[];
  /** Requests that failed at the network level (refused, aborted) and responses with status ≥ 400. */
  failedRequests: string[];
  /**
   * Requests whose origin is not one of `allowedOrigins` (default: the origins of the page's own
   * server(s) passed to `openPage`). `data:`, `blob:` and `about:` URLs never leave the machine and
   * are not counted.
   */
  foreignRequests(allowedOrigins?: string[]): string[];
  /** A one-paragraph summary of errors for test failure messages. */
  problems(): string;
  close(): Promise<void>;
}

export interface OpenPageOptions extends BrowserContextOptions {
  /** Origins the page may talk to (default: the origin of `url` when given). */
  allowedOrigins?: string[];
  /** Navigate straight away. */
  url?: string;
}

function isFaviconProbe(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname === '/favicon.ico';
  } catch {
    return false;
  }
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-error:']);

/**
 * Open a page in a fresh context (own cache and storage) that records console errors, page errors
 * and every request. Context options pass through (viewport, hasTouch, isMobile, colorScheme,
 * reducedMotion, locale…). Default viewport 1280×800.
 */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<WatchedPage> {
  const { allowedOrigins, url, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: RecordedRequest[] = [];
  const failures: { url: string; error: string }[] = [];
  const answered = new Set<string>();
  const t0 = Date.now();
  // tsx and Vite compile with esbuild's keepNames, which wraps named functions inside the callbacks
  // we hand to page.evaluate in `__name(…)`; the page has no such helper, so give it a no-op one.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');

  context.on('request', (r) => {
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), at: Date.now() - t0 });
  });
  // A request the browser cancels because its document was navigated away (a test's next `goto`) is not a
  // failure of the page: count navigations per frame, and skip an abort whose frame has moved on since.
  const navigations = new WeakMap<Frame, number>();
  const issuedAt = new WeakMap<Request, number>();
  const watchNavigations = (p: Page) =>
    p.on('framenavigated', (f) => navigations.set(f, (navigations.get(f) ?? 0) + 1));
  context.on('page', watchNavigations);
  context.on('request', (r) => issuedAt.set(r, navigations.get(r.frame()) ?? 0));
  context.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'failed';
    const movedOn = (navigations.get(r.frame()) ?? 0) !== issuedAt.get(r);
    if (error === 'net::ERR_ABORTED' && movedOn) return;
    failures.push({ url: r.url(), error });
  });
  context.on('response', (r) => {
    if (r.status() < 400) answered.add(r.url());
    if (r.status() >= 400 && !isFaviconProbe(r.url())) failures.push({ url: r.url(), error: `HTTP ${r.status()}` });
  });
  // When the page's fetch meets a `<link rel="preload">` of the same URL, Chromium merges the two and reports
  // one of them as aborted although the page gets every byte (reproduced in slow-download.test.ts). An abort
  // of a URL that another request got an answer for is that merge, judged when the list is read (the answer
  // may come after the abort); a refused connection, an HTTP error or an abort with no answer still counts.
  const failedNow = () =>
    failures
      .filter((f) => !(f.error === 'net::ERR_ABORTED' && answered.has(f.url)))
      .map((f) => `${f.url} (${f.error})`);
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    const loc = m.location();
    // Chromium asks every origin for /favicon.ico on its own when the page declares no icon; a
    // static host without one answers 404. That is the browser's request, not the page's.
    if (isFaviconProbe(loc.url)) return;
    consoleErrors.push(loc.url ? `${m.text()} (${loc.url}:${loc.lineNumber})` : m.text());
  });
  context.on('weberror', (e) => {
    const err = e.error();
    pageErrors.push(err.stack ?? err.message);
  });

  const page = await context.newPage();
  const defaultOrigins = allowedOrigins ?? (url ? [new URL(url).origin] : []);
  if (url) await page.goto(url);

  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    requests,
    get failedRequests() {
      return failedNow();
    },
    foreignRequests(origins = defaultOrigins) {
      return requests
        .map((r) => r.url)
        .filter((u) => {
          const parsed = new URL(u);
          return !LOCAL_SCHEMES.has(parsed.protocol) && !origins.includes(parsed.origin);
        });
    },
    problems() {
      const parts = [
        consoleErrors.length ? `console errors:\n  ${consoleErrors.join('\n  ')}` : '',
        pageErrors.length ? `page errors:\n  ${pageErrors.join('\n  ')}` : '',
        failedNow().length ? `failed requests:\n  ${failedNow().join('\n  ')}` : '',
      ].filter(Boolean);
      return parts.length ? parts.join('\n') : 'no console errors, page errors or failed requests';
    },
    close: () => context.close(),
  };
}

/**
 * What "Copy link" put on the clipboard. Open the page with
 * `permissions: ['clipboard-read', 'clipboard-write']` (inside a cross-origin iframe the frame also
 * needs `allow="clipboard-write"`). Reads through the top page, which has focus.
 */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}
