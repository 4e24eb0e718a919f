/**
 * How wide a label is drawn. The page measures with the labels' own font (canvas measureText), so the
 * layout's promise that labels never overlap holds for wide letters too. Where there is no font to
 * measure with (tests in jsdom, a server), whoever sets up that environment injects a measurer.
 */
import { estimateTextWidth } from '../timeline/layout';

export type LabelMeasurer = (text: string) => number;

/** Size and weight the label is drawn in: bold (the selected event's label) is the widest, so reserve that. */
const LABEL_FONT = '700 13px';
/** A pixel either side for anti-aliasing, so two labels that measure as touching never visibly touch. */
const MEASURE_SLACK_PX = 2;

let injected: LabelMeasurer | null = null;
let canvasMeasurer: LabelMeasurer | null = null;

/** Use this measurer from now on (tests give the character estimate; `null` goes back to the font). */
export function setLabelMeasurer(m: LabelMeasurer | null): void {
  injected = m;
}

/** The measurer in use: the injected one, else the font's, else the character estimate. */
export function labelMeasurer(): LabelMeasurer {
  if (injected) return injected;
  if (canvasMeasurer) return canvasMeasurer;
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateTextWidth;
  const probe = document.querySelector('.timeline-main .label') ?? document.body;
  const family = getComputedStyle(probe).fontFamily || 'system-ui, sans-serif';
  ctx.font = `${LABEL_FONT} ${family}`;
  const cache = new Map<string, number>();
  return (canvasMeasurer = (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = Math.ceil(ctx.measureText(text).width) + MEASURE_SLACK_PX;
      cache.set(text, w);
    }
    return w;
  });
}
