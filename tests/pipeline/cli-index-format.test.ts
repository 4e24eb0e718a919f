/**
 * How the CLI writes the index: a timeline small enough to keep its texts inline stays indented for people who
 * open it; a sharded one, which only the page reads, is written compact (the indentation was a quarter of a
 * 100,000-article index).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/contract';

let dir: string;
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/pipeline/cli/timeline.ts', '-q', '--workers', '1', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** Articles of about 4.5 kB each, enough in all (over 1 MB of text) for the CLI to put the texts in shards. */
const ARTICLES = 240;
const FILLER =
  'Officials in the region said the talks covered the budget, the schedule and the people affected by the flooding. ';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-index-'));
  mkdirSync(join(dir, 'big'));
  for (let i = 0; i < ARTICLES; i++) {
    const day = 1 + (i % 28);
    const head = ` date 2026-02-${String(day).padStart(2, '0')}\nTalks number ${i} on the flood plan\n`;
    const news = `The council met on ${day} January 2026 to discuss plan ${i}. `;
    writeFileSync(join(dir, 'big', `story-${String(i).padStart(3, '0')}.txt`), head + news + FILLER.repeat(38));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the index the CLI writes', () => {
  it('is indented for the seeds, whose texts stay inline', () => {
    const out = join(dir, 'seeds', 'timeline.json');
    expect(run('--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('{\n "schemaVersion"')).toBe(true);
    expect(existsSync(join(dir, 'seeds', 'texts'))).toBe(false);
  });

  it('is compact when the texts are in shards, and still a valid timeline naming them', () => {
    const out = join(dir, 'big-out', 'timeline.json');
    const r = run('--in', join(dir, 'big'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const body = readFileSync(out, 'utf8');
    expect(body.startsWith('{"schemaVersion"')).toBe(true);
    expect(body.trimEnd()).not.toContain('\n');
    const v = validateTimeline(JSON.parse(body));
    expect(v.ok && v.timeline.articles.length).toBe(ARTICLES);
    if (!v.ok) return;
    expect(v.timeline.articles.every((a) => a.textShard !== undefined)).toBe(true);
    expect(readdirSync(join(dir, 'big-out', 'texts')).length).toBeGreaterThan(1);
  });
});
