/**
 * Helpers for the browser tests (tests/e2e/*.test.ts). Typical use:
 *
 *   const browser = await launchBrowser();                       // beforeAll; browser.close() in afterAll
 *   const w = await openPage(browser, { url: inject('baseUrl') }); // fresh context, records errors and requests
 *   await waitForTimeline(w.page);
 *   expect(w.foreignRequests()).toEqual([]);
 *   expect(w.consoleErrors, w.problems()).toEqual([]);
 *   await screenshot(w.page, 'main-view');
 *   expect(formatViolations(await scanAccessibility(w.page))).toBe('no accessibility violations');
 *   await w.close();
 */
import './provided';

export {
  launchBrowser,
  openPage,
  readClipboard,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  type WatchedPage,
  type OpenPageOptions,
  type RecordedRequest,
} from './browser';
export {
  waitForTimeline,
  firstDrawMs,
  timelineMain,
  timelineOverview,
  textAndLabels,
  FIRST_DRAW_MARK,
} from './timeline';
export { screenshot, SCREENSHOT_DIR } from './screenshot';
export { scanAccessibility, formatViolations, type AxeViolation, type ScanOptions } from './axe';
export { startStaticServer, COURSE_SUBPATH, type StaticServer, type StaticServerOptions, type Route } from './server';
export { startHostPage, hostPageHtml, embeddedFrame, type HostPageOptions } from './embed';
export { wheelOver, dragAcross, scrollY, touchPinch, touchSwipe } from './interact';
