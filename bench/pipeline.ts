/**
 * `npm run bench` — throughput and memory of the whole build step on synthetic corpora, against bare
 * chrono-node over the same texts in the same run.
 *
 * Corpora of 1,000 and 10,000 articles are generated deterministically (a seeded PRNG) from the seed
 * articles: their sentences are shuffled into new articles, month names, days and years are varied, names
 * are varied so articles are about different things, and half the articles get a metadata line. Prints
 * articles per second for the build and for `chrono.<locale>.casual.parse`, their ratio (aim: the build at
 * least half as fast as bare chrono), and peak memory (rss and heap, sampled during the build).
 *
 * Also builds one dense article near the size limit (tens of thousands of dates) to show the build stays
 * near-linear in its mentions.
 *
 * Usage: npm run bench [-- --sizes 1000,10000] [--no-worst-case]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { buildTimeline, type InputFile } from '../src/pipeline/build';
import { extractMentions } from '../src/pipeline/extract';
import { MONTHS as MONTHS_EN } from '../src/contract';
import { MONTH_NAMES as MONTHS_NL } from '../src/pipeline/extract/nl-words';
import { prng } from './prng';

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

/** A deterministic synthetic corpus of `size` articles (also used by tests/pipeline/synthetic.test.ts). */
export function corpus(
  size: number,
  seed: number,
): { files: InputFile[]; texts: { text: string; language: string }[] } {
  const rand = prng(seed);
  const ps = pools();
  const files: InputFile[] = [];
  const texts: { text: string; language: string }[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < size; i++) {
    // About one article in five is Dutch, as one of the five seeds is.
    const pool =
      ps.length > 1 && rand() < 0.2 ? ps.find((p) => p.language === 'nl')! : ps.find((p) => p.language === 'en')!;
    const text = article(rand, pool, i);
    files.push({ path: `bench/${String(i).padStart(6, '0')}.txt`, bytes: enc.encode(text) });
    texts.push({ text, language: pool.language });
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

function main(): void {
  const arg = process.argv.indexOf('--sizes');
  const sizes = arg >= 0 ? process.argv[arg + 1]!.split(',').map(Number) : [1000, 10000];
  console.log(`node ${process.version}, chrono-node bare vs the build step (src/pipeline/build.ts)`);
  // Warm up: load every module and let the JIT see each code path before anything is timed.
  buildTimeline(corpus(100, 1).files, { corpus: 'bench' });
  for (const n of sizes) run(n);
  if (!process.argv.includes('--no-worst-case')) worstCase();
}

// Run only as `npm run bench`, not when a test imports the corpus generator.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
