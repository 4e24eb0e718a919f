/**
 * File names and MIME types of the exports, and one call that makes a whole export for the UI's
 * download button (the download itself is DOM work and lives with the components).
 */
import { compareIso, isoDateSchema, isoEndMs, type IsoDate, type Timeline } from '../contract';
import { eventsToCsv, type CsvOptions } from './csv';
import { eventsToJson, exportTextShards } from './json';
import { eventsToTimelineJsJson, type TimelineJsOptions } from './timelinejs';
import { selectEvents } from './selection';

export type ExportFormat = 'csv' | 'json' | 'timelinejs';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'timelinejs'];

export interface ExportFileInfo {
  filename: string;
  mimeType: string;
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

const FILE_TYPES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  csv: { suffix: '.csv', mimeType: 'text/csv;charset=utf-8' },
  json: { suffix: '.json', mimeType: 'application/json' },
  timelinejs: { suffix: '-timelinejs.json', mimeType: 'application/json' },
};

/**
 * `news-chronology-2026-01-07_2026-02-06.csv` for a range, `news-chronology-2026-01.json` for a single
 * period, `news-chronology.csv` without one. Dates that are not contract ISO dates are left out rather
 * than put into a file name.
 */
export function exportFileInfo(format: ExportFormat, range?: DateRange | null): ExportFileInfo {
  const { suffix, mimeType } = FILE_TYPES[format];
  const ok = (d: string) => isoDateSchema.safeParse(d).success;
  let stem = 'news-chronology';
  if (range && ok(range.start) && ok(range.end))
    stem += range.start === range.end ? `-${range.start}` : `-${range.start}_${range.end}`;
  return { filename: stem + suffix, mimeType };
}

/** The span of the selected events: the earliest start and the latest end, at their own precision; null when none. */
export function selectionDateRange(timeline: Timeline, eventIds: Iterable<string>): DateRange | null {
  const events = selectEvents(timeline, eventIds);
  if (!events.length) return null;
  let start = events[0]!.date.start;
  let end = events[0]!.date.end ?? events[0]!.date.start;
  for (const e of events) {
    if (compareIso(e.date.start, start) < 0) start = e.date.start;
    const last = e.date.end ?? e.date.start;
    // The latest end is the one whose period ends last ("2026-02" ends after "2026-02-06").
    if (isoEndMs(last) > isoEndMs(end) || (isoEndMs(last) === isoEndMs(end) && last.length > end.length)) end = last;
  }
  return { start, end };
}

export interface ExportOptions {
  /** The range for the file name; by default the span of the selected events. */
  range?: DateRange | null;
  csv?: CsvOptions;
  timelinejs?: TimelineJsOptions;
  /** Texts of sharded articles, by id: the JSON export needs those `exportTextShards` names; the others quote. */
  texts?: ReadonlyMap<string, string>;
}

export interface ExportFile extends ExportFileInfo {
  content: string;
}

/** A whole export of the view: content, file name and MIME type, ready for a Blob and a download link. */
export function buildExport(
  format: ExportFormat,
  timeline: Timeline,
  eventIds: Iterable<string>,
  options: ExportOptions = {},
): ExportFile {
  const ids = [...eventIds];
  const range = options.range !== undefined ? options.range : selectionDateRange(timeline, ids);
  const content =
    format === 'csv'
      ? eventsToCsv(timeline, ids, options.csv)
      : format === 'json'
        ? eventsToJson(timeline, ids, options.texts)
        : eventsToTimelineJsJson(timeline, ids, options.timelinejs);
  return { ...exportFileInfo(format, range), content };
}

/** The text shards an export needs fetched first: only JSON carries whole texts; the other formats quote. */
export function exportShards(format: ExportFormat, timeline: Timeline, eventIds: Iterable<string>): string[] {
  return format === 'json' ? exportTextShards(timeline, eventIds) : [];
}
