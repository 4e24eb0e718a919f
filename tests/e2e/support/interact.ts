/** Pointer gestures on the timeline, shared by the browser tests and the UI benchmark. */
import type { Locator, Page } from 'playwright-core';

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not visible, so it cannot be pointed at');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export interface WheelOptions {
  /** Number of wheel events; default 5. */
  steps?: number;
  /** Per event; negative zooms in (wheel up), positive zooms out. Default -120 (one notch up). */
  deltaY?: number;
  /** Key held during the wheel (default 'Control', the timeline's zoom gesture); null for a plain wheel, which should scroll the page. */
  modifier?: 'Control' | 'Meta' | 'Shift' | 'Alt' | null;
  /** Pause between events in ms (default 0). */
  delayMs?: number;
}

/** Wheel over the centre of `locator`, by default with Ctrl held (zoom). */
export async function wheelOver(page: Page, locator: Locator, options: WheelOptions = {}): Promise<void> {
  const { x, y } = await centre(locator);
  const modifier = options.modifier === undefined ? 'Control' : options.modifier;
  await page.mouse.move(x, y);
  if (modifier) await page.keyboard.down(modifier);
  try {
    for (let i = 0; i < (options.steps ?? 5); i++) {
      await page.mouse.wheel(0, options.deltaY ?? -120);
      if (options.delayMs) await page.waitForTimeout(options.delayMs);
    }
  } finally {
    if (modifier) await page.keyboard.up(modifier);
  }
}

export interface DragOptions {
  /** Horizontal distance in CSS pixels (negative drags left, i.e. moves later in time into view). Default -300. */
  dx?: number;
  dy?: number;
  /** Intermediate pointer moves; default 20. */
  steps?: number;
}

/** Press in the centre of `locator`, drag by (dx, dy), release. */
export async function dragAcross(page: Page, locator: Locator, options: DragOptions = {}): Promise<void> {
  const { x, y } = await centre(locator);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (options.dx ?? -300), y + (options.dy ?? 0), { steps: options.steps ?? 20 });
  await page.mouse.up();
}

/** The page's vertical scroll offset (to check that a plain wheel over the timeline still scrolls the page). */
export function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/**
 * Two-finger pinch on a touch screen over the centre of `locator` (Chromium's synthetic gesture over
 * CDP: Playwright has no multi-touch API). `scale` > 1 spreads the fingers (zoom in). Needs a
 * context opened with `hasTouch: true`.
 */
export async function touchPinch(page: Page, locator: Locator, scale: number): Promise<void> {
  const { x, y } = await centre(locator);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.synthesizePinchGesture', {
      x,
      y,
      scaleFactor: scale,
      relativeSpeed: 400,
      gestureSourceType: 'touch',
    });
  } finally {
    await cdp.detach();
  }
}

/**
 * One-finger swipe on a touch screen from the centre of `locator` by (dx, dy) CSS pixels, as raw
 * touch events (start, `steps` moves, end). Needs a context opened with `hasTouch: true`.
 */
export async function touchSwipe(page: Page, locator: Locator, dx: number, dy = 0, steps = 12): Promise<void> {
  const { x, y } = await centre(locator);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
