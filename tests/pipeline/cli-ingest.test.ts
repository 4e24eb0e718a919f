import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTimeline, type Timeline } from '../../src/contract';

const MIXED = 'tests/fixtures/ingest/mixed';
let dir: string;

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/pipeline/cli/timeline.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run timeline on a folder of mixed formats', () => {
  let timeline: Timeline;
  let err = '';
  beforeAll(() => {
    const out = join(dir, 'mixed.json');
    const r = run('--in', MIXED, '--out', out, '--quiet');
    expect(r.code).toBe(0);
    err = r.err;
    timeline = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
  });

  it('writes a valid timeline with every article’s headline, outlet, URL and publication date with its basis', () => {
    expect(validateTimeline(timeline).ok).toBe(true);
    const by = new Map(timeline.articles.map((a) => [a.file.replace(`${MIXED}/`, ''), a]));
    expect(by.get('page.html')).toMatchObject({
      format: 'html',
      headline: 'Council closes Mill river bridge',
      outlet: 'The Riverton Courier',
      url: 'https://www.courier.example/news/2024/11/05/bridge-closed',
      published: { date: '2024-11-05', basis: 'json-ld' },
    });
    expect(by.get('news-please.jsonl:1')).toMatchObject({
      format: 'record',
      headline: 'Harbour reopens',
      outlet: 'news.example.org',
      published: { date: '2024-10-01', basis: 'record' },
    });
    expect(by.get('export.csv:2')).toMatchObject({
      headline: 'School opens, at last',
      outlet: 'Dunmore Gazette',
      url: 'https://gazette.example/school',
      published: { date: '2024-09-02', basis: 'record' },
    });
    expect(by.get('notes.txt')).toMatchObject({ outlet: 'Westfield Post', published: { basis: 'front-matter' } });
    expect(by.get('plain.txt')).toMatchObject({
      outlet: 'Island Times',
      published: { date: '2024-07-12', basis: 'manifest' },
    });
  });

  it('puts no date from page chrome (scripts, navigation, related links, captions, footer) on the timeline', () => {
    const texts = timeline.mentions.map((m) => m.text);
    for (const chrome of ['1970', '2019', '2021', '1998', '2023']) expect(texts.join(' | ')).not.toContain(chrome);
  });

  it('names each line, row or file it could not use', () => {
    expect(err).toMatch(/news-please\.jsonl:2: not JSON/);
    expect(err).toMatch(/news-please\.jsonl:3: the record has no article text/);
    expect(err).toMatch(/metadata\.csv:3: the manifest names missing\.txt/);
  });
});

describe('a gzip-compressed JSONL export', () => {
  it('is streamed through gunzip; one that is not gzip is skipped with its reason', () => {
    const input = mkdtempSync(join(dir, 'gz-'));
    const line = readFileSync(join(MIXED, 'news-please.jsonl'), 'utf8').split('\n')[0]!;
    writeFileSync(join(input, 'good.jsonl.gz'), gzipSync(line + '\n'));
    writeFileSync(join(input, 'bad.jsonl.gz'), 'not gzip at all\n');
    const out = join(dir, 'gz.json');
    const r = run('--in', input, '--out', out);
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
    expect(t.articles.map((a) => a.headline)).toEqual(['Harbour reopens']);
    expect(r.err).toMatch(/bad\.jsonl\.gz: .*not gzip/);
  });
});

describe('--map', () => {
  it('reads records by the fields it names', () => {
    const input = mkdtempSync(join(dir, 'map-'));
    const text =
      'The new school in Dunmore opened its doors on 2 September 2024, a year later than planned, the head teacher said.';
    writeFileSync(join(input, 'e.jsonl'), JSON.stringify({ story: text, when: '2024-09-02', paper: 'Gazette' }) + '\n');
    const out = join(dir, 'map.json');
    const r = run('--in', input, '--out', out, '--map', 'text=story,published=when,outlet=paper');
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
    expect(t.articles[0]).toMatchObject({ outlet: 'Gazette', published: { date: '2024-09-02', basis: 'record' } });
  });

  it('refuses a --map it cannot read, saying why', () => {
    const r = run('--in', MIXED, '--out', join(dir, 'x.json'), '--map', 'words=body');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown field "words"/);
  });
});
