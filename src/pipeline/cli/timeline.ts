/**
 * `npm run timeline [-- --in DIR] [--out FILE] [--map text=body,published=pubdate]`: build the timeline of a
 * folder of news articles (text files, saved web pages, JSONL/JSON/CSV exports, mixed).
 *
 * Walks the folder lazily (recursively, hidden files excepted), reads each file when it is its turn (a JSONL
 * export streamed line by line, never read whole) and hands it to the per-article half of the build
 * (`processInput`, in `--workers` threads; results kept in input order), then builds the timeline with the
 * pure corpus half (`corpus.ts`: the articles it re-dates extracted again in the same workers); prints a line per article and a message naming each file that could not be used, and
 * writes the JSON atomically (a temporary file renamed over the target, so a reader never sees half a file).
 * Exits non-zero only when nothing sensible can be written: a missing or unreadable folder, no usable
 * article at all, or a timeline that fails validation.
 */
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  unlinkSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { dateCorpus, finishCorpus, pendingExtractions } from '../corpus';
import { pathInCorpus } from '../ids';
import { type FieldMap } from '../ingest';
import { parseFieldMap, readJsonLine } from '../ingest/records';
import type { IngestedArticle, Skipped } from '../ingest/types';
import { EXTRACTED_VERSION, type ExtractedManifest } from '../../contract';
import { articleLine, manifestsOut, readArticleLine, readExtractedManifest } from '../extracted';
import type { Manifest } from '../ingest/manifest';
import { isManifest, readManifestFile, type ProcessedArticle, type ProcessOptions } from '../per-article';
import { MAX_ARTICLE_BYTES } from '../read';
import { SHARD_FOLDER, shardTimeline } from '../stages/shards';
import { ArticlePool } from './pool';
import { walkFiles } from './walk';

/** A saved page may be far larger than its article text (real pages carry megabytes of markup and script). */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/** A JSON or CSV export is read whole; past this it is too large to hold (export it as JSONL, which is streamed). */
const MAX_RECORDS_FILE_BYTES = 256 * 1024 * 1024;

interface Args {
  input: string;
  output: string;
  quiet: boolean;
  map: FieldMap;
  /** Worker threads for the per-article half; 1 runs it in this thread. */
  workers: number;
  stats: boolean;
  /** Write the per-article results to this folder instead of building (`--extract-only --out-extracted DIR`). */
  outExtracted: string | null;
  /** Build from a folder of per-article results instead of the input folder. */
  fromExtracted: string | null;
}

function usage(): string {
  return [
    'usage: npm run timeline -- [--in DIR] [--out FILE] [--map FIELD=NAME,…] [--workers N] [--stats] [--quiet]',
    '  DIR defaults to seeds/, FILE to public/timeline.json',
    '  --map names the fields of JSONL/JSON/CSV records, e.g. --map text=body,published=pubdate',
    '    (fields: text, html, headline, outlet, url, published, modified, byline, language, id)',
    '  --workers N reads the articles in N worker threads (default: one per core; 1: in this thread)',
    '  --extract-only --out-extracted DIR writes the per-article results (DIR/part-*.jsonl, DIR/manifest.json)',
    '  --from-extracted DIR builds the timeline from them instead of --in',
    '  --stats prints peak memory (RSS), memory per article and CPU time',
  ].join('\n');
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    input: 'seeds',
    output: 'public/timeline.json',
    quiet: false,
    map: {},
    workers: availableParallelism(),
    stats: false,
    outExtracted: null,
    fromExtracted: null,
  };
  let extractOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--in' || a === '--out') {
      const v = argv[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--in') args.input = v;
      else args.output = v;
    } else if (a === '--map' || a.startsWith('--map=')) {
      const v = a === '--map' ? argv[++i] : a.slice(6);
      if (!v) return '--map needs a value';
      const map = parseFieldMap(v);
      if (typeof map === 'string') return map;
      args.map = { ...args.map, ...map };
    } else if (a === '--workers' || a.startsWith('--workers=')) {
      const v = a === '--workers' ? argv[++i] : a.slice(10);
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1) return '--workers needs a whole number of at least 1';
      args.workers = n;
    } else if (a === '--stats') args.stats = true;
    else if (a === '--extract-only') extractOnly = true;
    else if (a === '--out-extracted' || a === '--from-extracted') {
      const v = argv[++i];
      if (!v) return `${a} needs a folder`;
      if (a === '--out-extracted') args.outExtracted = v;
      else args.fromExtracted = v;
    } else if (a.startsWith('--in=')) args.input = a.slice(5);
    else if (a.startsWith('--out=')) args.output = a.slice(6);
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--help' || a === '-h') return '';
    else return `unknown argument ${a}`;
  }
  if (extractOnly !== (args.outExtracted !== null)) return '--extract-only and --out-extracted DIR go together';
  if (args.outExtracted && args.fromExtracted) return '--out-extracted and --from-extracted exclude each other';
  return args;
}

