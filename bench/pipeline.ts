/**
 * `npm run bench` — throughput, memory and output size of the timeline CLI on synthetic corpora, against bare
 * chrono-node over the same texts.
 *
 * Corpora are generated deterministically (a seeded PRNG, bench/prng.ts) from the seed articles: their
 * sentences are shuffled into new articles, month names, days and years are varied, names are varied so
 * articles are about different things, and half the articles get a metadata line. Each corpus is written once
 * to .tmp/bench-corpus/<format>-<size>-<seed>/ (reused by later runs), then for each size and worker count the
 * CLI runs as a child process (`node src/pipeline/cli/run.mjs --in DIR --out .tmp/bench-out/… --quiet
 * --workers N`, as `npm run timeline` runs it; its bundle is built by a first, untimed `--help` run) under
 * /usr/bin/time, which gives its wall time, CPU time (user + system of every thread, so worker threads count)
 * and peak RSS. Prints articles/s wall and CPU, the ratio of
 * the CLI's CPU throughput to bare `chrono.<locale>.casual.parse` (measured in this process on the first 2,000
 * articles; aim >= 0.5), the wall-time ratio of 2 workers to 1 (aim <= 0.6), peak RSS per article, the index
 * and text-shard (texts/* beside the index) sizes and the event count; writes them to bench/out/pipeline.json
 * (figures of other sizes already there are kept). The machine's cores are shared: figures are noisy.
 *
 * Options:
 *   --sizes 1000,10000      corpus sizes (default 1000,10000)
 *   --workers 1,2           worker counts passed as --workers N (default 1,2; one run without the option when
 *                           the CLI's usage does not name --workers)
 *   --format text|jsonl     one .txt file per article, 1,000 per subfolder (default, a folder of saved
 *                           articles), or one JSONL export streamed by the CLI
 *   --timeout-min 30        a CLI run is killed past this
 *   --in-process            the former mode: the pure buildTimeline in this process, beside bare chrono and
 *                           the extractor alone, plus one dense article near the size limit (--no-worst-case
 *                           skips it)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { buildTimeline, type InputFile } from '../src/pipeline/build';
import { extractMentions } from '../src/pipeline/extract';
import { MONTHS as MONTHS_EN } from '../src/contract';
import { MONTH_NAMES as MONTHS_NL } from '../src/pipeline/extract/nl-words';
import { prng } from './prng';
import { cliKnowsWorkers, corpusFolder, GNU_TIME, runCli, type Format } from './cli-run';

const PLACES = [
  'Milan',
  'Rome',
  'Turin',
  'Naples',
  'Lyon',
  'Porto',
  'Ghent',
  'Graz',
  'Bergen',
  'Malmo',
  'Leeds',
  'Cork',
  'Utrecht',
  'Bilbao',
  'Krakow',
  'Brno',
];
const PEOPLE = [
  'Sala',
  'Fontana',
  'Piantedosi',
  'Tajani',
  'Conte',
  'Meloni',
  'Renzi',
  'Lupi',
  'Zan',
  'Ayers',
  'Good',
  'Pretti',
  'Ross',
  'Vance',
  'Rubio',
  'Trump',
];

interface Pool {
  language: string;
  sentences: string[];
}

/** Sentences of the seeds' news text (page chrome, metadata, datelines and stamps left out), by language. */
function pools(): Pool[] {
  const files = readdirSync('seeds')
    .sort()
    .map((f) => ({ path: `seeds/${f}`, bytes: new Uint8Array(readFileSync(`seeds/${f}`)) }));
  const { timeline } = buildTimeline(files, { corpus: 'seeds' });
  const byLang = new Map<string, string[]>();
  for (const a of timeline.articles) {
    const lang = a.language === 'nl' ? 'nl' : 'en';
    const list = byLang.get(lang) ?? [];
    for (const s of a.sentences) {
      if (a.excluded.some((e) => e.start < s.end && s.start < e.end)) continue;
      const t = a.text.slice(s.start, s.end);
      if (t.split(/\s+/).length >= 5) list.push(t);
    }
    byLang.set(lang, list);
  }
  return [...byLang].sort().map(([language, sentences]) => ({ language, sentences }));
}

