/**
 * The timeline CLI as a user runs it, measured from outside: a synthetic corpus written to a folder once, then
 * `node src/pipeline/cli/run.mjs --in DIR --out FILE --quiet [--workers N]` (what `npm run timeline` runs) as a
 * child process under GNU time, which reports the child's wall time, CPU time (user + system, all its threads,
 * so worker threads are counted) and peak resident memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** GNU time, when installed: the only portable way here to read a child's CPU time and peak RSS. */
export const GNU_TIME = '/usr/bin/time';

/** Articles per text-format subfolder: keeps each folder listing small at 100,000 articles. */
const FILES_PER_FOLDER = 1000;

export type Format = 'text' | 'jsonl';

/** What one CLI run cost and produced. */
export interface ChildRun {
  /** Exit status of the CLI (0 when it wrote a timeline). */
  status: number;
  /** Seconds from spawn to exit, as seen by the bench. */
  wallS: number;
  /** User + system CPU seconds of the child and every thread it ran; null without GNU time. */
  cpuS: number | null;
  /** Peak resident set of the child in bytes; null without GNU time. */
  maxRssBytes: number | null;
  /** Bytes of the index file the CLI wrote (--out). */
  indexBytes: number;
  /** Bytes of the text shards beside it (`texts/*`), 0 when the CLI writes none. */
  shardBytes: number;
  /** Number of shard files. */
  shardFiles: number;
  /** Events and articles, as the CLI's closing line states them; null when it did not say. */
  events: number | null;
  articles: number | null;
  /** The last lines of its standard error, for a failed run. */
  stderrTail: string;
}

/** GNU time's `-f '%e %U %S %M'` line: wall, user, system seconds and peak RSS in kilobytes. */
export function parseGnuTime(out: string): { wallS: number; cpuS: number; maxRssBytes: number } | null {
  const lines = out.trim().split('\n');
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(lines[lines.length - 1]!.trim());
  if (!m) return null;
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), maxRssBytes: Number(m[4]) * 1024 };
}

/** `wrote FILE: 10000 articles, … 5123 events, …`: the counts in the CLI's closing line. */
export function parseWroteLine(stdout: string): { articles: number | null; events: number | null } {
  const line = stdout.split('\n').find((l) => l.startsWith('wrote ')) ?? '';
  const a = /(\d+) articles/.exec(line);
  const e = /(\d+) events/.exec(line);
  return { articles: a ? Number(a[1]) : null, events: e ? Number(e[1]) : null };
}

/** As `npm run timeline` runs it: the launcher, which runs the CLI from its bundle (built on first use). */
const CLI = ['src/pipeline/cli/run.mjs'];

/** Whether the CLI's usage names `--workers` (H1's worker pool may not be there yet). */
export function cliKnowsWorkers(): boolean {
  const r = spawnSync(process.execPath, [...CLI, '--help'], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.includes('--workers');
}

/**
 * The corpus folder for this size, seed and format, written once and reused: a hidden marker file (the CLI
 * skips hidden files) says the folder is complete, so an interrupted write is redone.
 */
export function corpusFolder(
  size: number,
  seed: number,
  format: Format,
  articles: () => Iterable<{ text: string; language: string }>,
): string {
  const dir = join('.tmp', 'bench-corpus', `${format}-${size}-${seed}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let i = 0;
  if (format === 'jsonl') {
    // Appended a thousand lines at a time: the corpus is never held whole.
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, '');
    let lines: string[] = [];
    for (const a of articles()) {
      lines.push(JSON.stringify({ id: `a${i++}`, text: a.text, language: a.language }) + '\n');
      if (lines.length === FILES_PER_FOLDER) {
        appendFileSync(file, lines.join(''));
        lines = [];
      }
    }
    appendFileSync(file, lines.join(''));
  } else {
    for (const a of articles()) {
      const sub = join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0'));
      if (i % FILES_PER_FOLDER === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${String(i++).padStart(6, '0')}.txt`), a.text);
    }
  }
  writeFileSync(done, `${i}\n`);
  return dir;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Run the CLI once on `input`, writing to `output` (its folder emptied first), with `workers` when given. */
export function runCli(input: string, output: string, workers: number | null, timeoutMs: number): Promise<ChildRun> {
  rmSync(dirname(output), { recursive: true, force: true });
  mkdirSync(dirname(output), { recursive: true });
  const timeFile = `${output}.time`;
  const cliArgs = [
    ...CLI,
    '--in',
    input,
    '--out',
    output,
    '--quiet',
    ...(workers ? ['--workers', String(workers)] : []),
  ];
  const useTime = existsSync(GNU_TIME);
  const [cmd, args] = useTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...cliArgs]]
    : [process.execPath, cliArgs];
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    // Progress lines can be many on a long run: only the tail is kept.
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallS = (performance.now() - started) / 1000;
      const t = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : null;
      const shards = folderBytes(join(dirname(output), 'texts'));
      const counts = parseWroteLine(stdout);
      done({
        status: code ?? (signal ? 128 : 1),
        wallS,
        cpuS: t?.cpuS ?? null,
        maxRssBytes: t?.maxRssBytes ?? null,
        indexBytes: existsSync(output) ? statSync(output).size : 0,
        shardBytes: shards.bytes,
        shardFiles: shards.files,
        ...counts,
        stderrTail: `${signal ? `killed by ${signal}\n` : ''}${stderr.trim().split('\n').slice(-8).join('\n')}`,
      });
    });
  });
}
