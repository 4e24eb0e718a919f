/**
 * The per-article results as lines of text and back (`src/contract/extracted.ts` is the format): pure; the CLI
 * reads and writes the files. A line that is not JSON or not of the format is named with its problem.
 */
import { EXTRACTED_VERSION, extractedLineSchema, extractedManifestSchema, type ExtractedManifest } from '../contract';
import type { Manifest, ManifestRow } from './ingest/manifest';
import type { ProcessedArticle } from './per-article';

/** One article as a line (no newline at its end). */
export function articleLine(a: ProcessedArticle): string {
  return JSON.stringify({ v: EXTRACTED_VERSION, ...a });
}

/** A line back into the article, or what is wrong with it. */
export function readArticleLine(text: string): ProcessedArticle | { problem: string } {
  const r = parsed(text, extractedLineSchema);
  if ('problem' in r) return r;
  const { v: _v, ...article } = r.value as Record<string, unknown>;
  return article as unknown as ProcessedArticle;
}

/** The folder's manifests as the extracted manifest holds them (rows as pairs, not a Map). */
export function manifestsOut(manifests: readonly Manifest[]): ExtractedManifest['manifests'] {
  return manifests.map((m) => ({ rows: [...m.rows], problems: m.problems })) as ExtractedManifest['manifests'];
}

/** `manifest.json`'s text back into what the corpus half needs, or what is wrong with it. */
export function readExtractedManifest(
  text: string,
): (ExtractedManifest & { folder: Manifest[] }) | { problem: string } {
  const r = parsed(text, extractedManifestSchema);
  if ('problem' in r) return r;
  const m = r.data;
  return {
    ...m,
    folder: m.manifests.map((f) => ({ rows: new Map(f.rows as [string, ManifestRow][]), problems: f.problems })),
  };
}

/** JSON text checked against a schema: the raw value and the parsed data, or what is wrong with it. */
function parsed<T>(
  text: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } },
): { value: unknown; data: T } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `not JSON (${(e as Error).message})` };
  }
  const r = schema.safeParse(value);
  return r.success ? { value, data: r.data } : { problem: describe(r.error.issues) };
}

type Issue = { path: PropertyKey[]; message: string };

function describe(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'the line'}: ${i.message}`)
    .join('; ');
}
