/**
 * The page's check of what it loads: the schema by code generated at build time (page-checks.ts), then the
 * invariants; zod (validate.ts) is fetched only for a file that check refused, to name what is wrong. So
 * the scripts loaded before the first draw hold no zod, and a refused file gets zod's messages as ever.
 */
import { SCHEMA_VERSION, isTextShard, isTimeline } from './page-checks';
import type { Timeline } from './timeline';
import {
  notAShardOf,
  notATimeline,
  shardWithInvariants,
  withInvariants,
  type TextShardResult,
  type ValidationResult,
} from './invariants';

/** A timeline, or why not: at once for a valid file, after fetching zod for one the schema refuses. */
export function checkTimeline(data: unknown): ValidationResult | Promise<ValidationResult> {
  const early = notATimeline(data, SCHEMA_VERSION);
  if (early) return early;
  if (isTimeline(data)) return withInvariants(data);
  return import('./validate').then((v) => v.validateTimeline(data));
}

/** A text shard's texts checked against its timeline, or errors naming the shard. */
export async function checkTextShard(data: unknown, path: string, timeline: Timeline): Promise<TextShardResult> {
  const early = notAShardOf(data, path, SCHEMA_VERSION);
  if (early) return early;
  if (isTextShard(data)) return shardWithInvariants(data.texts, path, timeline);
  return (await import('./validate')).validateTextShard(data, path, timeline);
}
