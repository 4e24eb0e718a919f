/**
 * CSV export: one row per event of the view, for spreadsheets and data tools.
 *
 * RFC 4180 (comma separated, CRLF between records, cells with a comma, quote or line break quoted and
 * their quotes doubled), preceded by a UTF-8 byte-order mark because Excel otherwise reads the file in
 * the system's legacy code page and mangles "ë". Article text is untrusted: a cell a spreadsheet would
 * take for a formula gets a leading apostrophe (see `neutraliseFormula`).
 */
import { valuePrecision, type Timeline } from '../contract';
import { dateInWords } from '../contract/words';
import { eventEvidence, eventSourceDates, eventSources, indexTimeline, selectEvents } from './selection';

/** The columns, in order. The header row uses these names. */
export const CSV_COLUMNS = [
  'id',
  'date_start',
  'date_end',
  'precision',
  'part',
  'date',
  'title',
  'flags',
  'source_count',
  'sources',
  'source_dates',
  'evidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true; spreadsheets need it to read UTF-8). */
  bom?: boolean;
}

const BOM = '\uFEFF';

/**
 * Cells starting with these are formulas to Excel, LibreOffice or Google Sheets (a leading tab or carriage
 * return is trimmed by some of them before that check). OWASP's advice: make such cells text with a
 * leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The rows (header excluded) as plain strings, before quoting: what a reader of the file should get back. */
export function csvRecords(timeline: Timeline, eventIds: Iterable<string>): Record<CsvColumn, string>[] {
  const index = indexTimeline(timeline);
  return selectEvents(timeline, eventIds).map((event) => ({
    id: event.id,
    date_start: event.date.start,
    date_end: event.date.end ?? '',
    precision: valuePrecision(event.date),
    part: event.date.part ?? '',
    date: dateInWords(event.date),
    title: event.title,
    flags: event.flags.join(';'),
    source_count: String(event.sourceCount),
    sources: eventSources(event, index).join('; '),
    // Who says which date, one line per source: where the sources disagree, the file keeps it.
    source_dates: eventSourceDates(event, index)
      .map((d) => `${d.source}: ${d.dates.map((v) => dateInWords(v, { weekday: false })).join(', ')}`)
      .join('\n'),
    // One line per sentence; a line break inside a quoted cell is a new line within the cell.
    evidence: eventEvidence(event, index)
      .map((e) => `${e.source}: “${e.sentence}”`)
      .join('\n'),
  }));
}

/** The CSV file for the events of the view (ids as the view has them, already filtered). */
export function eventsToCsv(timeline: Timeline, eventIds: Iterable<string>, options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const record of csvRecords(timeline, eventIds)) lines.push(CSV_COLUMNS.map((c) => csvCell(record[c])).join(','));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
