/**
 * `npm run timeline [-- --in DIR] [--out FILE]`: build the timeline of a folder of news articles.
 *
 * Reads every file of the folder (recursively, hidden files excepted), builds the timeline with the pure
 * `buildTimeline`, prints a line per article and a message naming each file that could not be used, and
 * writes the JSON atomically (a temporary file renamed over the target, so a reader never sees half a file).
 * Exits non-zero only when nothing sensible can be written: a missing or unreadable folder, no usable
 * article at all, or a timeline that fails validation.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { buildTimeline, type InputFile } from '../build';
import { MAX_ARTICLE_BYTES } from '../read';

interface Args {
  input: string;
  output: string;
  quiet: boolean;
}

function usage(): string {
  return 'usage: npm run timeline -- [--in DIR] [--out FILE] [--quiet]\n  DIR defaults to seeds/, FILE to public/timeline.json';
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { input: 'seeds', output: 'public/timeline.json', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--in' || a === '--out') {
      const v = argv[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--in') args.input = v;
      else args.output = v;
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

function main(): number {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(parsed ? `timeline: ${parsed}\n${usage()}` : usage());
    return parsed ? 2 : 0;
  }
  const { input, output, quiet } = parsed;
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
    try {
      const size = statSync(p).size;
      // A huge file is not read only to be rejected: its size says enough.
      if (size > MAX_ARTICLE_BYTES) {
        unreadable.push({
          file: displayPath(p),
          reason: `file too large for a news article (${(size / 1048576).toFixed(1)} MB; the limit is ${(MAX_ARTICLE_BYTES / 1048576).toFixed(1)} MB)`,
        });
      } else files.push({ path: displayPath(p), bytes: readFileSync(p) });
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
  const { timeline, report } = buildTimeline(files, {
    corpus: displayPath(input),
    onProgress: (phase, done, total) => {
      const now = performance.now();
      if (!big || now - lastProgress < 1000) return;
      lastProgress = now;
      process.stderr.write(`timeline: ${phase} ${done}/${total} (${((now - started) / 1000).toFixed(0)} s)\n`);
    },
  });
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

process.exitCode = main();
