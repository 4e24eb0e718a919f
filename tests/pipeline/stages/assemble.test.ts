import { describe, expect, it } from 'vitest';
import { firstNewsSentence } from '../../../src/pipeline/stages/assemble';
import { A, run } from './helpers';

describe('the assemble stage', () => {
  it('names a text file by its file name and its first sentence of news, and validates', () => {
    const { built } = run(['a.txt', A]);
    const a = built.timeline.articles[0]!;
    expect(a.outlet).toBe('a.txt');
    expect(a.headline).toBe('Alex Pretti was shot dead in Minneapolis on Saturday, witnesses said.');
    expect(built.report.errors).toEqual([]);
    expect(built.report.articles[0]).toMatchObject({ id: 'a', found: 2, placed: 1, excluded: 1 });
  });
  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const long = Array.from({ length: 40 }, () => 'word').join(' ') + '.';
    const h = firstNewsSentence(long, [], [{ start: 0, end: long.length }]);
    expect(h.length).toBeLessThanOrEqual(140);
    expect(h.endsWith('word…')).toBe(true);
  });
});
