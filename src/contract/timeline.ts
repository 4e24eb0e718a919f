/**
 * The timeline contract: the one source of truth for what `timeline.json` holds.
 *
 * The pipeline validates against it before writing; the app validates against it when loading;
 * `public/timeline.schema.json` is generated from it (`npm run schema`). Types are inferred from the
 * schema so the three can never drift apart.
 */
// zod/mini rather than zod: the app validates at load time and the classic API costs ~90 kB gzip
// in the page bundle, the mini one ~6 kB (same schemas, functional style).
import * as z from 'zod/mini';

/** Bumped whenever a change would make an older reader misread the file. */
export const SCHEMA_VERSION = 3 as const;

/**
 * An ISO 8601 calendar date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * The precision of the string is the precision of the claim: "January 2026" is `2026-01`, never `2026-01-01`.
 */
export const isoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Which part of the period named by `start` a claim means ("early January", "mid-2024", "late March"). */
export const partSchema = z.enum(['early', 'mid', 'late']);
export type Part = z.infer<typeof partSchema>;

/** A date claim: one reduced-precision date, or a range of them. */
export const dateValueSchema = z.strictObject({
  /** First (or only) date of the claim. */
  start: isoDateSchema,
  /** Last date of a range, inclusive ("February 6-22" is 2026-02-06 … 2026-02-22). Absent for a single date. */
  end: z.optional(isoDateSchema),
  /** The claim is only a part of `start`'s period ("early this month" is `{start: "2026-01", part: "early"}`). Never set with `end`. */
  part: z.optional(partSchema),
});
export type DateValue = z.infer<typeof dateValueSchema>;

/** A half-open span of character offsets into an article's `text` (JS string offsets, UTF-16 code units). */
export const spanSchema = z.strictObject({
  /** First character, inclusive. */
  start: z.int().check(z.nonnegative()),
  /** Last character, exclusive. */
  end: z.int().check(z.nonnegative()),
});
export type Span = z.infer<typeof spanSchema>;

/**
 * How an article's publication date was found, from the most to the least direct:
 * `metadata` a ` date YYYY-MM-DD` line or page stamp at the top of a text file; `front-matter` a `date:` header
 * of a text file; `manifest` the input folder's metadata.csv/jsonl; `record` a field of a JSONL/JSON/CSV record;
 * `json-ld` a schema.org `datePublished`; `meta` a `<meta>` tag (Open Graph, `article:published_time`, Dublin
 * Core, `itemprop`, parsely …); `time` a `<time datetime>` by the headline; `url` a date in the canonical URL's
 * path; `path` a date in the file's path; `text` a "Published …" line; `dateline` the article's dateline
 * ("ROME, Jan 27"); `inferred` derived from the article's own dates and the rest of the corpus.
 */
export const publishedBasisSchema = z.enum([
  'metadata',
  'front-matter',
  'manifest',
  'record',
  'json-ld',
  'meta',
  'time',
  'url',
  'path',
  'text',
  'dateline',
  'inferred',
]);
export type PublishedBasis = z.infer<typeof publishedBasisSchema>;

export const publishedSchema = z.strictObject({
  /** The publication date, the reference that relative dates in the article resolve against. */
  date: isoDateSchema,
  /** Where the date was read (see `publishedBasisSchema`). */
  basis: publishedBasisSchema,
  /** Where in the text the date was read (metadata line, dateline, "Published …" line); absent when it came from outside the text. */
  evidence: z.optional(spanSchema),
  /** Why this date was chosen, in plain words (always present for `inferred`, and when a page stamp was rejected). */
  note: z.optional(z.string()),
});
export type Published = z.infer<typeof publishedSchema>;

/** Why a stretch of an article is not news text. */
export const excludedSpanSchema = z.strictObject({
  ...spanSchema.shape,
  /** Plain-words reason shown to readers ("donation appeal", "related-stories sidebar", "view counter", "metadata line"). */
  reason: z.string().check(z.minLength(1)),
});
export type ExcludedSpan = z.infer<typeof excludedSpanSchema>;

/** An absolute http(s) URL: the only kind the page ever turns into a link. */
export const webUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'expected an http(s) URL'));

