/**
 * The per-article half of the build, written down: what `npm run timeline -- --extract-only --out-extracted DIR`
 * writes and `--from-extracted DIR` reads. A folder holds `manifest.json` (`ExtractedManifest`) and shard files
 * `part-00000.jsonl`, `part-00001.jsonl` …, one JSON object per line (`ExtractedLine`), in input order. Building
 * from them gives the same timeline, byte for byte, as building from the folder directly.
 *
 * The nested parts the pipeline reads (the ingested article, the head, the clues, the mentions found) are
 * checked here for the fields the corpus half relies on; their other fields are the pipeline's own types,
 * kept as they are (loose objects).
 */
import * as z from 'zod/mini';

/** The version of the format; a reader refuses lines and manifests of another. */
export const EXTRACTED_VERSION = 1;

const offsetSchema = z.int().check(z.nonnegative());
const spanSchema = z.looseObject({ start: offsetSchema, end: offsetSchema });

export const extractedLineSchema = z.object({
  /** `EXTRACTED_VERSION`. */
  v: z.literal(EXTRACTED_VERSION),
  /**
   * The ingested article (the pipeline's `IngestedArticle`): file (`file:line` for a record), idSource, format,
   * the text every offset indexes, headline, outlet, url, byline, language (declared, checked), published hint,
   * modified, excluded spans, and the reader's and the manifest's warnings.
   */
  source: z.looseObject({
    /** The file's path (from the project root), or `file:line` / `file#index` for a record. */
    file: z.string(),
    /** What the article id is derived from. */
    idSource: z.string(),
    /** The article text. */
    text: z.string(),
    /** The URL, when known: two articles with the same one are one story. */
    url: z.nullable(z.string()),
    /** Stretches of the text the ingest knows are not news. */
    excluded: z.array(spanSchema),
    /** The reader's and the manifest's warnings, in order. */
    warnings: z.array(z.string()),
  }),
  /** The declared-language check's warning, when the text reads as another language. */
  languageWarning: z.optional(z.string()),
  /** Clean's per-article part (`CleanedText`): language, head (dateline, page stamp), chrome, not-news spans, sentences. */
  cleaned: z.looseObject({
    /** Declared, else detected (`und` when unsure). */
    language: z.string(),
    /** Clean's warnings that need no corpus. */
    warnings: z.array(z.string()),
    /** Dateline and page stamp, each null when absent. */
    head: z.looseObject({ dateline: z.nullable(z.looseObject({})), stamp: z.nullable(z.looseObject({})) }),
    /** Page chrome found in the text. */
    chrome: z.array(spanSchema),
    /** Everything that is not news, sorted. */
    notNews: z.array(spanSchema),
    /** Sentences, cut at the edges of what is not news. */
    sentences: z.array(spanSchema),
  }),
  /** What the article says of its own date (`OwnDateRead`). */
  date: z.looseObject({
    /** Every date clue, read once (`DateClues`). */
    clues: z.looseObject({}),
    /** The date the article gives itself, if any, with its evidence and warnings (`OwnDate`). */
    own: z.looseObject({ published: z.nullable(z.looseObject({ date: z.string() })), warnings: z.array(z.string()) }),
    /** Everything that is not news, with the reason a reader is shown. */
    excluded: z.array(spanSchema),
    /** The story's names (folded capitalised words). */
    names: z.array(z.string()),
  }),
  /** `fingerprint(source.text)`: duplicates are found by it. */
  fingerprint: z.string(),
  /** The dates, when the article gives its own date: extracted against `reference`. */
  extracted: z.optional(
    z.object({
      /** The reference date (YYYY-MM-DD) the dates were read against. */
      reference: z.string(),
      /** The extractor's well-formed results (`FoundMention`), sorted, each span once. */
      found: z.array(spanSchema),
      /** The extraction's warnings (dropped results, an extractor failure). */
      warnings: z.array(z.string()),
    }),
  ),
});

/** One line of a shard: one article, as far as it alone tells. */
export type ExtractedLine = z.infer<typeof extractedLineSchema>;

const skippedSchema = z.object({
  /** The file (or `file:line`). */
  file: z.string(),
  /** Why it could not be used. */
  reason: z.string(),
});

export const extractedManifestSchema = z.object({
  /** `EXTRACTED_VERSION`. */
  v: z.literal(EXTRACTED_VERSION),
  /** The timeline's `corpus`: the input folder as the build names it. */
  corpus: z.string(),
  /** The input folder as given on the command line. */
  input: z.string(),
  /** The shard files, in order, by name inside the folder. */
  shards: z.array(z.string()),
  /** Number of articles (lines) over all shards. */
  articles: z.int().check(z.nonnegative()),
  /** Files and records the per-article half could not use, in input order. */
  skipped: z.array(skippedSchema),
  /** Files not read at all (too large, unreadable). */
  unreadable: z.array(skippedSchema),
  /** The folder's manifests (`metadata.csv`): their rows by path, and their problems. */
  manifests: z.array(
    z.object({
      /** [path inside the corpus, row] pairs, in the manifest's order. */
      rows: z.array(z.tuple([z.string(), z.looseObject({ where: z.string() })])),
      /** Rows the manifest could not use. */
      problems: z.array(skippedSchema),
    }),
  ),
});

/** `manifest.json` of an extracted folder. */
export type ExtractedManifest = z.infer<typeof extractedManifestSchema>;
