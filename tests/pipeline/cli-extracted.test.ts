import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'src/pipeline/cli/timeline.ts', '-q', '--workers', '1', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-extracted-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('building from the per-article results written down', () => {
  for (const input of ['seeds', 'tests/fixtures/ingest/mixed']) {
    it(`gives the same timeline bytes as a direct build (${input})`, () => {
      const extracted = join(dir, input.replace(/\W/g, '-'));
      const direct = join(dir, 'direct.json');
      const fromExtracted = join(dir, 'from-extracted.json');
      expect(run('--in', input, '--out', direct).code).toBe(0);
      expect(run('--in', input, '--extract-only', '--out-extracted', extracted).code).toBe(0);
      const manifest = JSON.parse(readFileSync(join(extracted, 'manifest.json'), 'utf8')) as { shards: string[] };
      expect(manifest.shards).toEqual(['part-00000.jsonl']);
      expect(run('--from-extracted', extracted, '--out', fromExtracted).code).toBe(0);
      expect(readFileSync(fromExtracted, 'utf8')).toBe(readFileSync(direct, 'utf8'));
    });
  }

  it('names a bad line by its file and line, and writes nothing', () => {
    const extracted = join(dir, 'bad');
    expect(run('--in', 'seeds', '--extract-only', '--out-extracted', extracted).code).toBe(0);
    const shard = join(extracted, 'part-00000.jsonl');
    const lines = readFileSync(shard, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"fingerprint":', '"fingerprint_":');
    writeFileSync(shard, lines.join('\n'));
    const out = join(dir, 'bad.json');
    const r = run('--from-extracted', extracted, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/part-00000\.jsonl:3: fingerprint: /);
  });
});