/** One synthetic article: seed sentences with varied dates and names. */
function article(rand: () => number, pool: Pool, index: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const year = 2018 + Math.floor(rand() * 9);
  const months = pool.language === 'nl' ? MONTHS_NL : MONTHS_EN;
  const n = 6 + Math.floor(rand() * 14);
  const parts: string[] = [];
  if (rand() < 0.5) {
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    parts.push(` date ${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} `);
  }
  // A story-specific name keeps unrelated synthetic stories from looking alike.
  const story = `${pick(PEOPLE)}${index % 97}`;
  for (let i = 0; i < n; i++) {
    let s = pick(pool.sentences);
    s = s.replace(
      /\b(January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|juni|juli|augustus|oktober)\b/g,
      () => pick(months),
    );
    s = s.replace(/\b([1-9]|[12]\d|3[01])\b(?= [A-Za-z]+uar|\s+[A-Z][a-z]+)/g, () =>
      String(1 + Math.floor(rand() * 28)),
    );
    s = s.replace(/\b20\d\d\b/g, () => String(year - Math.floor(rand() * 3)));
    s = s.replace(/\b(Milan|Rome|Minneapolis|Milaan)\b/g, () => pick(PLACES));
    s = s.replace(/\b(Sala|Fontana|Piantedosi|Tajani|Conte|Pretti)\b/g, () => (rand() < 0.5 ? story : pick(PEOPLE)));
    parts.push(s);
  }
  return parts.join(rand() < 0.5 ? ' ' : '\n\n');
}

/**
 * The articles of a deterministic synthetic corpus, one at a time (a 100,000-article corpus is written to disk
 * without being held whole). The same seed gives the same articles on every machine.
 */
export function* articles(size: number, seed: number): Generator<{ text: string; language: string }> {
  const rand = prng(seed);
  const ps = pools();
  for (let i = 0; i < size; i++) {
    // About one article in five is Dutch, as one of the five seeds is.
    const pool =
      ps.length > 1 && rand() < 0.2 ? ps.find((p) => p.language === 'nl')! : ps.find((p) => p.language === 'en')!;
    yield { text: article(rand, pool, i), language: pool.language };
  }
}

/** A deterministic synthetic corpus of `size` articles (also used by tests/pipeline/synthetic.test.ts). */
export function corpus(
  size: number,
  seed: number,
): { files: InputFile[]; texts: { text: string; language: string }[] } {
  const files: InputFile[] = [];
  const texts: { text: string; language: string }[] = [];
  const enc = new TextEncoder();
  let i = 0;
  for (const t of articles(size, seed)) {
    files.push({ path: `bench/${String(i++).padStart(6, '0')}.txt`, bytes: enc.encode(t.text) });
    texts.push(t);
  }
  return { files, texts };
}

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/**
 * Time a section both ways: wall clock, and CPU time of this process (user + system). The machine is
 * shared; CPU time is what the section itself cost, wall time is what a user waited.
 */
function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c = process.cpuUsage();
  const w = performance.now();
  const value = f();
  const wall = performance.now() - w;
  const d = process.cpuUsage(c);
  return { value, wall, cpu: (d.user + d.system) / 1000 };
}

