/**
 * Scraper and archive exports as articles: JSON Lines (one record a line), JSON (an array, or an object holding
 * one) and CSV/TSV (one record a row, read with papaparse, a real CSV parser). Fields are found by name for the
 * exports researchers have (news-please, trafilatura, newspaper4k, Media Cloud, and common generic names), and
 * `--map text=body,published=pubdate` overrides them. A record whose text is HTML is read as a page.
 */
import Papa from 'papaparse';
import { MAX_ARTICLE_BYTES } from '../read';
import { readHtmlString } from './html';
import { bareArticle, type IngestedArticle, type PublishedHint, type Skipped } from './types';
import { hostOutlet, normaliseUrl, plainName, primaryLanguage, readDateValue } from './values';

/** The article fields a record can fill. */
export const RECORD_FIELDS = [
  'text',
  'html',
  'headline',
  'outlet',
  'url',
  'published',
  'modified',
  'byline',
  'language',
  'id',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
export type FieldMap = Partial<Record<RecordField, string>>;

/**
 * Field names by export, most specific first (compared without case, `_` and `-`): news-please (`maintext`,
 * `date_publish`, `source_domain`), trafilatura (`raw_text`, `sitename`, `hostname`), newspaper4k
 * (`publish_date`, `source_url`), Media Cloud (`media_name`, `stories_id`), then generic names.
 */
const AUTO: Record<RecordField, readonly string[]> = {
  text: ['maintext', 'text', 'raw_text', 'body', 'content', 'article', 'articletext', 'fulltext', 'story', 'plaintext'],
  html: ['html', 'rawhtml', 'contenthtml', 'bodyhtml', 'sourcehtml', 'page'],
  headline: ['title', 'headline', 'name'],
  outlet: [
    'sitename',
    'medianame',
    'outlet',
    'publisher',
    'sourcename',
    'source',
    'media',
    'sourcedomain',
    'hostname',
    'domain',
  ],
  url: ['url', 'link', 'canonicalurl', 'canonical', 'sourceurl', 'uri', 'permalink', 'source'],
  published: [
    'datepublish',
    'publishdate',
    'published',
    'datepublished',
    'publishedat',
    'publicationdate',
    'pubdate',
    'date',
    'createdat',
  ],
  modified: ['datemodify', 'datemodified', 'modified', 'updated', 'updatedat', 'lastmodified'],
  byline: ['authors', 'author', 'byline', 'creator', 'creators'],
  language: ['language', 'lang', 'inlanguage', 'locale'],
  id: ['id', 'storiesid', 'storyid', 'docid', 'guid', 'uuid', 'articleid', 'fingerprint'],
};

function squash(key: string): string {
  return key.toLowerCase().replace(/[_\-\s.]/g, '');
}

/** `--map text=body,published=pubdate` as a field map, or a message naming what is wrong with it. */
export function parseFieldMap(spec: string): FieldMap | string {
  const map: FieldMap = {};
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const m = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) return `--map: "${part}" is not field=column`;
    const field = m[1]!.toLowerCase() as RecordField;
    if (!RECORD_FIELDS.includes(field)) return `--map: unknown field "${m[1]}" (known: ${RECORD_FIELDS.join(', ')})`;
    map[field] = m[2]!;
  }
  return map;
}

type Row = Record<string, unknown>;

