/**
 * What a schema cannot say about a timeline (offsets slice to their text, every reference points at something
 * that exists), checked on a value the schema already accepted. Free of zod: the page runs it before its
 * first draw (page-validate.ts), the pipeline after zod (validate.ts).
 */
import type { Article, Mention, Span, Timeline, TimelineEvent } from './timeline';
import { compareIso } from './dates';

export type ValidationResult = { ok: true; timeline: Timeline } | { ok: false; errors: string[] };
export type TextShardResult = { ok: true; texts: Map<string, string> } | { ok: false; errors: string[] };

/** More errors than this say nothing more to whoever fixes the file; the first ones are kept. */
export const MAX_ERRORS = 20;

/** Why `data` cannot be read as a timeline of `version` before its schema is looked at; null when it can. */
export function notATimeline(data: unknown, version: number): ValidationResult | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['the file is not a JSON object'] };
  }
  const found = (data as { schemaVersion?: unknown }).schemaVersion;
  if (found === version) return null;
  return { ok: false, errors: [`schemaVersion is ${JSON.stringify(found)}, this reader understands ${version}`] };
}

/** A shard's version error, naming it; null when its version is `version`. */
export function notAShardOf(data: unknown, path: string, version: number): TextShardResult | null {
  const found = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (found === version) return null;
  return { ok: false, errors: [`${path}: schemaVersion is ${JSON.stringify(found)}, expected ${version}`] };
}

/** A timeline the schema accepted, once its invariants hold; the maps built for them are kept for the store. */
export function withInvariants(timeline: Timeline): ValidationResult {
  const ix = lookups(timeline);
  const errors = checkInvariants(timeline, ix);
  if (errors.length) return { ok: false, errors };
  lookupsOf.set(timeline, ix);
  return { ok: true, timeline };
}

/** Articles and mentions by id. */
export interface TimelineLookups {
  articleById: Map<string, Article>;
  mentionById: Map<string, Mention>;
}

/**
 * The maps the check of a valid timeline built, kept for whoever indexes it next (the page's store), so a
 * 100,000-article timeline is not mapped twice on its way to the screen. A timeline is not changed once
 * checked (the store treats it as immutable), so the maps stay true.
 */
const lookupsOf = new WeakMap<Timeline, Lookups>();

/** Articles and mentions by id: those built when `t` was validated, else built now. */
export function timelineLookups(t: Timeline): TimelineLookups {
  const ix = lookupsOf.get(t) ?? lookups(t);
  return { articleById: ix.articles, mentionById: ix.mentions };
}

function lookups(t: Timeline): Lookups {
  return { articles: byId(t.articles), mentions: byId(t.mentions), events: byId(t.events), listed: new Set() };
}

type Add = (e: string) => void;

/** A list of errors that keeps the first `MAX_ERRORS`. */
function errorList(): { errors: string[]; add: Add } {
  const errors: string[] = [];
  return { errors, add: (e) => void (errors.length < MAX_ERRORS && errors.push(e)) };
}

function byId<T extends { id: string }>(xs: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of xs) map.set(x.id, x);
  return map;
}

interface Lookups {
  articles: Map<string, Article>;
  mentions: Map<string, Mention>;
  events: Map<string, TimelineEvent>;
  /** Placed mentions whose event lists them (filled by the event pass, read by the mention pass). */
  listed: Set<Mention>;
}

/**
 * One pass over each array; the errors come out articles first, then mentions, then events. Built to stay
 * linear at 100,000 articles: one map per kind, one set of listed mentions, no set or array per item.
 */
function checkInvariants(t: Timeline, ix: Lookups): string[] {
  const ids = errorList();
  if (ix.articles.size !== t.articles.length) ids.add('article ids are not unique');
  if (ix.events.size !== t.events.length) ids.add('event ids are not unique');
  if (ix.mentions.size !== t.mentions.length) ids.add('mention ids are not unique');
  const articles = errorList();
  for (const a of t.articles) checkArticle(a, ix, articles.add);
  const events = errorList();
  const ranks = new Set<number>();
  for (const e of t.events) {
    checkEvent(e, ix, events.add);
    if (e.rank > t.events.length || ranks.has(e.rank)) events.add(`event ${e.id}: rank ${e.rank} is not unique in 1…n`);
    ranks.add(e.rank);
  }
  const mentions = errorList();
  for (const m of t.mentions) checkMention(m, ix, mentions.add);
  return [...ids.errors, ...articles.errors, ...mentions.errors, ...events.errors].slice(0, MAX_ERRORS);
}

function checkArticle(a: Article, ix: Lookups, add: Add): void {
  const inline = a.text !== undefined;
  if (inline === (a.textShard !== undefined)) add(`article ${a.id}: needs either its text or a textShard, not both`);
  if ((a.textShard !== undefined) !== (a.textLength !== undefined))
    add(`article ${a.id}: textShard and textLength go together`);
  // Offsets are checked against the length alone, so a sharded timeline is checked as fully as an inline one.
  const length = a.text?.length ?? a.textLength ?? 0;
  const span = (s: Span) => {
    if (s.start > s.end || s.end > length) add(`article ${a.id}: span ${s.start}-${s.end} is outside its text`);
  };
  a.excluded.forEach(span);
  a.sentences.forEach(span);
  if (a.published?.evidence) span(a.published.evidence);
  if (a.duplicateOf !== undefined && !ix.articles.has(a.duplicateOf))
    add(`article ${a.id}: duplicateOf names unknown article ${a.duplicateOf}`);
}

