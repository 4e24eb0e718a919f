/**
 * The ingest stage, first of the build: files (path + bytes) in, one article per file or record with its text
 * and the metadata found outside that text, or the reason a file or record could not be used. Files are taken
 * in path order (the output does not depend on the order they were given in); a path given twice is used once.
 * Each file is read by its format, told by its content as well as its name: web pages (`html.ts`), exports of
 * records (`records.ts`), plain text (`text.ts`); the folder's manifest (`manifest.ts`) adds metadata to the
 * files it names. Two articles with the same URL are one story: the later one is marked as a duplicate.
 */
import { pathInCorpus } from '../ids';
import { checkDeclaredLanguage } from '../language';
import { MAX_ARTICLE_BYTES } from '../read';
import { gunzip, isGzip, looksLikeHtml } from './decode';
import { readHtmlFile } from './html';
import { MANIFEST_NAMES, readManifest, type Manifest } from './manifest';
import { readCsv, readJson, readJsonl, type FieldMap, type RecordsRead } from './records';
import { readTextFile } from './text';
import type { IngestedArticle, IngestResult, InputFile } from './types';
import { hostOutlet, normaliseUrl, plainName, primaryLanguage, readDateValue } from './values';

export type { IngestedArticle, IngestResult, InputFile, PublishedHint, Skipped } from './types';
export type { FieldMap } from './records';

export interface IngestOptions {
  /** The corpus folder: stripped from paths to give each article's path inside the corpus. */
  corpus?: string;
  /** Text files and extracted article texts larger than this are skipped (default `MAX_ARTICLE_BYTES`). */
  maxBytes?: number;
  /** Which record fields hold what, over the automatic names (`--map text=body,published=pubdate`). */
  fieldMap?: FieldMap;
  /** Called now and then during long builds. */
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** How often progress is reported, in files: often enough for a live count, rarely enough to cost nothing. */
const PROGRESS_EVERY = 500;

export type FileFormat = 'html' | 'jsonl' | 'json' | 'csv' | 'text';

/** A file's format from its name (`.gz` looked through) and, for anything not named as records, its content. */
export function formatOf(path: string, bytes: Uint8Array): FileFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml|shtml)$/.test(name)) return 'html';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.json$/.test(name)) return 'json';
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function readRecordsFile(
  file: InputFile,
  format: 'jsonl' | 'json' | 'csv',
  idPath: string,
  map: FieldMap,
): RecordsRead {
  let bytes = file.bytes;
  if (/\.gz$/i.test(file.path) || isGzip(bytes)) {
    const g = gunzip(bytes);
    if (!g.ok) return { outcomes: [], fileProblem: g.reason };
    bytes = g.bytes;
  }
  const text = utf8(bytes);
  if (format === 'jsonl') return readJsonl(text, file.path, idPath, map);
  if (format === 'json') return readJson(text, file.path, idPath, map);
  return readCsv(text, file.path, idPath, map);
}

export function ingest(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  const progress = options.onProgress ?? (() => {});
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const map = options.fieldMap ?? {};
  const result: IngestResult = { articles: [], skipped: [] };
  const seen = new Set<string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifests: Manifest[] = [];
  sorted.forEach((file, index) => {
    if (index % PROGRESS_EVERY === 0) progress('reading', index, sorted.length);
    if (seen.has(file.path)) {
      result.skipped.push({ file: file.path, reason: 'the same file was given twice' });
      return;
    }
    seen.add(file.path);
    const idPath = pathInCorpus(file.path, options.corpus ?? '');
    if (file.preread) {
      result.articles.push(...file.preread.articles);
      result.skipped.push(...file.preread.skipped);
      return;
    }
    if ((MANIFEST_NAMES as readonly string[]).includes(idPath.toLowerCase())) {
      manifests.push(readManifest(utf8(file.bytes), file.path));
      return;
    }
    try {
      readOne(file, idPath, maxBytes, map, result);
    } catch (e) {
      // A reader meeting input it cannot handle must not end the build: the file is named with the reason.
      result.skipped.push({ file: file.path, reason: `could not be read (${(e as Error).message.slice(0, 160)})` });
    }
  });
  for (const m of manifests) applyManifest(m, result, options.corpus ?? '');
  markSameUrl(result.articles);
  for (const a of result.articles) {
    const chosen = checkDeclaredLanguage(a.text, a.language);
    a.language = chosen.language;
    if (chosen.warning) a.warnings.push(chosen.warning);
  }
  return result;
}

