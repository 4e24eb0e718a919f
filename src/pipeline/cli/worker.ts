/**
 * The build's worker thread: a batch of inputs (files with their bytes, or records of a streamed JSONL
 * export) in, their per-article results out, in the batch's order. Only the pure per-article half runs here.
 */
import type { IngestedArticle, InputFile } from '../ingest/types';
import { processInput, processRecord, type ProcessedInput, type ProcessOptions } from '../per-article';

/** One input of a batch: a whole file, or one record already read from a JSONL line. */
export type WorkItem = { file: InputFile } | { record: IngestedArticle };

export interface WorkBatch {
  items: WorkItem[];
  options: ProcessOptions;
}

export function processBatch({ items, options }: WorkBatch): ProcessedInput[] {
  return items.map((item) =>
    'file' in item
      ? processInput(item.file, options)
      : { articles: [processRecord(item.record, options)], skipped: [] },
  );
}

export default processBatch;
