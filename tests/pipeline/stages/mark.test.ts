import { describe, expect, it } from 'vitest';
import { A, C, run } from './helpers';

describe('the mark stage', () => {
  it('lists every mention by article, and passes only the placeable ones to the clustering', () => {
    const { marked } = run(['a.txt', A], ['c.txt', C]);
    expect(marked.ranges).toHaveLength(2);
    expect(marked.ranges[1]!.first).toBe(marked.ranges[0]!.end);
    const meta = marked.mentions.find((m) => m.text.includes('2026-01-27'));
    expect(meta?.note).toContain('publication date (metadata line)');
    expect(marked.placeable.map((p) => marked.mentions[p.key]!.note)).toEqual(marked.placeable.map(() => undefined));
    // C has no publication date: its relative Thursday cannot be placed.
    const thursday = marked.mentions.find((m) => m.text.includes('Thursday'));
    expect(thursday?.note).toContain('no publication date');
  });
});
