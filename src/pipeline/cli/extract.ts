/**
 * `npm run extract`: the date extractor alone, for a researcher's own texts.
 *
 *   npm run extract -- --ref YYYY-MM-DD [--lang CODE] FILE...
 *       one JSON line per file: {"file","language","mentions":[{"start","end","text","kind","value","timex"}]}
 *   npm run extract -- --jsonl IN.jsonl [--lang CODE] [--format timex3]
 *       reads lines {"doc","dct","text"}, writes {"doc","mentions":[{"start","end","text","value","type"}]}
 *
 * The only place of the extractor with file I/O and exit codes. A bad file or line is reported on stderr
 * (naming it and the problem) and skipped; the exit status is non-zero only when nothing could be done.
 */
import fs from 'node:fs';
import { extractMentions, type FoundMention } from '../extract';
import { detectLanguage } from '../language';

const USAGE = `usage:
  npm run extract -- --ref YYYY-MM-DD [--lang CODE] FILE...
  npm run extract -- --jsonl IN.jsonl [--lang CODE] [--format timex3]`;

interface Args {
  ref?: string;
  lang?: string;
  jsonl?: string;
  format?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${x} needs a value`);
      return v;
    };
    try {
      if (x === '--ref') a.ref = value();
      else if (x === '--lang') a.lang = value();
      else if (x === '--jsonl') a.jsonl = value();
      else if (x === '--format') a.format = value();
      else if (x === '--help' || x === '-h') return USAGE;
      else if (x.startsWith('--')) return `unknown option ${x}\n${USAGE}`;
      else a.files.push(x);
    } catch (e) {
      return `${(e as Error).message}\n${USAGE}`;
    }
  }
  return a;
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isCalendarDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const t = new Date(`${s}T12:00:00Z`);
  return t.toISOString().slice(0, 10) === s;
}

/** Read a text file as UTF-8, or say what is wrong with it. */
function readText(file: string): { text: string } | { problem: string } {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { problem: 'is a directory, not a file' };
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'not readable (permission denied)'
            : `cannot be read (${code ?? (e as Error).message})`,
    };
  }
  if (buf.length === 0) return { problem: 'empty file' };
  if (buf.includes(0)) return { problem: 'binary file (contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not valid UTF-8 text' };
  }
}

function languageFor(text: string, forced: string | undefined, where: string): string {
  if (forced) return forced;
  const lang = detectLanguage(text);
  if (lang !== 'und') return lang;
  console.error(`extract: ${where}: language undetermined (too little text?); read as English, pass --lang to choose`);
  return 'en';
}

const plain = (m: FoundMention) => ({
  start: m.start,
  end: m.end,
  text: m.text,
  kind: m.kind,
  value: m.value,
  timex: m.timex,
});

function runFiles(args: Args): number {
  if (!args.ref || !isCalendarDay(args.ref)) {
    console.error(
      `extract: --ref must be a calendar date YYYY-MM-DD${args.ref ? ` (got ${JSON.stringify(args.ref)})` : ''}\n${USAGE}`,
    );
    return 2;
  }
  if (args.files.length === 0) {
    console.error(`extract: no files given\n${USAGE}`);
    return 2;
  }
  let done = 0;
  for (const file of args.files) {
    const r = readText(file);
    if ('problem' in r) {
      console.error(`extract: ${file}: ${r.problem}; skipped`);
      continue;
    }
    const language = languageFor(r.text, args.lang, file);
    const mentions = extractMentions(r.text, { language, reference: args.ref });
    process.stdout.write(JSON.stringify({ file, language, mentions: mentions.map(plain) }) + '\n');
    done++;
  }
  return done > 0 ? 0 : 1;
}

function runJsonl(args: Args): number {
  const r = readText(args.jsonl!);
  if ('problem' in r) {
    console.error(`extract: ${args.jsonl}: ${r.problem}`);
    return 1;
  }
  if (args.format !== undefined && args.format !== 'timex3') {
    console.error(`extract: unknown --format ${JSON.stringify(args.format)} (only "timex3")`);
    return 2;
  }
  const timex3 = args.format === 'timex3';
  const lines = r.text.split('\n');
  let done = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${args.jsonl}:${i + 1}`;
    let rec: { doc?: unknown; dct?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch (e) {
      console.error(`extract: ${where}: not JSON (${(e as Error).message}); skipped`);
      return;
    }
    if (typeof rec.text !== 'string' || typeof rec.dct !== 'string' || !isCalendarDay(rec.dct.slice(0, 10))) {
      console.error(`extract: ${where}: needs "text" (string) and "dct" (YYYY-MM-DD); skipped`);
      return;
    }
    const mentions = extractMentions(rec.text, {
      language: languageFor(rec.text, args.lang, where),
      reference: rec.dct.slice(0, 10),
    });
    const out = mentions.map((m) =>
      timex3
        ? { start: m.start, end: m.end, text: m.text, value: m.timex.value, type: m.timex.type }
        : { start: m.start, end: m.end, text: m.text, value: m.value, type: m.timex.type, kind: m.kind },
    );
    process.stdout.write(JSON.stringify({ doc: rec.doc ?? String(i + 1), mentions: out }) + '\n');
    done++;
  });
  if (done === 0) console.error(`extract: ${args.jsonl}: no usable lines`);
  return done > 0 ? 0 : 1;
}

// `npm run extract … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  return args.jsonl !== undefined ? runJsonl(args) : runFiles(args);
}

process.exitCode = main();