function run(size: number): void {
  const { files, texts } = corpus(size, 20260127 + size);
  const chars = texts.reduce((s, t) => s + t.text.length, 0);
  globalThis.gc?.();
  const base = process.memoryUsage();

  // Bare chrono over the same texts, with the locale of each text. Each measurement is repeated on small
  // corpora and the fastest run kept: the machine is shared, and the slowest runs measure the neighbours.
  const repeats = size <= 2000 ? 3 : 1;
  const ref = new Date(Date.UTC(2026, 0, 27, 12));
  let found = 0;
  const best = {
    chrono: { wall: Infinity, cpu: Infinity },
    extract: { wall: Infinity, cpu: Infinity },
    build: { wall: Infinity, cpu: Infinity },
  };
  const keep = (k: keyof typeof best, t: { wall: number; cpu: number }) => {
    best[k].wall = Math.min(best[k].wall, t.wall);
    best[k].cpu = Math.min(best[k].cpu, t.cpu);
  };
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  // Held in an object so the last run can be dropped before the next one (its memory freed before gc()).
  const last: { timeline: ReturnType<typeof buildTimeline>['timeline'] | null } = { timeline: null };
  let errors: string[] = [];
  let json = '';
  for (let r = 0; r < repeats; r++) {
    const c = timed(() => {
      let n = 0;
      for (const t of texts)
        n += (t.language === 'nl' ? chrono.nl.casual : chrono.en.casual).parse(t.text, {
          instant: ref,
          timezone: 0,
        }).length;
      return n;
    });
    found = c.value;
    keep('chrono', c);
    // The extractor alone over the same texts (one fixed reference date): the share of the build that is extraction.
    keep(
      'extract',
      timed(() => {
        for (const t of texts) extractMentions(t.text, { language: t.language, reference: '2026-01-27' });
      }),
    );
    last.timeline = null;
    json = '';
    globalThis.gc?.();
    const b = timed(() => {
      const built = buildTimeline(files, { corpus: 'bench', onProgress: sample });
      const tl = built.timeline;
      errors = built.report.errors;
      sample();
      json = JSON.stringify(tl);
      sample();
      return tl;
    });
    last.timeline = b.value;
    keep('build', b);
  }
  const timeline = last.timeline;
  if (!timeline) return;

  const rate = (ms: number) => (size / (ms / 1000)).toFixed(0);
  const line = (label: string, t: { wall: number; cpu: number }) =>
    `  ${label.padEnd(20)} ${rate(t.wall).padStart(6)} articles/s wall (${(t.wall / 1000).toFixed(1)} s), ${rate(t.cpu).padStart(6)} articles/s CPU (${(t.cpu / 1000).toFixed(1)} s)`;
  console.log(
    [
      `${size.toLocaleString('en')} articles (${(chars / 1e6).toFixed(1)} M characters, ${(json.length / 1e6).toFixed(1)} MB of JSON)`,
      line('build (incl. JSON):', best.build),
      line('bare chrono.parse:', best.chrono) + `, ${found} results`,
      line('extractor alone:', best.extract),
      `  ratio build/chrono:  ${(best.chrono.wall / best.build.wall).toFixed(2)} wall, ${(best.chrono.cpu / best.build.cpu).toFixed(2)} CPU  (aim >= 0.5; extractor alone/chrono: ${(best.chrono.cpu / best.extract.cpu).toFixed(2)} CPU)`,
      `  peak memory:         rss ${mb(peakRss)}, heap ${mb(peakHeap)}  (before: rss ${mb(base.rss)}, heap ${mb(base.heapUsed)}; heap growth ${((peakHeap - base.heapUsed) / size / 1024).toFixed(1)} kB/article)`,
      `  output:              ${timeline.mentions.length} mentions, ${timeline.events.length} events (${timeline.events.filter((e) => e.flags.includes('conflict')).length} with conflicts), ${timeline.skipped.length} skipped; ${errors.length ? `INVALID: ${errors[0]}` : 'validates'}`,
    ].join('\n'),
  );
}

/** One article near the size limit, dense with dates: the build must stay near-linear in its mentions. */
function worstCase(): void {
  const rand = prng(42);
  const words = [
    'the',
    'minister',
    'said',
    'on',
    'Tuesday',
    'that',
    'Milan',
    'would',
    'host',
    'Games',
    'in',
    'February',
    '6',
    '2026',
    '.',
    'Sala',
    'Support',
    'Now',
    'Read',
    'more',
  ];
  const parts: string[] = [];
  for (let i = 0; i < 300_000; i++) parts.push(words[Math.floor(rand() * words.length)]!);
  const text = parts.join(' ');
  const t = timed(() =>
    buildTimeline([{ path: 'bench/dense.txt', bytes: new TextEncoder().encode(text) }], { corpus: 'bench' }),
  );
  console.log(
    `one dense article (${(text.length / 1e6).toFixed(1)} M characters): ${t.value.timeline.mentions.length} mentions, ${t.value.timeline.events.length} events, built in ${(t.wall / 1000).toFixed(1)} s wall, ${(t.cpu / 1000).toFixed(1)} s CPU`,
  );
}

/** Bare chrono CPU throughput (articles/s) on the first `n` articles of a corpus, in this process. */
function chronoRate(size: number, seed: number, n: number): number {
  const sample = [...articles(Math.min(size, n), seed)];
  const ref = new Date(Date.UTC(2026, 0, 27, 12));
  const parse = () => {
    for (const t of sample)
      (t.language === 'nl' ? chrono.nl.casual : chrono.en.casual).parse(t.text, { instant: ref, timezone: 0 });
  };
  parse(); // warm-up: the JIT sees the parsers before they are timed
  // Best of three: the machine is shared, and the slowest runs measure the neighbours.
  let best = Infinity;
  for (let r = 0; r < 3; r++) best = Math.min(best, timed(parse).cpu);
  return sample.length / (best / 1000);
}

