/**
 * `npm run bench:stories`: the build on the three development stories (../shared/stories), scored by the
 * benchmark's own script (../shared/stories/score.mjs: date selection as in news timeline summarisation),
 * printed per story and overall: date precision, recall and F1, the share of gold dates on any event (the
 * ceiling ranking cannot raise), events per story and build time per story.
 *
 *   npm run bench:stories [-- --topics H1N1_bbc,H1N1_reuters] [--json out.json] [--no-big]
 *
 * score.mjs builds each story itself (`npm run timeline` on the articles inside the gold timeline's span),
 * so this measures the product exactly as a user runs it (its build times include starting npm and tsx).
 * Then the three stories' whole article folders are built together in this process (about 400 articles, the
 * size the build should manage in under 5 s on one core), and its wall and CPU time printed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimeline, type InputFile } from '../src/pipeline/build';

interface Row {
  topic: string;
  timeline: string;
  articles: number;
  gold: number;
  named: number;
  shared: number;
  p: number;
  r: number;
  coverage: number;
  events: number;
  secs: number;
  failed: string | null;
}
interface Scored {
  summary: { timelines: number; dateP: number; dateR: number; dateF1: number; coverage: number; failed: number };
  rows: Row[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stories = path.resolve(root, '../shared/stories');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);

function filesUnder(dir: string): InputFile[] {
  const out: InputFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else if (entry.isFile() && !entry.name.startsWith('.')) out.push({ path: p, bytes: fs.readFileSync(p) });
  }
  return out;
}

/** All three stories' articles in one build, timed in this process (no npm or tsx start-up). */
function bigBuild(): void {
  const files = fs
    .readdirSync(stories)
    .filter((t) => fs.existsSync(path.join(stories, t, 'articles')))
    .sort()
    .flatMap((t) => filesUnder(path.join(stories, t, 'articles')));
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { timeline } = buildTimeline(files, { corpus: stories });
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `the three stories together: ${timeline.articles.length} articles, ${timeline.events.length} events, ` +
      `built in ${wall.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (aim < 5 s)`,
  );
}

function main(): void {
  if (!fs.existsSync(path.join(stories, 'score.mjs'))) {
    console.error(`bench:stories: ${stories}/score.mjs not found (the stories are in ../shared/stories)`);
    process.exit(2);
  }
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stories-')), 'scores.json');
  const topics = opt('--topics');
  execFileSync(
    process.execPath,
    [path.join(stories, 'score.mjs'), stories, root, '--json', out, ...(topics ? ['--topics', topics] : [])],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const scored = JSON.parse(fs.readFileSync(out, 'utf8')) as Scored;
  console.log('story                  articles gold shared    P    R   F1 on-any-event events  build');
  for (const r of scored.rows) {
    console.log(
      [
        r.topic.padEnd(22),
        String(r.articles).padStart(8),
        String(r.gold).padStart(4),
        String(r.shared).padStart(6),
        r.p.toFixed(2).padStart(4),
        r.r.toFixed(2).padStart(4),
        f1(r.p, r.r).toFixed(2).padStart(4),
        pct(r.coverage).padStart(13),
        String(r.events).padStart(6),
        `${r.secs.toFixed(1)} s`.padStart(6),
        r.failed ? `FAILED: ${r.failed}` : '',
      ].join(' '),
    );
  }
  const s = scored.summary;
  const events = scored.rows.reduce((n, r) => n + r.events, 0) / (scored.rows.length || 1);
  const secs = scored.rows.reduce((n, r) => n + r.secs, 0) / (scored.rows.length || 1);
  console.log(
    `overall (${s.timelines} timelines): P ${s.dateP.toFixed(3)} R ${s.dateR.toFixed(3)} F1 ${s.dateF1.toFixed(3)}; ` +
      `gold dates on any event ${(100 * s.coverage).toFixed(1)}%; ${events.toFixed(0)} events and ${secs.toFixed(1)} s per story` +
      (s.failed ? `; ${s.failed} FAILED` : ''),
  );
  const json = opt('--json');
  if (json) fs.writeFileSync(json, JSON.stringify(scored, null, 1));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (!args.includes('--no-big')) bigBuild();
  if (s.failed) process.exitCode = 1;
}

main();
