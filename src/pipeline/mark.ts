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
