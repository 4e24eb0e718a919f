/**
 * A host page of the kind an educator writes: some text, the chronology in an `<iframe>`, more text,
 * taller than the window so that it scrolls. Served from its own port, so the app inside the frame
 * is cross-origin to its host, as in a learning-management system.
 */
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './server';

export interface HostPageOptions {
  /** The app URL to embed (e.g. `inject('baseUrl') + '?embed=1'` or `…/embed.html`). Ignored when `snippet` is given. */
  appUrl?: string;
  /** An `<iframe …>` snippet as the app's Embed dialog builds it, pasted verbatim. */
  snippet?: string;
  /** Frame size when built from `appUrl`; default 600×400. */
  width?: number;
  height?: number;
  /** The iframe's title (its accessible name); default "News chronology". */
  title?: string;
}

/** Escape for an HTML attribute value in double quotes. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const FILLER = Array.from(
  { length: 12 },
  (_, i) => `<p>Course text, paragraph ${i + 1}. Students read this before and after the chronology.</p>`,
).join('\n');

/**
 * The host page's HTML. It records every `message` event it receives in `window.hostMessages`
 * (`{ origin, data }`), so a test can check what the embed posts to its parent.
 */
export function hostPageHtml(options: HostPageOptions): string {
  const frame =
    options.snippet ??
    `<iframe id="chronology" src="${attr(options.appUrl ?? 'about:blank')}" width="${options.width ?? 600}" height="${options.height ?? 400}" title="${attr(options.title ?? 'News chronology')}" style="border:1px solid #888"></iframe>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unit 1: a course page</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}</style></head>
<body>
<main>
<h1>Unit 1: the chronology</h1>
${FILLER}
${frame}
${FILLER}
</main>
<script>
window.hostMessages = [];
addEventListener('message', function (e) { window.hostMessages.push({ origin: e.origin, data: e.data }); });
</script>
</body>
</html>`;
}

/** Serve a host page at `/` and `/host.html` on a new localhost port (another origin than the app's). */
export async function startHostPage(options: HostPageOptions): Promise<StaticServer> {
  const body = hostPageHtml(options);
  return startStaticServer({ routes: { '/': { body }, '/host.html': { body } } });
}

/**
 * The Frame of the host page's iframe once its document has navigated to a URL containing
 * `urlIncludes` (the frame starts as about:blank). Use with `waitForTimeline(frame)`.
 */
export async function embeddedFrame(
  page: Page,
  urlIncludes: string,
  selector = 'iframe',
  timeout = 10_000,
): Promise<Frame> {
  const handle = await page.locator(selector).first().elementHandle({ timeout });
  if (!handle) throw new Error(`no ${selector} on the host page`);
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = await handle.contentFrame();
    if (frame && frame.url().includes(urlIncludes)) return frame;
    if (Date.now() > deadline)
      throw new Error(
        `the ${selector} did not load a URL containing ${JSON.stringify(urlIncludes)} (it shows ${frame?.url() ?? 'nothing'})`,
      );
    await page.waitForTimeout(50);
  }
}