/** A date or date-time as ISO 8601 (`2026-01-27`, `2026-01-27T14:03:00Z`, `2026-01-27T14:03:00+01:00`). */
export const isoDateTimeSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
      'expected an ISO 8601 date or date-time',
    ),
  );

/** What an article was read from: a plain text file, a web page, or a record of a JSONL/JSON/CSV export. */
export const articleFormatSchema = z.enum(['text', 'html', 'record']);
export type ArticleFormat = z.infer<typeof articleFormatSchema>;

export const articleSchema = z.strictObject({
  /** Stable id derived from the file's path, unaffected by other files in the corpus. */
  id: z.string().check(z.minLength(1)),
  /** Path of the source file from the project root (forward slashes); for a record, `file:line` or `file#id`. */
  file: z.string().check(z.minLength(1)),
  /** What the article was read from. */
  format: articleFormatSchema,
  /** Who published it, as readers know it: the site's name ("The Guardian"); else the host name without `www.`; else the file name. Never empty. */
  outlet: z.string().check(z.minLength(1)),
  /** The article's headline as published; else its first sentence of news. Plain text (never markup). */
  headline: z.string(),
  /** Canonical link to the original (http/https only, normalised); null when unknown. */
  url: z.nullable(webUrlSchema),
  /** Author(s) as the page or record gives them, plain text; null when unknown. */
  byline: z.nullable(z.string()),
  /** Last modification date-time, when the source gives one. Never used as the publication date. */
  modified: z.nullable(isoDateTimeSchema),
  /** BCP 47 language tag of the text as detected (`en`, `nl`, …; `und` when undetermined). */
  language: z.string().check(z.minLength(2)),
  /** Publication date and how it was found; null when none could be found or inferred. */
  published: z.nullable(publishedSchema),
  /**
   * The full article text as read from the file (decoded UTF-8, byte-order mark removed). All offsets index this
   * string. Absent when the text is in a shard (`textShard`): a large timeline keeps its texts out of the index.
   */
  text: z.optional(z.string()),
  /**
   * Where the text is when it is not inline: a text shard's path relative to `timeline.json` (`texts/0003.json`),
   * holding it under this article's id. Set exactly when `text` is absent.
   */
  textShard: z.optional(z.string().check(z.regex(/^texts\/[\w.-]+\.json$/, 'expected texts/NAME.json'))),
  /** Length of the sharded text (UTF-16 code units), so offsets are checked against the index alone. Set with `textShard`. */
  textLength: z.optional(z.int().check(z.nonnegative())),
  /** Stretches of `text` that are page chrome or metadata, not news: kept so nothing is silently lost. */
  excluded: z.array(excludedSpanSchema),
  /** Sentence boundaries in `text`, in order; mentions point into these. */
  sentences: z.array(spanSchema),
  /** Set when this file repeats another article of the corpus; its mentions are then not placed. */
  duplicateOf: z.optional(z.string()),
  /** Problems met while reading this article (malformed metadata, contradicted page stamp, …). */
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * What a temporal expression is. Only `date` mentions can be placed as events; the others are kept as
 * evidence ("two years" is a duration, "every week" a set, "now"/"recently" refer to the present or past
 * in general and never become a day).
 */
export const mentionKindSchema = z.enum(['date', 'duration', 'set', 'present-ref', 'past-ref', 'future-ref']);
export type MentionKind = z.infer<typeof mentionKindSchema>;

/** TimeML normalisation of a mention, as TempEval scores it. */
export const timexSchema = z.strictObject({
  /** TimeML TIMEX3 type. */
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** TimeML value: `2013-03-12`, `2013-W11`, `199`, `2012-SU`, `P5Y`, `PRESENT_REF`, … */
  value: z.string(),
});
export type Timex = z.infer<typeof timexSchema>;

export const mentionSchema = z.strictObject({
  /** Stable id: the article id and the offsets. */
  id: z.string().check(z.minLength(1)),
  /** The article the mention is in. */
  articleId: z.string().check(z.minLength(1)),
  /** Offset of the first character in the article's `text`. */
  start: z.int().check(z.nonnegative()),
  /** Offset after the last character: `text === article.text.slice(start, end)`. */
  end: z.int().check(z.nonnegative()),
  /** The expression as written. */
  text: z.string().check(z.minLength(1)),
  /** What kind of temporal expression this is. */
  kind: mentionKindSchema,
  /** The date claimed, at the precision written; null for kinds other than `date`. */
  value: z.nullable(dateValueSchema),
  /** The TimeML normalisation (type and value). */
  timex: timexSchema,
  /** True when the value depends on the article's publication date ("on Tuesday", "this month"). */
  relative: z.boolean(),
  /** The sentence the mention is in (offsets into the article's text). */
  sentence: spanSchema,
  /** The event this mention is evidence for; null when not placed (then `note` says why). */
  eventId: z.nullable(z.string()),
  /** Why the mention is not placed, or what is special about it (e.g. its date disagrees with the event's). */
  note: z.optional(z.string()),
  /** For a date resolved against another date of the same article ("the same day", "two days later"): that mention's id. */
  anchor: z.optional(z.string()),
  /**
   * The text of `sentence`, so evidence can be quoted without fetching the article's text shard. Set on every
   * placed mention of an article whose text is in a shard; absent otherwise (the inline text holds it).
   */
  quote: z.optional(z.string()),
});
export type Mention = z.infer<typeof mentionSchema>;

/** `conflict`: sources disagree about the date; `approximate`: the date is vaguer than a day or only part of a period; `inferred-date`: it rests on a publication date that was inferred. */
export const eventFlagSchema = z.enum(['conflict', 'approximate', 'inferred-date']);
export type EventFlag = z.infer<typeof eventFlagSchema>;

export const eventSchema = z.strictObject({
  /** Stable id: unchanged when an unrelated article is added to the corpus. */
  id: z.string().check(z.minLength(1)),
  /** When it happened, at the precision the evidence supports. */
  date: dateValueSchema,
  /** A short title a reader understands, written from the evidence. */
  title: z.string().check(z.minLength(1)),
  /** The mentions that are evidence for this event, in article order. */
  mentionIds: z.array(z.string()).check(z.minLength(1)),
  /** The articles that back the event (distinct), in corpus order. */
  articleIds: z.array(z.string()).check(z.minLength(1)),
  /** Number of distinct source articles backing the event. */
  sourceCount: z.int().check(z.positive()),
  /** Flags that apply, in a fixed order. */
  flags: z.array(eventFlagSchema),
  /** Importance among the timeline's events: 1 is the most important; unique and deterministic. */
  rank: z.int().check(z.positive()),
  /** Importance from 0 to 1 (1 for the most important event), for drawing and filtering. */
  weight: z.number().check(z.gte(0), z.lte(1)),
  /** Why the event ranks where it does, in plain words ("4 outlets, 9 mentions, referred back to by 3 later articles"). */
  why: z.string(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

/** A file of the input folder that could not become an article, and why. */
export const skippedFileSchema = z.strictObject({
  /** Path from the project root. */
  file: z.string().check(z.minLength(1)),
  /** Plain-words problem ("empty file", "not UTF-8 text", …). */
  reason: z.string().check(z.minLength(1)),
});
export type SkippedFile = z.infer<typeof skippedFileSchema>;

export const timelineSchema = z.strictObject({
  /** Version of this contract; readers refuse other versions. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The corpus folder the timeline was built from (path from the project root). */
  corpus: z.string(),
  /** Every article read, in file-name order. */
  articles: z.array(articleSchema),
  /** Every temporal expression found, placed or not, ordered by article then offset. */
  mentions: z.array(mentionSchema),
  /** The chronology, in date order. */
  events: z.array(eventSchema),
  /** Files of the corpus that could not be read as articles. */
  skipped: z.array(skippedFileSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

/**
 * One file of article texts (`texts/0000.json` …) beside a timeline whose texts are sharded: fetched when an
 * article is opened, checked against the index (each text's length is its article's `textLength`).
 */
export const textShardSchema = z.strictObject({
  /** The contract version of the timeline this shard belongs to. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Article id → the article's full text, in the timeline's article order. */
  texts: z.record(z.string(), z.string()),
});
export type TextShard = z.infer<typeof textShardSchema>;
