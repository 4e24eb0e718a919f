import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/build';

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'src/pipeline/cli/timeline.ts', '-q', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const CITIES = ['ROME', 'MADRID', 'LISBON', 'BERLIN', 'PARIS'];
const NAMES = ['Meloni', 'Sánchez', 'Costa', 'Scholz', 'Macron', 'Piantedosi'];

/** About sixty articles of one story: dated by a metadata line, by a dateline, or not at all (then inferred). */
function writeCorpus(root: string): void {
  for (let i = 0; i < 48; i++) {
    const day = String(1 + (i % 27)).padStart(2, '0');
    const who = NAMES[i % NAMES.length]!;
    const other = NAMES[(i + 2) % NAMES.length]!;
    const body =
      `${who} met ${other} on Monday to discuss the flood plan for Valencia and Emilia. ` +
      `The talks began on ${day} January 2026 and will continue next week, ${who} said. ` +
      `Last year, on 3 March 2025, a first plan was signed.\n`;
    const head =
      i % 3 === 0
        ? ` date 2026-02-${day}\n`
        : i % 3 === 1
          ? `${CITIES[i % CITIES.length]}, Feb ${Number(day)} (Reuters) - `
          : '';
    const sub = i % 4 === 0 ? 'a' : i % 4 === 1 ? 'a-b' : 'c/d';
    mkdirSync(join(root, sub), { recursive: true });
    writeFileSync(join(root, sub, `story-${String(i).padStart(2, '0')}.txt`), head + body);
  }
  writeFileSync(join(root, 'a.txt'), readFileSync(join(root, 'a', 'story-00.txt'))); // a duplicate, sorted before a/
  const records = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({
      url: `https://example.org/news/${i % 10}`,
      title: `Flood plan ${i}`,
      published: `2026-02-${String(10 + i).padStart(2, '0')}`,
      text: `${NAMES[i % NAMES.length]} said on Tuesday that the plan agreed on 14 February 2026 would last until 2027.`,
    }),
  );
  writeFileSync(join(root, 'export.jsonl'), records.join('\n') + '\nnot json\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-workers-'));
  writeCorpus(join(dir, 'corpus'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the number of workers does not change the timeline', () => {
  it('writes the same bytes for the seeds with one worker and with two', () => {
    const one = join(dir, 'seeds-1.json');
    const two = join(dir, 'seeds-2.json');
    expect(run('--workers', '1', '--out', one).code).toBe(0);
    expect(run('--workers', '2', '--out', two).code).toBe(0);
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
  });

  it('writes the same bytes for sixty mixed articles (folders, a JSONL export, duplicates) with one worker and two', () => {
    const corpus = join(dir, 'corpus');
    const one = join(dir, 'corpus-1.json');
    const two = join(dir, 'corpus-2.json');
    const r1 = run('--in', corpus, '--workers', '1', '--out', one);
    const r2 = run('--in', corpus, '--workers', '2', '--out', two, '--stats');
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    expect(r2.out).toMatch(/stats: 2 worker\(s\), peak RSS [\d.]+ MB/);
    const text = readFileSync(one, 'utf8');
    expect(readFileSync(two, 'utf8')).toBe(text);
    const timeline = JSON.parse(text) as { articles: { file: string }[]; skipped: { file: string }[] };
    expect(timeline.articles.length).toBe(61);
    expect(timeline.skipped.map((s) => s.file)).toContain(`${corpus}/export.jsonl:13`);
  });

  it('writes, with workers and a lazy walk of the folder, the timeline the pure build gives for the same files', () => {
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'corpus-cli.json');
    expect(run('--in', corpus, '--workers', '2', '--out', out).code).toBe(0);
    const files = walk(corpus).map((path) => ({ path, bytes: readFileSync(path) }));
    const { timeline } = buildTimeline(files, { corpus });
    timeline.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(readFileSync(out, 'utf8')).toBe(JSON.stringify(timeline, null, 1) + '\n');
  });

  it('writes the same bytes through `npm run timeline` (the CLI from its bundle) as from the TypeScript', () => {
    const corpus = join(dir, 'corpus');
    const bundled = join(dir, 'corpus-bundled.json');
    const r = spawnSync(
      process.execPath,
      ['src/pipeline/cli/run.mjs', '-q', '--in', corpus, '--workers', '2', '--out', bundled],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    const viaTsx = join(dir, 'corpus-tsx.json');
    expect(run('--in', corpus, '--workers', '1', '--out', viaTsx).code).toBe(0);
    expect(readFileSync(bundled, 'utf8')).toBe(readFileSync(viaTsx, 'utf8'));
  });
});

function walk(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
  );
}
