/** Screenshots of the main states, saved for people to look at (tests/e2e/screenshots/, gitignored). */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Save `tests/e2e/screenshots/<name>.png` of a page (the window, or the whole page with `fullPage`)
 * or of one element (a Locator, e.g. the iframe of a host page), and return its path.
 * `name` may use letters, digits, `-` and `_`.
 */
export async function screenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`screenshot name ${JSON.stringify(name)}: use letters, digits, - and _`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Animations off so the picture shows the settled state, not a frame of a transition.
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  else await target.screenshot({ path, animations: 'disabled' });
  return path;
}
