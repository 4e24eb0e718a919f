/**
 * The page never ships the date extractor: chrono-node (and with it the pipeline) belongs to the build step,
 * and a stray import from src/pipeline into the page would add it to what every reader downloads. Nor does
 * it load zod before its first draw: the schema is checked by code generated at build time, and zod is
 * fetched only to name what is wrong with a refused file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/run';

/** Strings of chrono-node's English ordinal-word dictionary: data, so minification keeps them verbatim. */
const CHRONO_MARKERS = ['thirty first', 'twenty ninth'];
/** zod's own: its default message, and the property every schema keeps its internals under. */
const ZOD_MARKERS = ['Invalid input', '_zod'];
/** What a Content-Security-Policy without 'unsafe-eval' refuses. */
const EVAL_MARKERS = ['new Function(', 'eval('];
/** The pages a reader opens. */
const PAGES = ['index.html', 'embed.html'];

async function filesUnder(dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && ext.test(e.name)).map((e) => join(e.parentPath, e.name));
}

async function filesHolding(files: string[], marker: string): Promise<string[]> {
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return files.filter((_, i) => texts[i]!.includes(marker));
}

/** The scripts a page loads before its first draw: its entry and the modules it preloads. */
async function scriptsBeforeDraw(dist: string, page: string): Promise<string[]> {
  const html = await readFile(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)];
  return refs.map((m) => join(dist, m[1]!));
}

describe('the built page', () => {
  it('is told apart from chrono-node by strings chrono-node itself contains', async () => {
    const chrono = await filesUnder(join(ROOT, 'node_modules', 'chrono-node', 'dist', 'esm'), /\.js$/);
    for (const marker of CHRONO_MARKERS) expect(await filesHolding(chrono, marker)).not.toEqual([]);
  });

  it('ships none of chrono-node in its scripts', async () => {
    const scripts = await filesUnder(inject('distDir'), /\.m?js$/);
    expect(scripts.length).toBeGreaterThan(0);
    for (const marker of CHRONO_MARKERS) expect(await filesHolding(scripts, marker)).toEqual([]);
  });

  it('is told apart from zod by strings zod itself contains', async () => {
    const zod = await filesUnder(join(ROOT, 'node_modules', 'zod', 'v4', 'core'), /\.js$/);
    for (const marker of ZOD_MARKERS) expect(await filesHolding(zod, marker)).not.toEqual([]);
    // The build has zod (for the messages about a refused file), so the markers do find it there.
    const scripts = await filesUnder(inject('distDir'), /\.m?js$/);
    for (const marker of ZOD_MARKERS) expect(await filesHolding(scripts, marker)).not.toEqual([]);
  });

  it.each(PAGES)('%s loads neither zod nor eval before its first draw', async (page) => {
    const scripts = await scriptsBeforeDraw(inject('distDir'), page);
    expect(scripts.length).toBeGreaterThan(1);
    for (const marker of [...ZOD_MARKERS, ...EVAL_MARKERS]) expect(await filesHolding(scripts, marker)).toEqual([]);
  });
});
