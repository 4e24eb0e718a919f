/**
 * Once per `vitest run` of the e2e project: make sure Chromium is there, build the seeds' timeline
 * with the build step, build the site, and serve it at `/` and under `/course/unit-1/chronology/`
 * (as a course page would host it). Tests get the URLs with `inject('baseUrl')` and
 * `inject('subpathUrl')`, the folder with `inject('distDir')`.
 *
 * Each run builds into its own folder (.tmp/e2e-dist/run-<pid>) and writes the timeline straight
 * into it, so runs started at the same time by different people never serve each other's
 * half-written files, and public/timeline.json (the dev server's input) is left alone.
 *
 * E2E_TIMELINE=path/to/timeline.json serves that file instead of the seeds' timeline (for trying
 * the tests on another corpus; the smoke test's seeds checks then do not apply).
 */
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, TSX_CLI, run, viteBuild } from './support/run';
import { COURSE_SUBPATH, startStaticServer } from './support/server';
import './support/provided';

const RUNS_DIR = join(ROOT, '.tmp', 'e2e-dist');

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove folders of earlier runs whose process is gone (a run killed before its teardown). */
async function removeStaleRuns(): Promise<void> {
  const names = await readdir(RUNS_DIR).catch(() => [] as string[]);
  for (const name of names) {
    const pid = /^run-(\d+)(-timeline\.json)?$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      await rm(join(RUNS_DIR, name), { recursive: true, force: true });
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (s: string) => process.stderr.write(`[e2e setup] ${s}\n`);
  const dist = join(RUNS_DIR, `run-${process.pid}`);
  const timelineFile = join(RUNS_DIR, `run-${process.pid}-timeline.json`);
  const cleanup = () => Promise.all([rm(dist, { recursive: true, force: true }), rm(timelineFile, { force: true })]);

  await run('bash', [join(ROOT, '.ci', 'ensure-chromium.sh')], 'bash .ci/ensure-chromium.sh');
  await mkdir(RUNS_DIR, { recursive: true });
  await removeStaleRuns();

  try {
    const given = process.env.E2E_TIMELINE;
    const t = performance.now();
    // The site build and the build step do not depend on each other: run them side by side.
    await Promise.all([
      viteBuild(dist).then(() => log(`site built in ${seconds(t)}`)),
      given
        ? copyFile(resolve(ROOT, given), timelineFile)
        : run(
            process.execPath,
            [TSX_CLI, 'src/pipeline/cli/timeline.ts', '--in', 'seeds', '--out', timelineFile, '--quiet'],
            'the build step (npx tsx src/pipeline/cli/timeline.ts --in seeds)',
          ).then(() => log(`timeline of seeds/ built in ${seconds(t)}`)),
    ]);
    // Replaces whatever public/timeline.json the build copied: the tests see exactly this run's timeline.
    await rename(timelineFile, join(dist, 'timeline.json'));
    await stat(join(dist, 'index.html'));
  } catch (err) {
    await cleanup();
    throw err;
  }

  const server = await startStaticServer({ root: dist, mounts: ['/', COURSE_SUBPATH] });
  project.provide('baseUrl', server.url);
  project.provide('subpathUrl', server.urlOf(COURSE_SUBPATH));
  project.provide('distDir', dist);
  log(`serving ${describeServed(process.env.E2E_TIMELINE)} at ${server.url} and ${server.urlOf(COURSE_SUBPATH)}`);

  return async () => {
    await server.close();
    await cleanup();
  };
}

function describeServed(file: string | undefined): string {
  return file ? `the site with ${file}` : "the site with the seeds' timeline";
}
