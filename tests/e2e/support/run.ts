/** Running the project's own command-line steps (pipeline, vite build) from the test setup and the benchmark. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/e2e/support/run.ts). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const require = createRequire(import.meta.url);
/** tsx's and vite's command-line entries, run with this Node (no npx start-up cost). */
export const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
export const VITE_CLI = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/** Run a command in the repository root; resolve with its output, reject with the tail of it when it fails. */
export function run(command: string, args: string[], label = `${command} ${args.join(' ')}`): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === 0) ok(out);
      else fail(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${out.slice(-3000)}`));
    });
  });
}

/** `vite build` of the app into `outDir` (relative to the root or absolute), quietly. */
export function viteBuild(outDir: string): Promise<string> {
  return run(
    process.execPath,
    [VITE_CLI, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    `vite build --outDir ${outDir}`,
  );
}
