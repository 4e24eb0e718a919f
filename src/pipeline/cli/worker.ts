/**
 * The build's worker thread: a batch of inputs (files with their bytes, or records of a streamed JSONL
 * export) in, their per-article results out, in the batch's order; and, once the corpus has dated them, the
 * articles whose dates must be extracted again. Only pure per-article work runs here.
 */
import type { ExtractionJob } from '../corpus';
import type { IngestedArticle, InputFile } from '../ingest/types';
import { processInput, processRecord, type ProcessedInput, type ProcessOptions } from '../per-article';
import { extractOne, type ExtractOneResult } from '../stages/extract';

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

/** Articles of the corpus half to extract (again) against their final reference, in the batch's order. */
export function extractBatch(jobs: readonly ExtractionJob[]): ExtractOneResult[] {
  return jobs.map((j) => extractOne(j.text, j.language, j.reference));
}

export default processBatch;
