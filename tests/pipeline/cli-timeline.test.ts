import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/contract';

let dir: string;
const run = (...args: string[]) => runIn({}, ...args);
const runIn = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'src/pipeline/cli/timeline.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timeline-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run timeline', () => {
  it('builds the seeds, prints a line per article and writes a valid timeline', () => {
    const out = join(dir, 'seeds.json');
    const r = run('--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /seeds\/000_be5cafdb33d90958\.txt: nl, published 2026-01-27 \(inferred\); dates found \d+, placed \d+, excluded \d+/,
    );
    expect(r.out).toMatch(/seeds\/003_a3997d91b73906bd\.txt: en, published 2026-01-27 \(metadata\)/);
    expect(r.out).toMatch(/warning: The page timestamp 2026-06-04 was rejected/);
    expect(validateTimeline(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names every bad file and its problem, still writes the rest, and exits 0', () => {
    const input = join(dir, 'mixed');
    mkdirSync(input);
    copyFileSync('seeds/004_698a170e00b52a8d.txt', join(input, 'a.txt'));
    copyFileSync('seeds/004_698a170e00b52a8d.txt', join(input, 'a-copy.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(input, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    writeFileSync(join(input, 'huge.txt'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    writeFileSync(join(input, 'nodates.txt'), 'The mayor said the agents were not welcome in the city.');
    writeFileSync(
      join(input, 'badmeta.txt'),
      ' date 2026-99-99 The mayor said on Tuesday the agents were not welcome.',
    );
    const out = join(dir, 'mixed.json');
    const r = run('--in', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/empty\.txt: empty file/);
    expect(r.err).toMatch(/binary\.bin: binary file/);
    expect(r.err).toMatch(/latin1\.txt: not UTF-8/);
    expect(r.err).toMatch(/huge\.txt: file too large for a news article \(3\.0 MB/);
    expect(r.out).toMatch(/a-copy\.txt: [\s\S]*warning: the same article as a\b/);
    expect(r.out).toMatch(/nodates\.txt: [^\n]*dates found 0[\s\S]*?note: no dates found/);
    expect(r.out).toMatch(/badmeta\.txt: [\s\S]*?warning: malformed metadata line/);
    const t = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateTimeline(t).ok).toBe(true);
    expect(t.articles.map((a: { id: string }) => a.id).sort()).toEqual(['a', 'a-copy', 'badmeta', 'nodates']);
    expect(t.skipped).toHaveLength(4);
  });

  it('exits non-zero and writes nothing for a missing folder', () => {
    const out = join(dir, 'missing.json');
    const r = run('--in', join(dir, 'no-such-folder'), '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/no-such-folder: no such folder; nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits non-zero when no file of the folder is usable, naming them', () => {
    const input = join(dir, 'allbad');
    mkdirSync(input);
    writeFileSync(join(input, 'empty.txt'), '');
    const out = join(dir, 'allbad.json');
    const r = run('--in', input, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/empty\.txt: empty file/);
    expect(r.err).toMatch(/no usable article/);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing timeline untouched when it cannot build a new one', () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, '{"old":true}');
    run('--in', join(dir, 'no-such-folder'), '--out', out);
    expect(readFileSync(out, 'utf8')).toBe('{"old":true}');
  });

  it('writes byte-identical files whatever the time zone of the machine', () => {
    const a = join(dir, 'tz-a.json');
    const b = join(dir, 'tz-b.json');
    expect(runIn({ TZ: 'Pacific/Kiritimati' }, '--out', a).code).toBe(0);
    expect(runIn({ TZ: 'America/Los_Angeles' }, '--out', b).code).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('rejects unknown arguments with the usage', () => {
    const r = run('--frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: npm run timeline/);
  });
});
