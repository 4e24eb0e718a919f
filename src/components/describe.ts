/** Words the components share (accessible names, announcements). */
import type { TimelineEvent } from '../contract';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../contract/words';

/** "Saturday 24 January 2026: Alex Pretti shot dead, 1 source" (+ ", sources disagree about the date"). */
export function eventName(e: TimelineEvent): string {
  const flags = e.flags.includes('conflict') ? `, ${FLAG_WORDS.conflict.long.replace(/\.$/, '').toLowerCase()}` : '';
  return `${dateInWords(e.date)}: ${e.title}, ${sourcesInWords(e.sourceCount)}${flags}`;
}

/** CSS.escape where the browser has it (jsdom does not): ids are used in attribute selectors. */
export function cssEscape(s: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(s);
  return s.replace(/["\\]/g, '\\$&');
}