/** Aims of issue 11: two workers cut wall time to at most 0.6 of one; the CLI at least half bare chrono's CPU rate. */
export const AIM_WALL_2_TO_1 = 0.6;
export const AIM_CPU_TO_CHRONO = 0.5;

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function mainCli(sizes: number[]): Promise<void> {
  const format = (option('--format') ?? 'text') as Format;
  const workerList = (option('--workers') ?? '1,2').split(',').map(Number);
  const timeoutMs = Number(option('--timeout-min') ?? '30') * 60_000;
  const knowsWorkers = cliKnowsWorkers();
  console.log(
    `node ${process.version}, the timeline CLI as a child process (${format} corpus), 2 shared cores: figures are noisy`,
  );
  if (!knowsWorkers) console.log('workers: not supported by the CLI yet (each run is one in-process build)');
  if (!existsSync(GNU_TIME)) console.log(`${GNU_TIME} not found: CPU time and peak RSS not measured`);
  const results: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const seed = 20260127 + size;
    const dir = corpusFolder(size, seed, format, () => articles(size, seed));
    const chrono = chronoRate(size, seed, 2000);
    console.log(
      `${size.toLocaleString('en')} articles (${dir}); bare chrono.parse ${chrono.toFixed(0)} articles/s CPU (in-process, first 2,000)`,
    );
    const wallBy = new Map<number, number>();
    for (const w of knowsWorkers ? workerList : [1]) {
      const out = join('.tmp', 'bench-out', `${format}-${size}-w${w}`, 'timeline.json');
      const r = await runCli(dir, out, knowsWorkers ? w : null, timeoutMs);
      const cpuRate = r.cpuS ? size / r.cpuS : null;
      const ratio = cpuRate ? cpuRate / chrono : null;
      wallBy.set(w, r.wallS);
      if (r.status !== 0)
        console.log(
          `  workers ${w}: FAILED (exit ${r.status}) after ${r.wallS.toFixed(1)} s\n    ${r.stderrTail.replace(/\n/g, '\n    ')}`,
        );
      else
        console.log(
          `  workers ${w}: ${(size / r.wallS).toFixed(0).padStart(6)} articles/s wall (${r.wallS.toFixed(1)} s), ${cpuRate ? cpuRate.toFixed(0).padStart(6) : '     ?'} articles/s CPU (${r.cpuS?.toFixed(1) ?? '?'} s); ` +
            `CPU ratio to chrono ${ratio?.toFixed(2) ?? '?'} (aim >= ${AIM_CPU_TO_CHRONO}: ${ratio === null ? '?' : ratio >= AIM_CPU_TO_CHRONO ? 'meets aim' : 'MISSES aim'}); ` +
            `peak RSS ${r.maxRssBytes ? mb(r.maxRssBytes) : '?'} (${r.maxRssBytes ? (r.maxRssBytes / size / 1024).toFixed(1) : '?'} kB/article); ` +
            `index ${(r.indexBytes / 1e6).toFixed(1)} MB, shards ${(r.shardBytes / 1e6).toFixed(1)} MB in ${r.shardFiles} files; ${r.events ?? '?'} events`,
        );
      results.push({
        size,
        format,
        workers: knowsWorkers ? w : null,
        chronoArticlesPerCpuS: chrono,
        ...r,
        cpuRatioToChrono: ratio,
      });
    }
    const w1 = wallBy.get(1);
    const w2 = wallBy.get(2);
    if (w1 && w2) {
      const q = w2 / w1;
      console.log(
        `  wall 2 workers / 1: ${q.toFixed(2)} (aim <= ${AIM_WALL_2_TO_1}: ${q <= AIM_WALL_2_TO_1 ? 'meets aim' : 'MISSES aim'})`,
      );
    }
  }
  mkdirSync('bench/out', { recursive: true });
  // Earlier sizes are kept: a 100,000 run alone adds to the figures of a 1,000/10,000 run.
  const file = 'bench/out/pipeline.json';
  const old = existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { runs?: Record<string, unknown>[] }).runs ?? [])
    : [];
  const key = (r: Record<string, unknown>) => `${String(r.size)}/${String(r.format)}/${String(r.workers)}`;
  const fresh = new Set(results.map(key));
  writeFileSync(
    file,
    JSON.stringify(
      {
        node: process.version,
        date: new Date().toISOString(),
        runs: [...old.filter((r) => !fresh.has(key(r))), ...results],
      },
      null,
      1,
    ) + '\n',
  );
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  const arg = option('--sizes');
  const sizes = arg ? arg.split(',').map(Number) : [1000, 10000];
  if (!process.argv.includes('--in-process')) return mainCli(sizes);
  console.log(`node ${process.version}, chrono-node bare vs the build step (src/pipeline/build.ts)`);
  // Warm up: load every module and let the JIT see each code path before anything is timed.
  buildTimeline(corpus(100, 1).files, { corpus: 'bench' });
  for (const n of sizes) run(n);
  if (!process.argv.includes('--no-worst-case')) worstCase();
}

// Run only as `npm run bench`, not when a test imports the corpus generator.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
