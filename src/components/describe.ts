/** Words the components share (accessible names, announcements). */
import type { TimelineEvent } from '../contract';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../timeline/words';

/** "Saturday 24 January 2026: Alex Pretti shot dead, 1 source" (+ ", sources disagree about the date"). */
export function eventName(e: TimelineEvent): string {
  const flags = e.flags.includes('conflict') ? `, ${FLAG_WORDS.conflict.long.replace(/\.$/, '').toLowerCase()}` : '';
  return `${dateInWords(e.date)}: ${e.title}, ${sourcesInWords(e.sourceCount)}${flags}`;
}
