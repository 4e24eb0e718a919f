import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run extract` as a user runs it: real files, real process, stdout lines and exit codes.
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[]) =>
  spawnSync(TSX, ['src/pipeline/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run extract', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
  const en = path.join(dir, 'en.txt');
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(en, 'The minister said on Saturday that the talks, which began in 2009, will resume next month.');
  fs.writeFileSync(empty, '');

  it('prints one JSON line per file and reports a bad file by name without failing the run', () => {
    const r = run(['--ref', '2026-01-27', '--lang', 'en', en, empty]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].file).toBe(en);
    expect(lines[0].mentions.map((m: { text: string; value: unknown }) => [m.text, m.value])).toEqual([
      ['Saturday', { start: '2026-01-24' }],
      ['2009', { start: '2009' }],
      ['next month', { start: '2026-02' }],
    ]);
    expect(r.stderr).toContain(`${empty}: empty file`);
  });

  it('exits non-zero when nothing can be done, and on a malformed reference', () => {
    expect(run(['--ref', '2026-01-27', empty]).status).not.toBe(0);
    const bad = run(['--ref', '27/01/2026', en]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--ref must be a calendar date YYYY-MM-DD/);
  });

  it('reads and writes TimeML values in jsonl mode, skipping a broken line with its line number', () => {
    const input = path.join(dir, 'in.jsonl');
    fs.writeFileSync(
      input,
      [
        JSON.stringify({
          doc: 'd1',
          dct: '2013-03-12',
          text: 'Profit rose in the third quarter and the 1990s were good.',
        }),
        '{broken',
        '',
      ].join('\n'),
    );
    const r = run(['--jsonl', input, '--lang', 'en', '--format', 'timex3']);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      {
        doc: 'd1',
        mentions: [
          { start: 15, end: 32, text: 'the third quarter', value: '2012-Q3', type: 'DATE' },
          { start: 37, end: 46, text: 'the 1990s', value: '199', type: 'DATE' },
        ],
      },
    ]);
    expect(r.stderr).toContain(`${input}:2: not JSON`);
  });
});
