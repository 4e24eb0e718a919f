/**
 * Checking a timeline: the schema, then the invariants a schema cannot say (offsets slice to their text,
 * every reference points at something that exists). Used by the pipeline before it writes and by the app
 * when it loads, so both refuse the same files for the same reasons.
 */
import { SCHEMA_VERSION, timelineSchema, type Timeline } from './timeline';
import { compareIso } from './dates';

export type ValidationResult = { ok: true; timeline: Timeline } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

export function validateTimeline(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['the file is not a JSON object'] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`schemaVersion is ${JSON.stringify(version)}, this reader understands ${SCHEMA_VERSION}`],
    };
  }
  const parsed = timelineSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues
        .slice(0, MAX_ERRORS)
        .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
    };
  }
  const errors = checkInvariants(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, timeline: parsed.data };
}

function checkInvariants(t: Timeline): string[] {
  const errors: string[] = [];
  const add = (e: string) => {
    if (errors.length < MAX_ERRORS) errors.push(e);
  };
  const articles = new Map(t.articles.map((a) => [a.id, a]));
  if (articles.size !== t.articles.length) add('article ids are not unique');
  const events = new Map(t.events.map((e) => [e.id, e]));
  // A set per event: an event backed by tens of thousands of mentions must not make the check quadratic.
  const eventMentions = new Map(t.events.map((e) => [e.id, new Set(e.mentionIds)]));
  if (events.size !== t.events.length) add('event ids are not unique');
  const mentions = new Map(t.mentions.map((m) => [m.id, m]));
  if (mentions.size !== t.mentions.length) add('mention ids are not unique');

  for (const a of t.articles) {
    for (const s of [...a.excluded, ...a.sentences, ...(a.published?.evidence ? [a.published.evidence] : [])]) {
      if (s.start > s.end || s.end > a.text.length)
        add(`article ${a.id}: span ${s.start}-${s.end} is outside its text`);
    }
    if (a.duplicateOf !== undefined && !articles.has(a.duplicateOf))
      add(`article ${a.id}: duplicateOf names unknown article ${a.duplicateOf}`);
  }
  for (const m of t.mentions) {
    const a = articles.get(m.articleId);
    if (!a) {
      add(`mention ${m.id}: unknown article ${m.articleId}`);
      continue;
    }
    if (m.start >= m.end || a.text.slice(m.start, m.end) !== m.text)
      add(`mention ${m.id}: offsets ${m.start}-${m.end} do not slice to its text`);
    if (m.sentence.start > m.start || m.sentence.end < m.end) add(`mention ${m.id}: its sentence does not contain it`);
    if (m.kind === 'date' && m.value === null) add(`mention ${m.id}: a date mention needs a value`);
    if (m.eventId !== null) {
      const e = events.get(m.eventId);
      if (!e) add(`mention ${m.id}: unknown event ${m.eventId}`);
      else if (!eventMentions.get(e.id)!.has(m.id)) add(`mention ${m.id}: event ${m.eventId} does not list it`);
    } else if (!m.note) add(`mention ${m.id}: not placed and no note says why`);
    if (m.anchor !== undefined) {
      const anchor = mentions.get(m.anchor);
      if (!anchor || anchor.articleId !== m.articleId) add(`mention ${m.id}: anchor ${m.anchor} is not in its article`);
    }
  }
  const ranks = new Set<number>();
  for (const e of t.events) {
    if (e.date.end !== undefined && compareIso(e.date.start, e.date.end) > 0)
      add(`event ${e.id}: ends before it starts`);
    for (const id of e.mentionIds) {
      const m = mentions.get(id);
      if (!m) add(`event ${e.id}: unknown mention ${id}`);
      else if (m.eventId !== e.id) add(`event ${e.id}: mention ${id} points elsewhere`);
    }
    const backing = new Set(e.mentionIds.map((id) => mentions.get(id)?.articleId));
    if (backing.size !== e.sourceCount || e.articleIds.length !== e.sourceCount)
      add(`event ${e.id}: sourceCount does not match its mentions`);
    if (e.rank > t.events.length || ranks.has(e.rank)) add(`event ${e.id}: rank ${e.rank} is not unique in 1…n`);
    ranks.add(e.rank);
  }
  return errors;
}
