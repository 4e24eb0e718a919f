/**
 * The input folder's optional manifest, `metadata.csv` or `metadata.jsonl`: one row per file (`file`, `title`,
 * `source`, `url`, `published`, `language`, and `author`), for text corpora whose files carry no metadata.
 * A row naming a file that is not in the folder is reported, never silently ignored.
 */
import Papa from 'papaparse';
import type { Skipped } from './types';

/** Names a manifest can have, at the top of the input folder. */
export const MANIFEST_NAMES = ['metadata.csv', 'metadata.jsonl'] as const;

export interface ManifestRow {
  /** `metadata.csv:3`: where the row is, for messages. */
  where: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  language?: string;
  author?: string;
}

export interface Manifest {
  /** By the file's path inside the corpus (forward slashes, no leading `./`). */
  rows: Map<string, ManifestRow>;
  problems: Skipped[];
}

const COLUMNS: Record<string, keyof Omit<ManifestRow, 'where'>> = {
  title: 'title',
  headline: 'title',
  source: 'source',
  outlet: 'source',
  url: 'url',
  link: 'url',
  published: 'published',
  date: 'published',
  language: 'language',
  lang: 'language',
  author: 'author',
  byline: 'author',
};

function toRow(raw: Record<string, unknown>, where: string, manifest: Manifest): void {
  const entries = Object.entries(raw).map(([k, v]) => [k.trim().toLowerCase(), v] as const);
  const file = entries.find(([k]) => k === 'file' || k === 'path' || k === 'filename')?.[1];
  if (typeof file !== 'string' || !file.trim()) {
    manifest.problems.push({ file: where, reason: 'manifest row without a file name (column "file")' });
    return;
  }
  const row: ManifestRow = { where };
  for (const [k, v] of entries) {
    const col = COLUMNS[k];
    if (col && (typeof v === 'string' || typeof v === 'number') && String(v).trim()) row[col] = String(v).trim();
  }
  const key = file.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (manifest.rows.has(key))
    manifest.problems.push({ file: where, reason: `a second manifest row for ${key}; the first is used` });
  else manifest.rows.set(key, row);
}

export function readManifest(text: string, path: string): Manifest {
  const manifest: Manifest = { rows: new Map(), problems: [] };
  const body = text.replace(/^\uFEFF/, '');
  if (/\.jsonl$/i.test(path)) {
    body.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const v: unknown = JSON.parse(line);
        if (v && typeof v === 'object' && !Array.isArray(v))
          toRow(v as Record<string, unknown>, `${path}:${i + 1}`, manifest);
        else manifest.problems.push({ file: `${path}:${i + 1}`, reason: 'manifest line is not an object' });
      } catch {
        manifest.problems.push({ file: `${path}:${i + 1}`, reason: 'manifest line is not JSON' });
      }
    });
    return manifest;
  }
  const parsed = Papa.parse<Record<string, unknown>>(body, { header: true, skipEmptyLines: 'greedy' });
  for (const e of parsed.errors)
    manifest.problems.push({ file: `${path}:${(e.row ?? 0) + 2}`, reason: `manifest row unreadable (${e.message})` });
  parsed.data.forEach((r, i) => toRow(r, `${path}:${i + 2}`, manifest));
  return manifest;
}
