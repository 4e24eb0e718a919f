/**
 * Once per `vitest run` of the e2e project: make sure Chromium is there, build the seeds' timeline,
 * build the site, and serve it at `/` and under `/course/unit-1/chronology/` (as a course page
 * would host it). Tests get the URLs with `inject('baseUrl')` and `inject('subpathUrl')`.
 *
 * Environment switches for working on the tests themselves:
 *   E2E_TIMELINE=path/to/timeline.json  serve that file instead of running the pipeline on seeds/
 *   E2E_REUSE_BUILD=1                   reuse .tmp/e2e-dist when it exists (skip pipeline and build)
 */
import { copyFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, TSX_CLI, run, viteBuild } from './support/run';
import { COURSE_SUBPATH as SUBPATH, startStaticServer } from './support/server';
import './support/provided';

const DIST = join(ROOT, '.tmp', 'e2e-dist');

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (s: string) => process.stderr.write(`[e2e setup] ${s}\n`);
  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(join(DIST, 'index.html'));

  let t = performance.now();
  await run('bash', [join(ROOT, '.ci', 'ensure-chromium.sh')], 'bash .ci/ensure-chromium.sh');

  if (reuse) {
    log(`reusing ${DIST} (E2E_REUSE_BUILD=1)`);
  } else {
    const given = process.env.E2E_TIMELINE;
    if (!given) {
      t = performance.now();
      // The app reads the timeline the build step writes; building it here tests the two together.
      await run(process.execPath, [TSX_CLI, 'src/pipeline/cli/timeline.ts'], 'the build step (npx tsx src/pipeline/cli/timeline.ts)');
      log(`timeline of seeds/ built in ${seconds(t)}`);
    }
    t = performance.now();
    await viteBuild(DIST);
    log(`site built into .tmp/e2e-dist in ${seconds(t)}`);
    if (given) await copyFile(resolve(ROOT, given), join(DIST, 'timeline.json'));
  }
  const timeline = await stat(join(DIST, 'timeline.json')).catch(() => null);
  if (!timeline) {
    throw new Error('the built site has no timeline.json: the build step did not write public/timeline.json (run `npm run timeline`)');
  }

  const server = await startStaticServer({ root: DIST, mounts: ['/', SUBPATH] });
  project.provide('baseUrl', server.url);
  project.provide('subpathUrl', server.urlOf(SUBPATH));
  project.provide('distDir', DIST);
  log(`serving at ${server.url} and ${server.urlOf(SUBPATH)}`);

  return async () => {
    await server.close();
  };
}
