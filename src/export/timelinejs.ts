/**
 * TimelineJS export: the view as a Knight Lab TimelineJS3 JSON document, so an educator can load our
 * chronology into TimelineJS (https://timeline.knightlab.com/docs/json-format.html).
 *
 * How TimelineJS reads it (checked against its source, TimelineConfig.js and TLDate.js):
 * - a date object's finest field sets how it is shown, so a month claim carries no day and a year claim
 *   only a year; "early January" has no field of its own and goes in `display_date`;
 * - `text.headline` and `text.text` are HTML (sanitised by DOMPurify, but still HTML), and `group` is set
 *   with innerHTML: every string here is HTML-escaped, because our text is untrusted article text;
 * - `unique_id` becomes the slide's element id and URL hash; TimelineJS renames a duplicate, which would
 *   break links, so ids here are unique, lower-case `[a-z0-9-]` starting with a letter (its own slug form).
 */
import type { DateValue, EventFlag, IsoDate, Timeline, TimelineEvent } from '../contract';
import { dateInWords } from '../contract/words';
import { escapeHtml } from './html';
import {
  eventEvidence,
  eventSources,
  indexTimeline,
  selectEvents,
  type Evidence,
  type TimelineIndex,
} from './selection';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  group?: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title?: { text: TimelineJsText; unique_id: string };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  /** Title slide headline (plain text; escaped here). No title slide when absent. */
  title?: string;
  /** Title slide text (plain text; escaped here). */
  description?: string;
  /** Lane mode: put each event in a TimelineJS group named after its source. */
  lanes?: boolean;
}

/** The group of an event backed by more than one source in lane mode (TimelineJS allows one group per slide). */
export const SEVERAL_SOURCES_GROUP = 'Several sources';
/** The title slide's id; reserved so that no event id can take it. */
export const TITLE_SLIDE_ID = 'news-chronology-title';

/** A date object at exactly the precision of the ISO string. */
export function isoToTimelineJsDate(iso: IsoDate): TimelineJsDate {
  const d: TimelineJsDate = { year: Number(iso.slice(0, 4)) };
  if (iso.length >= 7) d.month = Number(iso.slice(5, 7));
  if (iso.length === 10) d.day = Number(iso.slice(8, 10));
  return d;
}

/** start_date and end_date for a claim. */
export function timelineJsDates(v: DateValue): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const start_date = isoToTimelineJsDate(v.start);
  if (v.part) start_date.display_date = dateInWords(v);
  if (v.end === undefined || v.end === v.start) return { start_date };
  return { start_date, end_date: isoToTimelineJsDate(v.end) };
}

/** The slug TimelineJS itself would accept unchanged, unique among `used` (which it is added to). */
export function timelineJsId(eventId: string, used: Set<string>): string {
  let slug = eventId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(slug)) slug = slug ? `event-${slug}` : 'event';
  let id = slug;
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
  used.add(id);
  return id;
}

const FLAG_NOTES: Record<EventFlag, (event: TimelineEvent) => string> = {
  conflict: () => '<strong>Conflicting dates:</strong> the sources disagree about when this happened.',
  approximate: (e) => `<strong>Approximate date:</strong> ${escapeHtml(dateInWords(e.date))}.`,
  'inferred-date': () =>
    '<strong>Inferred date:</strong> it rests on a publication date that was inferred, not printed.',
};

function evidenceHtml(e: Evidence): string {
  const sentence = e.segments
    .map((s) => (s.mention ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
  return `<p><cite>${escapeHtml(e.source)}</cite>: “${sentence}”</p>`;
}

/** The slide text: flags in words first, then each evidence sentence with its source named. */
export function slideText(event: TimelineEvent, index: TimelineIndex): string {
  const flags = event.flags.map((f) => `<p>${FLAG_NOTES[f](event)}</p>`);
  return [...flags, ...eventEvidence(event, index).map(evidenceHtml)].join('');
}

export function eventsToTimelineJs(
  timeline: Timeline,
  eventIds: Iterable<string>,
  options: TimelineJsOptions = {},
): TimelineJsDocument {
  const index = indexTimeline(timeline);
  const used = new Set<string>([TITLE_SLIDE_ID]);
  const events = selectEvents(timeline, eventIds).map((event): TimelineJsSlide => {
    const slide: TimelineJsSlide = {
      ...timelineJsDates(event.date),
      text: { headline: escapeHtml(event.title), text: slideText(event, index) },
      unique_id: timelineJsId(event.id, used),
    };
    if (options.lanes) {
      const sources = [...new Set(eventSources(event, index))];
      slide.group = escapeHtml(sources.length === 1 ? sources[0]! : SEVERAL_SOURCES_GROUP);
    }
    return slide;
  });
  const doc: TimelineJsDocument = { events };
  if (options.title !== undefined) {
    doc.title = {
      text: {
        headline: escapeHtml(options.title),
        text: options.description ? `<p>${escapeHtml(options.description)}</p>` : '',
      },
      unique_id: TITLE_SLIDE_ID,
    };
  }
  return doc;
}

/** The TimelineJS file: two-space indented JSON ending in a newline. */
export function eventsToTimelineJsJson(
  timeline: Timeline,
  eventIds: Iterable<string>,
  options?: TimelineJsOptions,
): string {
  return JSON.stringify(eventsToTimelineJs(timeline, eventIds, options), null, 2) + '\n';
}
