// The timeline CLI and its worker compiled once to plain JavaScript by esbuild (the compiler tsx itself runs),
// into .tmp/pipeline-bundle/, and rebuilt when one of their source files (or package-lock.json) changed.
// Loading TypeScript through tsx costs each thread seconds of CPU and ~100 MB (its loader hooks run for every
// module, in a thread of their own), and resolving the packages' hundreds of modules one by one costs each
// worker a few tenths of a second more; the bundle loads in a fraction of that. Our code is compiled with the
// same esbuild transform tsx applies.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle's entries: the CLI and the worker thread's module (which share one chunk of the pipeline). */
const ENTRIES = ['src/pipeline/cli/timeline.ts', 'src/pipeline/cli/worker.ts'];
/** Changed when the build's options change, so an older bundle is not taken for a current one. */
const BUNDLE_FORMAT = 'esm-node20-split-packages-4';
/** Bundles other than the current one are removed once this old: a CLI still running from one keeps it. */
const STALE_BUNDLE_MS = 60 * 60 * 1000;

/** The project's root: the nearest folder above this file with a package.json (this file may be bundled). */
function projectRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('no package.json above the pipeline');
    dir = up;
  }
  return dir;
}

const sha1 = (text) => createHash('sha1').update(text).digest('hex');

/** Each input's hash, by its path from the root; null when one cannot be read (then the bundle is rebuilt). */
function hashInputs(root, paths) {
  const out = {};
  for (const p of paths) {
    try {
      out[p] = sha1(readFileSync(join(root, p)));
    } catch {
      return null;
    }
  }
  return out;
}

/** The folder named by `current.json` when every source file it was built from is unchanged. */
function currentBundle(root, base) {
  try {
    const current = JSON.parse(readFileSync(join(base, 'current.json'), 'utf8'));
    if (current.format !== BUNDLE_FORMAT) return null;
    const now = hashInputs(root, Object.keys(current.inputs));
    const same = now && Object.entries(current.inputs).every(([p, h]) => now[p] === h);
    const dir = join(base, current.dir);
    return same && ENTRIES.every((e) => existsSync(join(dir, outName(e)))) ? dir : null;
  } catch {
    return null;
  }
}

/** `src/pipeline/cli/worker.ts` is bundled as `worker.mjs`. */
function outName(entry) {
  return entry.replace(/^.*\//, '').replace(/\.ts$/, '.mjs');
}

/** Bundles once built for sources since changed, past STALE_BUNDLE_MS. */
function removeStale(base, keep) {
  for (const name of readdirSync(base)) {
    const path = join(base, name);
    if (name === keep || name === 'current.json') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_BUNDLE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      /* removed by another run meanwhile */
    }
  }
}

/**
 * The files a bundle is checked against at each start: our sources, and for the packages (hundreds of files)
 * package-lock.json, which changes whenever npm installs another version.
 */
function sourcesOf(root, metafile) {
  const ours = Object.keys(metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  return [...ours, ...(existsSync(join(root, 'package-lock.json')) ? ['package-lock.json'] : [])].sort();
}

async function build(root, base) {
  const { build: esbuild, version } = await import('esbuild');
  const tmp = join(base, `build-${process.pid}-${Date.now()}`);
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: tmp,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The packages too: a worker then loads a few files, not the hundreds of modules it resolved one by one;
    // not tinypool (it starts its workers from a file of its own) nor esbuild (its binary). Class names kept
    // (the extractor drops chrono parsers by name); `require` defined for the CommonJS packages.
    external: ['tinypool', 'esbuild'],
    keepNames: true,
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = hashInputs(root, sourcesOf(root, result.metafile));
  if (!inputs) throw new Error('a source file changed during the build');
  const name = sha1(`${BUNDLE_FORMAT} ${version} ${JSON.stringify(inputs)}`).slice(0, 16);
  // Two runs building at once: both build, the first rename wins, the other's copy is dropped.
  if (existsSync(join(base, name))) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, join(base, name));
  const current = join(base, `current.json.${process.pid}.tmp`);
  writeFileSync(current, JSON.stringify({ format: BUNDLE_FORMAT, dir: name, inputs }, null, 1) + '\n');
  renameSync(current, join(base, 'current.json'));
  removeStale(base, name);
  return join(base, name);
}

/**
 * The folder holding `timeline.mjs` and `worker.mjs`, built first when missing or out of date; null when it
 * cannot be built (no esbuild, a read-only folder): the caller then runs the TypeScript through tsx.
 */
export async function ensureBundle() {
  try {
    const root = projectRoot();
    const base = join(root, '.tmp', 'pipeline-bundle');
    const dir = currentBundle(root, base);
    if (dir) return dir;
    mkdirSync(base, { recursive: true });
    return await build(root, base);
  } catch {
    return null;
  }
}

/** The bundled module for one of the entries (`timeline.mjs`, `worker.mjs`), or null as for `ensureBundle`. */
export async function bundledModule(name) {
  const dir = await ensureBundle();
  return dir ? join(dir, name) : null;
}