function lookup(row: Row, field: RecordField, map: FieldMap): unknown {
  const keys = Object.keys(row);
  const explicit = map[field];
  if (explicit !== undefined) {
    const k = keys.find((key) => key === explicit) ?? keys.find((key) => squash(key) === squash(explicit));
    return k === undefined ? undefined : row[k];
  }
  const byName = new Map(keys.map((k) => [squash(k), k]));
  for (const name of AUTO[field]) {
    const k = byName.get(squash(name));
    if (k === undefined) continue;
    const v = row[k];
    if (v === null || v === undefined || v === '') continue;
    // `source` is a name in some exports and a link in others (trafilatura): take it where it fits.
    if (name === 'source' && field === 'outlet' && typeof v === 'string' && /^https?:\/\//i.test(v)) continue;
    if (name === 'source' && field === 'url' && !(typeof v === 'string' && /^https?:\/\//i.test(v))) continue;
    return v;
  }
  return undefined;
}

function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n');
  return null;
}

function asNames(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map((x) => plainName(typeof x === 'string' ? x : (x as { name?: unknown })?.name)).filter(Boolean);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return plainName((v as { name?: unknown }).name);
  return plainName(v);
}

/** Text that is a page or a fragment of one, not plain text with an angle bracket in it. */
export function isHtmlText(s: string): boolean {
  const head = s.slice(0, 2000);
  return /^\s*</.test(head) && /<(html|body|p|div|article|h[1-6]|br|span|section)[\s>/]/i.test(head);
}

export type RecordOutcome = { kind: 'article'; article: IngestedArticle } | { kind: 'skipped'; skipped: Skipped };

export interface RecordPlace {
  /** The export file's path. */
  path: string;
  /** The path inside the corpus (for ids). */
  idPath: string;
  /** `file:line` (JSONL, CSV) or `file#index` (JSON). */
  where: string;
  /** The line, row or index, for an id when the record has neither id nor URL. */
  ordinal: number;
}

function idPart(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || !v.trim()) return null;
  return v.trim();
}

/** A stable id part from a URL: host and path, so the same story keeps its id whatever line it is on. */
function urlIdPart(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname}`.replace(/\/+$/, '');
}

/** One record (an object) as an article, or the reason it cannot be one. */
export function recordToArticle(row: unknown, place: RecordPlace, map: FieldMap): RecordOutcome {
  const skip = (reason: string): RecordOutcome => ({ kind: 'skipped', skipped: { file: place.where, reason } });
  if (!row || typeof row !== 'object' || Array.isArray(row)) return skip('the record is not an object with fields');
  const r = row as Row;
  const warnings: string[] = [];
  const rawUrl = lookup(r, 'url', map);
  const url = normaliseUrl(rawUrl);
  if (rawUrl !== undefined && rawUrl !== null && rawUrl !== '' && !url)
    warnings.push(`the record's URL is not an http(s) link; it was not kept`);
  const ownId = idPart(lookup(r, 'id', map));
  const idSource = `${place.idPath.replace(/\.[^./]+$/, '')}/${ownId ?? (url ? urlIdPart(url) : String(place.ordinal))}`;
  let text = asText(lookup(r, 'text', map));
  let html = asText(lookup(r, 'html', map));
  if (text && isHtmlText(text)) [html, text] = [text, null];
  let base: IngestedArticle | null = null;
  if ((!text || !text.trim()) && html && html.trim()) {
    const page = readHtmlString(html, { file: place.where, idSource, ...(url ? { url } : {}) }, []);
    if (!page.ok) return skip(`the record's HTML: ${page.reason}`);
    base = page.article;
  }
  if (!base && (!text || !text.trim())) {
    const fields = Object.keys(r).slice(0, 12).join(', ');
    return skip(
      `the record has no article text (fields: ${fields || 'none'}); name the text field with --map text=FIELD`,
    );
  }
  if (!base && text!.length > MAX_ARTICLE_BYTES)
    return skip(`the record's text is too large (${text!.length} characters; the limit is ${MAX_ARTICLE_BYTES})`);
  const rawPublished = lookup(r, 'published', map);
  const published = readDateValue(rawPublished);
  if (rawPublished !== undefined && rawPublished !== null && rawPublished !== '' && !published)
    warnings.push(
      `the record's publication date "${String(rawPublished).slice(0, 40)}" is not a date; it was not used`,
    );
  const modified = readDateValue(lookup(r, 'modified', map));
  const hint: PublishedHint | null = published
    ? { date: published.day, basis: 'record', note: "Read from the record's publication date field." }
    : null;
  const outletValue = lookup(r, 'outlet', map);
  const outlet =
    (typeof outletValue === 'string' && /^https?:\/\//i.test(outletValue)
      ? hostOutlet(normaliseUrl(outletValue))
      : plainName(outletValue)) ?? null;
  const article: IngestedArticle = base ?? bareArticle(place.where, idSource, 'record', text!.replace(/\r\n?/g, '\n'));
  if (base && base.published && hint && base.published.date !== hint.date)
    warnings.push(`the record says ${hint.date} but the page says ${base.published.date}; the record is used`);
  return {
    kind: 'article',
    article: {
      ...article,
      format: 'record',
      headline: plainName(lookup(r, 'headline', map)) ?? article.headline,
      outlet: outlet ?? article.outlet ?? hostOutlet(url ?? article.url),
      url: url ?? article.url,
      byline: asNames(lookup(r, 'byline', map)) ?? article.byline,
      language: primaryLanguage(lookup(r, 'language', map)) ?? article.language,
      published: hint ?? article.published,
      modified: modified?.dateTime ?? article.modified,
      warnings: [...article.warnings, ...warnings],
    },
  };
}