/** One file by its format, into the result's articles and skipped entries. */
export function readOne(file: InputFile, idPath: string, maxBytes: number, map: FieldMap, result: IngestResult): void {
  const format = formatOf(file.path, file.bytes);
  if (format === 'html') {
    const read = readHtmlFile(file, idPath, maxBytes);
    if (read.ok) result.articles.push(read.article);
    else result.skipped.push({ file: file.path, reason: read.reason });
  } else if (format === 'text') {
    const read = readTextFile(file, idPath, maxBytes);
    if (read.ok) result.articles.push(read.article);
    else result.skipped.push({ file: file.path, reason: read.reason });
  } else {
    const read = readRecordsFile(file, format, idPath, map);
    if (read.fileProblem) result.skipped.push({ file: file.path, reason: read.fileProblem });
    for (const o of read.outcomes) {
      if (o.kind === 'article') result.articles.push(o.article);
      else result.skipped.push(o.skipped);
    }
  }
}

/** The manifest's rows into the articles they name; a row naming no article is reported. */
function applyManifest(manifest: Manifest, result: IngestResult, corpus: string): void {
  const byPath = new Map(result.articles.map((a) => [pathInCorpus(a.file, corpus), a] as const));
  result.skipped.push(...manifest.problems);
  for (const [path, row] of manifest.rows) {
    const a = byPath.get(path);
    if (!a) {
      result.skipped.push({
        file: row.where,
        reason: `the manifest names ${path}, which is not an article of the folder`,
      });
      continue;
    }
    fillFromRow(a, row);
  }
}

export function fillFromRow(a: IngestedArticle, row: Manifest['rows'] extends Map<string, infer R> ? R : never): void {
  a.headline ??= plainName(row.title);
  const url = normaliseUrl(row.url);
  if (row.url && !url) a.warnings.push(`${row.where}: the manifest's url is not an http(s) link; it was not kept`);
  a.url ??= url;
  a.outlet ??= plainName(row.source) ?? hostOutlet(a.url);
  a.byline ??= plainName(row.author);
  a.language ??= primaryLanguage(row.language);
  if (!row.published) return;
  const d = readDateValue(row.published);
  if (!d) {
    a.warnings.push(`${row.where}: the manifest's date "${row.published.slice(0, 40)}" is not a date; it was not used`);
    return;
  }
  const current = a.published;
  // The file's own metadata line or header is the most direct; the manifest outranks the rest.
  if (current && (current.basis === 'metadata' || current.basis === 'front-matter')) {
    if (current.date !== d.day)
      a.warnings.push(`the manifest says ${d.day} but the file says ${current.date}; the file is used`);
    return;
  }
  if (current && current.date !== d.day)
    a.warnings.push(`the manifest says ${d.day} but the ${current.basis} says ${current.date}; the manifest is used`);
  a.published = { date: d.day, basis: 'manifest', note: `Read from the folder's manifest (${row.where}).` };
}

/** The same URL in two files (or records) is one story: the later is a duplicate of the first, by name. */
function markSameUrl(articles: IngestedArticle[]): void {
  const first = new Map<string, string>();
  for (const a of articles) {
    if (!a.url) continue;
    const key = a.url.replace(/^http:/, 'https:').replace(/\/$/, '');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, a.file);
    else {
      a.sameUrlAs = earlier;
      a.warnings.push(`the same URL as ${earlier}: a duplicate of it`);
    }
  }
}