/** Path as written in the timeline: from the working directory (the project root), forward slashes. */
function displayPath(p: string): string {
  const r = relative(process.cwd(), p);
  return (r.startsWith('..') ? resolve(p) : r).split(sep).join('/');
}

/** The size past which a file is not read at all, by its format (its name is enough to tell). */
function sizeLimit(path: string): number {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml|shtml)$/.test(name)) return MAX_PAGE_BYTES;
  if (/\.(jsonl|ndjson)$/.test(name)) return Infinity;
  if (/\.(json|csv|tsv)$/.test(name)) return MAX_RECORDS_FILE_BYTES;
  if (/\.(txt|text|md)$/.test(name)) return MAX_ARTICLE_BYTES;
  // Any other name may hold a saved page (told by its content); a text file past the text limit is skipped later.
  return MAX_PAGE_BYTES;
}

/** A JSONL export read line by line (inflated on the fly when `.gz`): memory holds the articles, never the file. */
async function streamJsonl(
  path: string,
  shown: string,
  idPath: string,
  map: FieldMap,
  onRecord: (record: IngestedArticle) => Promise<void>,
): Promise<Skipped[]> {
  const result = { articles: 0, skipped: [] as Skipped[] };
  let line = 0;
  const file = createReadStream(path);
  const input = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  let failure: Error | null = null;
  // A stream error (a corrupt .gz) ends the lines; what was read stays, and the file is named with the reason.
  const stop = (e: Error) => {
    failure ??= e;
    input.destroy();
  };
  file.on('error', stop);
  input.on('error', stop);
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      const o = readJsonLine(text, { path: shown, idPath, where: `${shown}:${line}`, ordinal: line }, map);
      if (o?.kind === 'article') {
        result.articles++;
        await onRecord(o.article);
      } else if (o) result.skipped.push(o.skipped);
    }
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure)
    result.skipped.push({ file: shown, reason: `reading stopped after line ${line}: ${describeStreamError(failure)}` });
  else if (result.articles === 0 && result.skipped.length === 0)
    result.skipped.push({ file: shown, reason: 'no records in the file' });
  return result.skipped;
}

function describeStreamError(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /incorrect header|unexpected end/i.test(e.message))
    return `not gzip, or a corrupt or truncated gzip file (${e.message})`;
  return `cannot read the file (${code ?? e.message})`;
}

