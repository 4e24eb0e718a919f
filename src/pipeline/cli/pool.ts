/**
 * Runs the per-article half of the build on batches of inputs, in worker threads (tinypool) or, with one
 * worker, in this thread; the results come back in the order the batches were given, so the timeline is the
 * same byte for byte whatever the number of workers. Few batches are in flight at once: memory holds the
 * results, not the input.
 */
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { bundledModule } from './bundle.mjs';
import type { ProcessedInput, ProcessOptions } from '../per-article';
import { processBatch, type WorkItem } from './worker';

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

  /** Every result handed on, the workers stopped. */
  async finish(): Promise<void> {
    await this.flush();
    while (this.pending.length) this.hand(await this.pending.shift()!);
    await this.pool?.destroy();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const items = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    // The first batch runs here while nothing else is in flight: a corpus of one batch (the seeds) never pays
    // for starting workers (each loads the whole pipeline, ~2 s of CPU); from the second batch on, they start.
    if (this.workers <= 1 || this.batches++ === 0) {
      this.hand(processBatch({ items, options: this.options }));
      return;
    }
    this.pool ??= new Tinypool({ filename: await workerModule(), minThreads: this.workers, maxThreads: this.workers });
    // A file's bytes are moved, not copied, when they are a buffer of their own (never a slice of a shared pool).
    const transferList = items.flatMap((i) =>
      'file' in i && i.file.bytes.byteOffset === 0 && i.file.bytes.byteLength === i.file.bytes.buffer.byteLength
        ? [i.file.bytes.buffer as ArrayBuffer]
        : [],
    );
    this.pending.push(this.pool.run({ items, options: this.options }, { transferList }) as Promise<ProcessedInput[]>);
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
