/**
 * Runs the per-article half of the build on batches of inputs, in worker threads (tinypool) or, with one
 * worker, in this thread; the results come back in the order the batches were given, so the timeline is the
 * same byte for byte whatever the number of workers. Few batches are in flight at once: memory holds the
 * results, not the input. Once the corpus half has dated the articles, the same workers extract again those
 * whose reference changed (`extractAll`), before they are stopped.
 */
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { bundledModule } from './bundle.mjs';
import type { ExtractionJob } from '../corpus';
import type { ProcessedInput, ProcessOptions } from '../per-article';
import type { ExtractOneResult } from '../stages/extract';
import { extractBatch, processBatch, type WorkItem } from './worker';

/** A batch is sent once it holds this many bytes of text: large enough that messaging costs little. */
const BATCH_BYTES = 256 * 1024;
/** …or this many inputs (short articles, JSONL records). */
const BATCH_ITEMS = 32;
/** Batches in flight per worker: enough to keep each busy while the next is read. */
const IN_FLIGHT_PER_WORKER = 3;

export class ArticlePool {
  private pool: Tinypool | null = null;
  private batches = 0;
  private readonly pending: Promise<ProcessedInput[]>[] = [];
  private batch: WorkItem[] = [];
  private batchBytes = 0;
  private readonly maxInFlight: number;

  constructor(
    private readonly workers: number,
    private readonly options: ProcessOptions,
    private readonly onResult: (r: ProcessedInput) => void,
  ) {
    this.maxInFlight = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;
  }

  /** Adds one input; resolves once there is room for more (the oldest batches' results handed on, in order). */
  async add(item: WorkItem): Promise<void> {
    this.batch.push(item);
    this.batchBytes += 'file' in item ? item.file.bytes.byteLength : item.record.text.length;
    if (this.batch.length >= BATCH_ITEMS || this.batchBytes >= BATCH_BYTES) await this.flush();
  }

  /** Every result handed on; the workers stay up for `extractAll`. */
  async drain(): Promise<void> {
    await this.flush();
    while (this.pending.length) this.hand(await this.pending.shift()!);
  }

  /** The jobs' extractions, in the jobs' order: in the workers in batches, here with one worker or few jobs. */
  async extractAll(jobs: readonly ExtractionJob[]): Promise<ExtractOneResult[]> {
    if (this.workers <= 1 || jobs.length <= BATCH_ITEMS) return extractBatch(jobs);
    const batches: ExtractionJob[][] = [[]];
    let bytes = 0;
    for (const job of jobs) {
      let last = batches[batches.length - 1]!;
      if (last.length >= BATCH_ITEMS || bytes >= BATCH_BYTES) {
        batches.push((last = []));
        bytes = 0;
      }
      last.push(job);
      bytes += job.text.length;
    }
    const pool = await this.started();
    const done = await Promise.all(
      batches.map((b) => pool.run(b, { name: 'extractBatch' }) as Promise<ExtractOneResult[]>),
    );
    return done.flat();
  }

  /** The workers stopped. */
  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }

  private async started(): Promise<Tinypool> {
    this.pool ??= new Tinypool({ filename: await workerModule(), minThreads: this.workers, maxThreads: this.workers });
    return this.pool;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const items = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    // The first batch runs here while nothing else is in flight: a corpus of one batch (the seeds) never pays
    // for starting workers (each loads the whole pipeline); from the second batch on, they start.
    if (this.workers <= 1 || this.batches++ === 0) {
      this.hand(processBatch({ items, options: this.options }));
      return;
    }
    const pool = await this.started();
    // A file's bytes are moved, not copied, when they are a buffer of their own (never a slice of a shared pool).
    const transferList = items.flatMap((i) =>
      'file' in i && i.file.bytes.byteOffset === 0 && i.file.bytes.byteLength === i.file.bytes.buffer.byteLength
        ? [i.file.bytes.buffer as ArrayBuffer]
        : [],
    );
    this.pending.push(pool.run({ items, options: this.options }, { transferList }) as Promise<ProcessedInput[]>);
    while (this.pending.length >= this.maxInFlight) this.hand(await this.pending.shift()!);
  }

  private hand(results: ProcessedInput[]): void {
    for (const r of results) this.onResult(r);
  }
}

/**
 * The worker thread's module: the bundled worker (`bundle.mjs`), which loads without tsx (each tsx worker
 * cost ~2 s of CPU and ~120 MB to start); else the TypeScript through tsx (`worker-boot.mjs`).
 */
async function workerModule(): Promise<string> {
  const bundled = await bundledModule('worker.mjs');
  return bundled ? pathToFileURL(bundled).href : new URL('./worker-boot.mjs', import.meta.url).href;
}