function megabytes(n: number): string {
  return (n / 1048576).toFixed(1);
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed ? `timeline: ${parsed}\n${usage()}` : usage());
    return parsed ? 2 : 0;
  }
  const { map, workers, outExtracted, fromExtracted } = parsed;
  if (fromExtracted) {
    const read = await readExtracted(fromExtracted);
    if (typeof read === 'string') {
      console.error(`timeline: ${read}; nothing written`);
      return 1;
    }
    return finish(read, parsed, performance.now(), process.cpuUsage(), new ArticlePool(workers, {}, () => {}));
  }
  const { input } = parsed;
  let st;
  try {
    st = statSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(
      `timeline: ${input}: ${code === 'ENOENT' ? 'no such folder' : `cannot read (${code})`}; nothing written`,
    );
    return 1;
  }
  if (!st.isDirectory()) {
    console.error(`timeline: ${input}: not a folder; nothing written`);
    return 1;
  }
  const corpus = displayPath(input);
  let lastProgress = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let filesRead = 0;
  const onProgress = (phase: string, done: number, total: number) => {
    const now = performance.now();
    if (now - lastProgress < 1000 || filesRead < 200) return;
    lastProgress = now;
    process.stderr.write(`timeline: ${phase} ${done}/${total} (${((now - started) / 1000).toFixed(0)} s)\n`);
  };
  // The manifest names metadata for the other files, so it is read before any of them. (A `metadata.jsonl` is
  // streamed as records, as the CLI always has: only the CSV manifest applies here.)
  const manifests = readdirSync(input)
    .filter((name) => name.toLowerCase() === 'metadata.csv')
    .sort()
    .map((name) => readManifestFile({ path: displayPath(join(input, name)), bytes: readFileSync(join(input, name)) }));
  const options: ProcessOptions = { corpus, fieldMap: map, manifests };
  const articles: ProcessedArticle[] = [];
  const skipped: Skipped[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  const pool = new ArticlePool(workers, options, (r) => {
    articles.push(...r.articles);
    skipped.push(...r.skipped);
  });
  // Files are read when it is their turn and handed to the pool; only the per-article results are kept.
  for await (const w of walkFiles(input)) {
    if ('problem' in w) {
      console.error(`timeline: ${displayPath(w.path)}: ${w.problem} (${w.code})`);
      continue;
    }
    const p = w.path;
    const shown = displayPath(p);
    if (isManifest(shown, corpus) && !/\.jsonl$/i.test(p)) continue; // read above
    if (++filesRead % 500 === 0) onProgress('reading', filesRead, filesRead);
    try {
      const size = statSync(p).size;
      const limit = sizeLimit(p);
      // A huge file is not read only to be rejected: its size says enough.
      if (size > limit) {
        unreadable.push({
          file: shown,
          reason: `file too large for a news article (${megabytes(size)} MB; the limit is ${megabytes(limit)} MB)`,
        });
      } else if (/\.(jsonl|ndjson)(\.gz)?$/i.test(p)) {
        const idPath = pathInCorpus(shown, corpus);
        skipped.push(...(await streamJsonl(p, shown, idPath, map, (record) => pool.add({ record }))));
      } else await pool.add({ file: { path: shown, bytes: readFileSync(p) } });
    } catch (e) {
      unreadable.push({
        file: shown,
        reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  await pool.drain();
  const gathered: Gathered = { input, corpus, articles, skipped, unreadable, manifests };
  if (outExtracted) {
    await pool.close();
    return writeExtracted(outExtracted, gathered);
  }
  return finish(gathered, parsed, started, cpuStarted, pool);
}

/** What the per-article half gave, in input order: all the corpus half needs. */
interface Gathered {
  input: string;
  corpus: string;
  articles: ProcessedArticle[];
  skipped: Skipped[];
  unreadable: Skipped[];
  manifests: Manifest[];
}

/** Articles per shard file: a shard stays a few tens of megabytes at most. */
const SHARD_ARTICLES = 5000;

function writeExtracted(dir: string, g: Gathered): number {
  const shards: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i === 0 || i < g.articles.length; i += SHARD_ARTICLES) {
      const name = `part-${String(shards.length).padStart(5, '0')}.jsonl`;
      const lines = g.articles.slice(i, i + SHARD_ARTICLES).map((a) => articleLine(a) + '\n');
      writeAtomically(join(dir, name), lines.join(''));
      shards.push(name);
    }
    const manifest: ExtractedManifest = {
      v: EXTRACTED_VERSION,
      corpus: g.corpus,
      input: g.input,
      shards,
      articles: g.articles.length,
      skipped: g.skipped,
      unreadable: g.unreadable,
      manifests: manifestsOut(g.manifests),
    };
    writeAtomically(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  } catch (e) {
    console.error(`timeline: cannot write ${dir}: ${(e as Error).message}`);
    return 1;
  }
  console.log(
    `wrote ${dir}: ${g.articles.length} articles in ${shards.length} shard(s), ${g.skipped.length + g.unreadable.length} skipped`,
  );
  return 0;
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean up */
    }
    throw e;
  }
}

/** An extracted folder read back; a bad line is named `file:line` with its problem. */
async function readExtracted(dir: string): Promise<Gathered | string> {
  const manifestPath = join(dir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (e) {
    return `${displayPath(manifestPath)}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const m = readExtractedManifest(text);
  if ('problem' in m) return `${displayPath(manifestPath)}: ${m.problem}`;
  const articles: ProcessedArticle[] = [];
  for (const shard of m.shards) {
    const path = join(dir, shard);
    let line = 0;
    try {
      for await (const t of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
        line++;
        if (!t.trim()) continue;
        const a = readArticleLine(t);
        if ('problem' in a) return `${displayPath(path)}:${line}: ${a.problem}`;
        articles.push(a);
      }
    } catch (e) {
      return `${displayPath(path)}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  }
  if (articles.length !== m.articles)
    return `${displayPath(manifestPath)}: names ${m.articles} articles, the shards hold ${articles.length}`;
  return {
    input: m.input,
    corpus: m.corpus,
    articles,
    skipped: m.skipped,
    unreadable: m.unreadable,
    manifests: m.folder,
  };
}

/**
 * The corpus half, the report printed and the timeline written. The articles whose reference the corpus
 * changed are extracted again in the pool's workers; then they stop, and the rest runs in this thread.
 */
async function finish(
  g: Gathered,
  args: Args,
  started: number,
  cpuStarted: NodeJS.CpuUsage,
  pool: ArticlePool,
): Promise<number> {
  const { output, quiet, workers, stats } = args;
  const { input, corpus, articles, skipped, unreadable, manifests } = g;
  let lastProgress = 0;
  const onProgress = (phase: string, done: number, total: number) => {
    const now = performance.now();
    if (articles.length < 200 || now - lastProgress < 1000) return;
    lastProgress = now;
    process.stderr.write(`timeline: ${phase} ${done}/${total} (${((now - started) / 1000).toFixed(0)} s)\n`);
  };
  const stage = dateCorpus(articles, { corpus, skipped, manifests, onProgress });
  const jobs = pendingExtractions(stage);
  const redone = await pool.extractAll(jobs);
  await pool.close();
  jobs.forEach((job, i) => (stage.extracted[job.index] = redone[i]));
  const { timeline, report } = finishCorpus(stage, { onProgress });
  timeline.skipped.push(...unreadable);
  timeline.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const lines = report.articles.length > 50 && quiet ? [] : report.articles;
  for (const a of lines) {
    const pub = a.published ? `published ${a.published.date} (${a.published.basis})` : 'no publication date';
    console.log(`${a.file}: ${a.language}, ${pub}; dates found ${a.found}, placed ${a.placed}, excluded ${a.excluded}`);
    for (const w of a.warnings) console.log(`  warning: ${w}`);
    if (a.found === 0) console.log('  note: no dates found in this article');
  }
  for (const s of timeline.skipped) console.error(`timeline: skipped ${s.file}: ${s.reason}`);

  if (report.errors.length) {
    console.error(`timeline: the built timeline does not validate; nothing written:\n  ${report.errors.join('\n  ')}`);
    return 1;
  }
  if (timeline.articles.length === 0) {
    console.error(
      `timeline: ${input}: no usable article (${timeline.skipped.length} file(s) skipped); nothing written`,
    );
    return 1;
  }
  // A large corpus's texts go to shard files beside the index (`stages/shards.ts`): the shards first, each
  // atomically, then older shards removed, then the index, so a page never loads an index naming a missing shard.
  const { index, shards } = shardTimeline(timeline);
  try {
    const folder = dirname(resolve(output));
    mkdirSync(folder, { recursive: true });
    const written = new Set<string>();
    for (const shard of shards) {
      const path = resolve(folder, shard.path);
      mkdirSync(dirname(path), { recursive: true });
      writeAtomically(path, shard.json);
      written.add(path);
    }
    const textsDir = join(folder, SHARD_FOLDER);
    if (existsSync(textsDir))
      for (const name of readdirSync(textsDir))
        if (name.endsWith('.json') && !written.has(join(textsDir, name))) unlinkSync(join(textsDir, name));
    writeAtomically(output, JSON.stringify(index, null, indexIndent(shards.length > 0)) + '\n');
  } catch (e) {
    console.error(`timeline: cannot write ${output}: ${(e as Error).message}`);
    return 1;
  }
  const placed = timeline.mentions.filter((m) => m.eventId !== null).length;
  console.log(
    `wrote ${output}: ${timeline.articles.length} articles, ${timeline.mentions.length} dates found, ${placed} placed, ${timeline.events.length} events, ${timeline.skipped.length} files skipped (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (stats) {
    // Peak RSS of the whole process (worker threads included); CPU time of every thread, the build's own cost.
    const peak = process.resourceUsage().maxRSS * 1024;
    const cpu = process.cpuUsage(cpuStarted);
    const perArticle = articles.length ? peak / articles.length : 0;
    console.log(
      `stats: ${workers} worker(s), peak RSS ${megabytes(peak)} MB, ${(perArticle / 1024).toFixed(1)} KB per article (${articles.length}), CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, wall ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return 0;
}

/**
 * A timeline small enough to keep its texts inline is indented, for people who open it. A sharded one is for the
 * page and is written compact: at 100,000 articles the one-space indentation was 99 MB of a 380 MB index, which
 * every visit downloads and parses before the first draw.
 */
function indexIndent(sharded: boolean): number | undefined {
  return sharded ? undefined : 1;
}

process.exitCode = await main();
