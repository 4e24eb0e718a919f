/**
 * `npm run bench:ingest [-- --pages DIR]`: how well and how fast saved web pages are read, on
 * ../shared/html-pages (real pages with Readability's expected metadata and main content), and a 10,000-record
 * JSONL streamed line by line with memory staying flat.
 *
 * Prints publication-day, headline and outlet agreement with the expected metadata (where it has one),
 * main-text 4-gram shingle F1 against the expected content, dates the extractor finds outside the expected
 * content, milliseconds per page split into decode / DOM / main text / metadata, pages per second and peak memory.
 */
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { extractMentions } from '../src/pipeline/extract';
import { paragraphsOf, readHtmlFile } from '../src/pipeline/ingest/html';
import { readJsonLine } from '../src/pipeline/ingest/records';

const SHINGLE = 4;
const RECORDS = 10_000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(s: string): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

function f1(got: Set<string>, want: Set<string>): number {
  if (got.size === 0 && want.size === 0) return 1;
  let common = 0;
  for (const s of got) if (want.has(s)) common++;
  if (common === 0) return 0;
  const p = common / got.size;
  const r = common / want.size;
  return (2 * p * r) / (p + r);
}

function norm(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[‘’“”"']/g, "'")
    .trim();
}

interface Expected {
  title?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} % (${n}/${d})` : 'n/a';
}

function pages(dir: string): void {
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html')));
  const t = {
    decode: [] as number[],
    dom: [] as number[],
    main: [] as number[],
    meta: [] as number[],
    all: [] as number[],
  };
  let day = 0,
    dayN = 0,
    head = 0,
    headN = 0,
    outlet = 0,
    outletN = 0,
    skipped = 0,
    outside = 0;
  const scores: number[] = [];
  const misses: string[] = [];
  let peak = 0;
  const started = performance.now();
  for (const name of names) {
    const bytes = readFileSync(join(dir, name, 'source.html'));
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Expected;
    const expectedHtml = existsSync(join(dir, name, 'expected.html'))
      ? readFileSync(join(dir, name, 'expected.html'), 'utf8')
      : '';
    const t0 = performance.now();
    const read = readHtmlFile({ path: `${name}/source.html`, bytes }, `${name}/source.html`);
    t.all.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
    const wantText = expectedHtml ? paragraphsOf(parseHTML(expectedHtml).document as unknown as Node) : '';
    if (!read.ok) {
      skipped++;
      if (wantText) scores.push(0);
      misses.push(`${name}: skipped (${read.reason})`);
      continue;
    }
    const a = read.article;
    for (const k of ['decode', 'dom', 'main', 'meta'] as const) t[k].push(read.timings[k]);
    if (wantText) scores.push(f1(shingles(a.text), shingles(wantText)));
    if (expected.publishedTime) {
      dayN++;
      if (a.published?.date === expected.publishedTime.slice(0, 10)) day++;
      else
        misses.push(
          `${name}: day ${a.published?.date ?? 'none'} (${a.published?.basis}) want ${expected.publishedTime}`,
        );
    }
    if (expected.title) {
      headN++;
      if (norm(a.headline) === norm(expected.title)) head++;
      else misses.push(`${name}: headline "${a.headline}" want "${expected.title}"`);
    }
    if (expected.siteName) {
      outletN++;
      if (norm(a.outlet) === norm(expected.siteName)) outlet++;
      else misses.push(`${name}: outlet "${a.outlet}" want "${expected.siteName}"`);
    }
    // Dates the extractor finds in text that is not in the expected content: chrome that reached the timeline.
    if (wantText) {
      const want = norm(wantText).replace(/\s+/g, ' ');
      for (const m of extractMentions(a.text, {
        language: a.language ?? 'en',
        reference: a.published?.date ?? '2020-01-01',
      })) {
        if (m.kind !== 'date') continue;
        const around = norm(a.text.slice(Math.max(0, m.start - 20), m.end + 20)).replace(/\s+/g, ' ');
        if (!want.includes(around)) outside++;
      }
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
  console.log(`pages: ${names.length} (${skipped} skipped as not an article)`);
  console.log(`publication day agrees: ${pct(day, dayN)}`);
  console.log(`headline agrees: ${pct(head, headN)}`);
  console.log(`outlet agrees: ${pct(outlet, outletN)}`);
  const mean = scores.reduce((s, x) => s + x, 0) / (scores.length || 1);
  console.log(
    `main text 4-gram F1: mean ${mean.toFixed(3)}, median ${median(scores).toFixed(3)} (${scores.length} pages)`,
  );
  console.log(`dates found outside the expected content: ${outside}`);
  const ms = (xs: number[]) => `${median(xs).toFixed(1)}`;
  console.log(
    `ms per page (median): total ${ms(t.all)} = decode ${ms(t.decode)} + DOM ${ms(t.dom)} + main text ${ms(t.main)} + metadata ${ms(t.meta)}; p90 total ${[...t.all].sort((a, b) => a - b)[Math.floor(t.all.length * 0.9)]?.toFixed(1)}`,
  );
  console.log(
    `pages per second: ${(names.length / elapsed).toFixed(1)}; peak memory ${(peak / 1048576).toFixed(0)} MB`,
  );
}

async function jsonl(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const file = join(dir, 'export.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    lines.push(
      JSON.stringify({
        url: `https://news.example.com/2024/03/${String((i % 28) + 1).padStart(2, '0')}/story-${i}`,
        title: `Story ${i}`,
        maintext: `Council meeting number ${i}. The council met on 12 March 2024 and will meet again in April. `.repeat(
          8,
        ),
        date_publish: '2024-03-12 10:00:00',
        source_domain: 'news.example.com',
        language: 'en',
      }),
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
  const samples: number[] = [];
  let n = 0;
  const t0 = performance.now();
  let lineNo = 0;
  // The same line-by-line reading as the CLI: the file is never held whole.
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNo++;
    const o = readJsonLine(
      line,
      { path: 'export.jsonl', idPath: 'export.jsonl', where: `export.jsonl:${lineNo}`, ordinal: lineNo },
      {},
    );
    if (o?.kind === 'article') n++;
    if (n % 1000 === 0) samples.push(process.memoryUsage().heapUsed);
  }
  const s = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const mb = (x: number) => (x / 1048576).toFixed(0);
  console.log(
    `JSONL: ${n} records streamed in ${s.toFixed(2)} s (${(n / s).toFixed(0)}/s); heap every 1000 records ${samples.map(mb).join(', ')} MB`,
  );
}

pages(arg('--pages', '../shared/html-pages'));
await jsonl();
