/**
 * The page never ships the date extractor: chrono-node (and with it the pipeline) belongs to the build step,
 * and a stray import from src/pipeline into the page would add it to what every reader downloads.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/run';

/** Strings of chrono-node's English ordinal-word dictionary: data, so minification keeps them verbatim. */
const CHRONO_MARKERS = ['thirty first', 'twenty ninth'];

async function filesUnder(dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && ext.test(e.name)).map((e) => join(e.parentPath, e.name));
}

async function filesHolding(files: string[], marker: string): Promise<string[]> {
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return files.filter((_, i) => texts[i]!.includes(marker));
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
});