function checkMention(m: Mention, ix: Lookups, add: Add): void {
  const a = ix.articles.get(m.articleId);
  if (!a) return add(`mention ${m.id}: unknown article ${m.articleId}`);
  if (m.sentence.start > m.start || m.sentence.end < m.end) add(`mention ${m.id}: its sentence does not contain it`);
  if (a.text !== undefined) checkInlineOffsets(m, a.text, add);
  else checkShardedOffsets(m, a.textLength ?? 0, add);
  if (m.kind === 'date' && m.value === null) add(`mention ${m.id}: a date mention needs a value`);
  if (m.eventId !== null) {
    if (!ix.events.has(m.eventId)) add(`mention ${m.id}: unknown event ${m.eventId}`);
    else if (!ix.listed.has(m)) add(`mention ${m.id}: event ${m.eventId} does not list it`);
  } else if (!m.note) add(`mention ${m.id}: not placed and no note says why`);
  if (m.anchor !== undefined) {
    const anchor = ix.mentions.get(m.anchor);
    if (!anchor || anchor.articleId !== m.articleId) add(`mention ${m.id}: anchor ${m.anchor} is not in its article`);
  }
}

function checkInlineOffsets(m: Mention, text: string, add: Add): void {
  if (m.start >= m.end || text.slice(m.start, m.end) !== m.text)
    add(`mention ${m.id}: offsets ${m.start}-${m.end} do not slice to its text`);
  if (m.quote !== undefined && m.quote !== text.slice(m.sentence.start, m.sentence.end))
    add(`mention ${m.id}: its quote is not its sentence`);
}

/**
 * Sharded: the offsets must fit the text's length; the slice is checked against the quote when there is
 * one, and against the text itself when its shard arrives (validateTextShard).
 */
function checkShardedOffsets(m: Mention, length: number, add: Add): void {
  if (m.start >= m.end || m.end > length) add(`mention ${m.id}: offsets ${m.start}-${m.end} are outside its text`);
  if (m.eventId !== null && m.quote === undefined)
    add(`mention ${m.id}: placed, its article's text is in a shard, and it has no quote`);
  if (m.quote === undefined) return;
  const at = m.start - m.sentence.start;
  if (m.quote.length !== m.sentence.end - m.sentence.start)
    add(`mention ${m.id}: its quote is not as long as its sentence`);
  else if (m.quote.slice(at, at + m.end - m.start) !== m.text)
    add(`mention ${m.id}: offsets ${m.start}-${m.end} do not slice its quote to its text`);
}

/**
 * An event with tens of thousands of mentions must not make the check quadratic: its distinct articles are
 * counted in a small array up to this many mentions, in a set beyond.
 */
const FEW_MENTIONS = 16;

function checkEvent(e: TimelineEvent, ix: Lookups, add: Add): void {
  if (e.date.end !== undefined && compareIso(e.date.start, e.date.end) > 0) add(`event ${e.id}: ends before it starts`);
  const few: (string | undefined)[] = [];
  const many = e.mentionIds.length > FEW_MENTIONS ? new Set<string | undefined>() : null;
  for (const id of e.mentionIds) {
    const m = ix.mentions.get(id);
    if (!m) add(`event ${e.id}: unknown mention ${id}`);
    else if (m.eventId !== e.id) add(`event ${e.id}: mention ${id} points elsewhere`);
    else ix.listed.add(m);
    const article = m?.articleId;
    if (many) many.add(article);
    else if (!few.includes(article)) few.push(article);
  }
  const backing = many ? many.size : few.length;
  if (backing !== e.sourceCount || e.articleIds.length !== e.sourceCount)
    add(`event ${e.id}: sourceCount does not match its mentions`);
}

/**
 * A shard the schema accepted, checked against the timeline: it holds exactly the texts the index says it
 * does, each as long as its article's `textLength`, with every mention and quote slicing to it.
 */
export function shardWithInvariants(shard: Record<string, string>, path: string, timeline: Timeline): TextShardResult {
  const errors: string[] = [];
  const add = (e: string) => {
    if (errors.length < MAX_ERRORS) errors.push(`${path}: ${e}`);
  };
  const texts = new Map(Object.entries(shard));
  const expected = new Set<string>();
  for (const a of timeline.articles) {
    if (a.textShard !== path) continue;
    expected.add(a.id);
    const text = texts.get(a.id);
    if (text === undefined) add(`the text of article ${a.id} is missing`);
    else if (text.length !== a.textLength)
      add(`the text of article ${a.id} is ${text.length} characters long, the index says ${a.textLength}`);
  }
  for (const id of texts.keys()) if (!expected.has(id)) add(`article ${id} does not name this shard`);
  if (errors.length) return { ok: false, errors };
  for (const m of timeline.mentions) {
    const text = texts.get(m.articleId);
    if (text === undefined) continue;
    if (text.slice(m.start, m.end) !== m.text)
      add(`mention ${m.id}: offsets ${m.start}-${m.end} do not slice to its text`);
    if (m.quote !== undefined && m.quote !== text.slice(m.sentence.start, m.sentence.end))
      add(`mention ${m.id}: its quote is not its sentence`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, texts };
}
