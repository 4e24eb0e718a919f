/**
 * `npm run timeline [-- --in DIR] [--out FILE] [--map text=body,published=pubdate]`: build the timeline of a
 * folder of news articles (text files, saved web pages, JSONL/JSON/CSV exports, mixed).
 *
 * Reads every file of the folder (recursively, hidden files excepted; a JSONL export streamed line by line, never
 * read whole), builds the timeline with the pure
 * `buildTimeline`, prints a line per article and a message naming each file that could not be used, and
 * writes the JSON atomically (a temporary file renamed over the target, so a reader never sees half a file).
 * Exits non-zero only when nothing sensible can be written: a missing or unreadable folder, no usable
 * article at all, or a timeline that fails validation.
 */
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { buildTimeline, type BuildOptions, type InputFile } from '../build';
import { pathInCorpus } from '../ids';
import { type FieldMap, type IngestOptions, type IngestResult } from '../ingest';
import { parseFieldMap, readJsonLine } from '../ingest/records';
import { MAX_ARTICLE_BYTES } from '../read';

/** A saved page may be far larger than its article text (real pages carry megabytes of markup and script). */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/** A JSON or CSV export is read whole; past this it is too large to hold (export it as JSONL, which is streamed). */
const MAX_RECORDS_FILE_BYTES = 256 * 1024 * 1024;

interface Args {
  input: string;
  output: string;
  quiet: boolean;
  map: FieldMap;
}

function usage(): string {
  return [
    'usage: npm run timeline -- [--in DIR] [--out FILE] [--map FIELD=NAME,…] [--quiet]',
    '  DIR defaults to seeds/, FILE to public/timeline.json',
    '  --map names the fields of JSONL/JSON/CSV records, e.g. --map text=body,published=pubdate',
    '    (fields: text, html, headline, outlet, url, published, modified, byline, language, id)',
  ].join('\n');
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { input: 'seeds', output: 'public/timeline.json', quiet: false, map: {} };
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
    } else if (a.startsWith('--in=')) args.input = a.slice(5);
    else if (a.startsWith('--out=')) args.output = a.slice(6);
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--help' || a === '-h') return '';
    else return `unknown argument ${a}`;
  }
  return args;
}

/** Path as written in the timeline: from the working directory (the project root), forward slashes. */
function displayPath(p: string): string {
  const r = relative(process.cwd(), p);
  return (r.startsWith('..') ? resolve(p) : r).split(sep).join('/');
}

function listFiles(dir: string, problems: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch (e) {
      problems.push(`${displayPath(d)}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch (e) {
        problems.push(`${displayPath(p)}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
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
async function streamJsonl(path: string, shown: string, idPath: string, map: FieldMap): Promise<IngestResult> {
  const result: IngestResult = { articles: [], skipped: [] };
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
      if (o?.kind === 'article') result.articles.push(o.article);
      else if (o) result.skipped.push(o.skipped);
    }
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure)
    result.skipped.push({ file: shown, reason: `reading stopped after line ${line}: ${describeStreamError(failure)}` });
  else if (result.articles.length === 0 && result.skipped.length === 0)
    result.skipped.push({ file: shown, reason: 'no records in the file' });
  return result;
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
  const { input, output, quiet, map } = parsed;
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
  const problems: string[] = [];
  const paths = listFiles(input, problems);
  const files: InputFile[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const p of paths) {
    const shown = displayPath(p);
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
        const idPath = pathInCorpus(shown, displayPath(input));
        files.push({ path: shown, bytes: new Uint8Array(0), preread: await streamJsonl(p, shown, idPath, map) });
      } else files.push({ path: shown, bytes: readFileSync(p) });
    } catch (e) {
      unreadable.push({
        file: displayPath(p),
        reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  for (const p of problems) console.error(`timeline: ${p}`);

  let lastProgress = 0;
  const started = performance.now();
  const big = files.length >= 200;
  const options: BuildOptions & IngestOptions = {
    corpus: displayPath(input),
    fieldMap: map,
    onProgress: (phase, done, total) => {
      const now = performance.now();
      if (!big || now - lastProgress < 1000) return;
      lastProgress = now;
      process.stderr.write(`timeline: ${phase} ${done}/${total} (${((now - started) / 1000).toFixed(0)} s)\n`);
    },
  };
  // The build hands its options to the ingest stage, field map included.
  const { timeline, report } = buildTimeline(files, options);
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
  const json = JSON.stringify(timeline, null, 1) + '\n';
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(resolve(output)), { recursive: true });
    writeFileSync(tmp, json);
    renameSync(tmp, output);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean up */
    }
    console.error(`timeline: cannot write ${output}: ${(e as Error).message}`);
    return 1;
  }
  const placed = timeline.mentions.filter((m) => m.eventId !== null).length;
  console.log(
    `wrote ${output}: ${timeline.articles.length} articles, ${timeline.mentions.length} dates found, ${placed} placed, ${timeline.events.length} events, ${timeline.skipped.length} files skipped (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}

process.exitCode = await main();
