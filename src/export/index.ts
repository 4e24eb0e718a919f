/** Exports of the current view (CSV, our JSON, TimelineJS), the embed snippet and the embed's host messages. Pure: no DOM. */
export {
  eventsToCsv,
  csvRecords,
  csvCell,
  neutraliseFormula,
  CSV_COLUMNS,
  type CsvColumn,
  type CsvOptions,
} from './csv';
export { selectTimeline, eventsToJson, exportTextShards, outsideSelectionNote } from './json';
export {
  eventsToTimelineJs,
  eventsToTimelineJsJson,
  isoToTimelineJsDate,
  timelineJsDates,
  timelineJsId,
  SEVERAL_SOURCES_GROUP,
  TITLE_SLIDE_ID,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsOptions,
  type TimelineJsSlide,
  type TimelineJsText,
} from './timelinejs';
export { buildEmbedSnippet, buildHostScript, DEFAULT_EMBED_TITLE, type EmbedSnippetOptions } from './embed';
export {
  makeHeightMessage,
  isChronologyMessage,
  HEIGHT_MESSAGE_TYPE,
  MESSAGE_VERSION,
  MAX_MESSAGE_HEIGHT,
  type ChronologyMessage,
  type HeightMessage,
} from './messages';
export {
  buildExport,
  exportFileInfo,
  exportShards,
  selectionDateRange,
  EXPORT_FORMATS,
  type DateRange,
  type ExportFile,
  type ExportFileInfo,
  type ExportFormat,
  type ExportOptions,
} from './files';
export { selectEvents, eventEvidence, type Evidence, type EvidenceSegment } from './selection';
export { dateInWords, isoInWords } from '../contract/words';
export { escapeHtml } from './html';