/** One JSONL line: its record, or the reason it cannot be read (named `file:line`). Blank lines are nothing. */
export function readJsonLine(line: string, place: RecordPlace, map: FieldMap): RecordOutcome | null {
  const s = line.replace(/^\uFEFF/, '').trim();
  if (!s) return null;
  let row: unknown;
  try {
    row = JSON.parse(s);
  } catch (e) {
    return {
      kind: 'skipped',
      skipped: { file: place.where, reason: `not JSON (${(e as Error).message.replace(/\s+/g, ' ').slice(0, 120)})` },
    };
  }
  return recordToArticle(row, place, map);
}

export interface RecordsRead {
  outcomes: RecordOutcome[];
  /** A problem with the file as a whole (it does not parse, holds no records). */
  fileProblem?: string;
}

/** A whole JSONL file already in memory (the CLI streams large ones line by line through `readJsonLine`). */
export function readJsonl(text: string, path: string, idPath: string, map: FieldMap): RecordsRead {
  const outcomes: RecordOutcome[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const o = readJsonLine(line, { path, idPath, where: `${path}:${i + 1}`, ordinal: i + 1 }, map);
    if (o) outcomes.push(o);
  });
  return outcomes.length ? { outcomes } : { outcomes, fileProblem: 'no records in the file' };
}

/** A JSON file: an array of records, an object holding one (`{"articles": […]}`), or a single record. */
export function readJson(text: string, path: string, idPath: string, map: FieldMap): RecordsRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { outcomes: [], fileProblem: `not JSON (${(e as Error).message.slice(0, 120)})` };
  }
  let rows: unknown[];
  if (Array.isArray(data)) rows = data;
  else if (data && typeof data === 'object') {
    const arrays = Object.values(data as Row).filter(
      (v): v is unknown[] => Array.isArray(v) && v.some((x) => x && typeof x === 'object'),
    );
    rows = arrays.length === 1 ? arrays[0]! : [data];
  } else return { outcomes: [], fileProblem: 'the JSON holds no records (neither an array nor an object)' };
  const outcomes = rows.map((row, i) => recordToArticle(row, { path, idPath, where: `${path}#${i}`, ordinal: i }, map));
  return outcomes.length ? { outcomes } : { outcomes, fileProblem: 'the JSON array is empty' };
}

/** A CSV or TSV file, one record a row after a header row. A row the parser cannot read is named by its line. */
export function readCsv(text: string, path: string, idPath: string, map: FieldMap): RecordsRead {
  const tsv = /\.tsv$/i.test(path);
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    ...(tsv ? { delimiter: '\t' } : {}),
  });
  const outcomes: RecordOutcome[] = [];
  const badRows = new Map<number, string>();
  for (const err of parsed.errors) {
    if (err.row !== undefined && err.row !== null) badRows.set(err.row, err.message);
  }
  const fatal = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (fatal && parsed.data.length <= 1) {
    return { outcomes, fileProblem: `the CSV has an unbalanced quote (${fatal.message}, row ${(fatal.row ?? 0) + 2})` };
  }
  // Line of each row: header is line 1; rows that hold newlines inside quotes make this approximate, so count them.
  let line = 2;
  parsed.data.forEach((row, i) => {
    const where = `${path}:${line}`;
    const problem = badRows.get(i);
    if (problem && /quote/i.test(problem))
      outcomes.push({ kind: 'skipped', skipped: { file: where, reason: `unreadable CSV row (${problem})` } });
    else {
      const o = recordToArticle(row, { path, idPath, where, ordinal: line }, map);
      if (problem && o.kind === 'article') o.article.warnings.push(`CSV row: ${problem}`);
      outcomes.push(o);
    }
    line +=
      1 + Object.values(row).reduce<number>((n, v) => n + (typeof v === 'string' ? v.split('\n').length - 1 : 0), 0);
  });
  return outcomes.length ? { outcomes } : { outcomes, fileProblem: 'no rows after the header' };
}
