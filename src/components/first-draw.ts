/**
 * The page's "drawn" signal for the views that draw (chart, list): see hooks/use-first-draw.ts, where it
 * lives so the hooks can wait for it.
 */
export { markFirstDraw } from '../hooks/use-first-draw';
