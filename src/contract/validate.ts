/**
 * Checking a timeline: the schema, then the invariants a schema cannot say (offsets slice to their text,
 * every reference points at something that exists). Used by the pipeline before it writes, and by the page
 * to say what is wrong with a file its generated check refused (page-validate.ts), so both refuse the same
 * files for the same reasons.
 */
import { SCHEMA_VERSION, textShardSchema, timelineSchema, type Timeline } from './timeline';
import { compileCheck, type Check } from './schema-check';
import {
  MAX_ERRORS,
  notAShardOf,
  notATimeline,
  shardWithInvariants,
  withInvariants,
  type TextShardResult,
  type ValidationResult,
} from './invariants';

export { timelineLookups, type TextShardResult, type TimelineLookups, type ValidationResult } from './invariants';

/** Compiled on first use, so a module that imports the contract but never validates pays nothing. */
let timelineCheck: Check | null = null;

/**
 * The timeline when it follows the schema, else zod's issues. A valid file (the usual case) is only read,
 * by the compiled check; zod's parser, which copies the whole value, runs only to say what is wrong.
 */
function checkSchema(data: unknown): ValidationResult {
  timelineCheck ??= compileCheck(timelineSchema);
  if (timelineCheck(data)) return { ok: true, timeline: data as Timeline };
  const parsed = timelineSchema.safeParse(data);
  if (parsed.success) return { ok: true, timeline: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues
      .slice(0, MAX_ERRORS)
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
  };
}

export function validateTimeline(data: unknown): ValidationResult {
  const early = notATimeline(data, SCHEMA_VERSION);
  if (early) return early;
  const schema = checkSchema(data);
  return schema.ok ? withInvariants(schema.timeline) : schema;
}

/**
 * Checking a text shard fetched for a validated timeline: its schema, then that it holds exactly the texts the
 * index says it does, each as long as its article's `textLength`, with every mention and quote slicing to it.
 */
export function validateTextShard(data: unknown, path: string, timeline: Timeline): TextShardResult {
  const early = notAShardOf(data, path, SCHEMA_VERSION);
  if (early) return early;
  const parsed = textShardSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => `${path}: ${i.path.join('.')}: ${i.message}`),
    };
  return shardWithInvariants(parsed.data.texts, path, timeline);
}
