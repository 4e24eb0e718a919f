/**
 * Which mentions can be placed on the chronology, and why the others cannot. Nothing is dropped: a
 * mention that is not placed keeps `eventId: null` and a note a reader understands.
 */
import type { ExcludedSpan, Span } from '../contract';
import type { FoundMention } from './extract';
import { overlaps } from './text-utils';

export interface MarkContext {
  /** Page chrome and metadata spans of the article. */
  excluded: ExcludedSpan[];
  /** Where the publication date was read (metadata line, dateline), whose dates are not events. */
  publicationEvidence: { span: Span; what: string }[];
  /** Whether the article has a publication date to resolve relative expressions against. */
  hasReference: boolean;
  /** Set when the article repeats an earlier one. */
  duplicateOf?: string;
  /** The article's text and publication date: a byline timestamp of that date is not an event. */
  text?: string;
  published?: string | null;
}

export type Marked = { placeable: true } | { placeable: false; note: string };

/** Words that say "at the time of writing" and name no datable happening (chrono reads them as today). */
const PRESENT_WORDS = /^(?:now|right now|just now|nu|jetzt|maintenant|ahora|agora|adesso|ora)$/i;

const KIND_NOTES: Record<string, string> = {
  duration: 'a duration (how long), not a date',
  set: 'a recurring time, not a date',
  'present-ref': 'refers to the present in general, not to a day',
  'past-ref': 'refers vaguely to the past, not to a date',
  'future-ref': 'refers vaguely to the future, not to a date',
};

/** A time of day, a time zone or a byline bar: what a publication timestamp carries and a news sentence rarely does. */
const STAMP_MARK = /\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|GMT|BST|CET|CEST|EDT|EST|PDT|PST|UTC)\b|\bUK time\b|\|/;
/** How many characters before the date a timestamp's time or bar may sit ("17:45 UK time, Wednesday, 29 April 2009"). */
const STAMP_REACH = 40;
/** Only the top of an article holds its timestamp. */
const STAMP_TOP = 300;

/**
 * The article's own timestamp ("Wed Apr 15, 2009 5:56 am EDT", "Susan Watts | 18:00 UK time, Saturday, 25 April
 * 2009"): the publication date with its year, near the top, with a time of day, time zone or byline bar in it
 * or right before it. Its date is when the article appeared, not something that happened.
 */
export function isTimestamp(m: FoundMention, text: string, published: string): boolean {
  if (m.relative || m.value?.start !== published || m.value.end !== undefined) return false;
  if (m.start > STAMP_TOP || !/\b\d{4}\b/.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - STAMP_REACH), m.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return STAMP_MARK.test(m.text) || STAMP_MARK.test(line);
}

export function markMention(m: FoundMention, ctx: MarkContext): Marked {
  const span = { start: m.start, end: m.end };
  if (ctx.duplicateOf)
    return { placeable: false, note: `the article repeats ${ctx.duplicateOf}; its dates are counted there` };
  const chrome = ctx.excluded.find((e) => overlaps(e, span));
  const evidence = ctx.publicationEvidence.find((e) => overlaps(e.span, span));
  if (evidence) return { placeable: false, note: `the article's publication date (${evidence.what}), not an event` };
  if (chrome?.reason.startsWith('page timestamp')) {
    const rejected = chrome.reason.includes('rejected');
    return {
      placeable: false,
      note: `the page timestamp, not an event${rejected ? ' (and not the publication date either: the article contradicts it)' : ''}`,
    };
  }
  if (chrome) return { placeable: false, note: `in page chrome (${chrome.reason}), not news` };
  if (ctx.text !== undefined && ctx.published && isTimestamp(m, ctx.text, ctx.published)) {
    return { placeable: false, note: "the article's own timestamp (when it was published), not an event" };
  }
  if (m.kind !== 'date') return { placeable: false, note: KIND_NOTES[m.kind] ?? `not a date (${m.kind})` };
  if (PRESENT_WORDS.test(m.text.trim().replace(/[.,;:!?]+$/, ''))) {
    return { placeable: false, note: `"${m.text.trim()}" means at the time of writing, not a datable happening` };
  }
  if (!m.value) return { placeable: false, note: 'no calendar date could be read from it' };
  if (m.relative && !ctx.hasReference) {
    return { placeable: false, note: 'a relative date, but the article has no publication date to resolve it against' };
  }
  return { placeable: true };
}
