import { describe, expect, it } from 'vitest';
import type { FoundMention } from '../../../src/pipeline/extract';
import { mentionShapeOk } from '../../../src/pipeline/stages/extract';
import { A, run } from './helpers';

describe('the extract stage', () => {
  it('finds the dates of each article against its reference date', () => {
    const { extracted } = run(['a.txt', A]);
    expect(extracted[0]!.found.map((m) => m.value)).toContainEqual({ start: '2026-01-24' });
  });
  it('accepts only results the contract can hold', () => {
    const ok: FoundMention = {
      start: 0,
      end: 5,
      text: 'today',
      kind: 'date',
      value: { start: '2026-01-27' },
      timex: { type: 'DATE', value: '2026-01-27' },
      relative: true,
    } as FoundMention;
    expect(mentionShapeOk(ok)).toBe(true);
    expect(mentionShapeOk({ ...ok, value: { start: '2026-13-01' } })).toBe(false);
    expect(mentionShapeOk({ ...ok, value: { start: '2026-02-01', end: '2026-01-01' } })).toBe(false);
    expect(mentionShapeOk({ ...ok, value: null })).toBe(false);
  });
});
