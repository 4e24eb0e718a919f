import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('the ingest stage', () => {
  it('gives one article per file in path order, whatever order the files came in', () => {
    const r = ingest([file('c/b.txt', 'B text.'), file('c/a.txt', 'A text.')], { corpus: 'c' });
    expect(r.articles.map((a) => [a.file, a.idSource])).toEqual([
      ['c/a.txt', 'a.txt'],
      ['c/b.txt', 'b.txt'],
    ]);
  });

  it('skips a file given twice and a file that is not text, naming each, and reads the rest', () => {
    const r = ingest([file('c/a.txt', 'A text.'), file('c/a.txt', 'A text.'), file('c/e.txt', '')], { corpus: 'c' });
    expect(r.articles).toHaveLength(1);
    expect(r.skipped).toEqual([
      { file: 'c/a.txt', reason: 'the same file was given twice' },
      { file: 'c/e.txt', reason: 'empty file' },
    ]);
  });

  it('reads dates from the path inside the corpus only', () => {
    const r = ingest([file('2020-01-01/2009-04-25/558.txt', 'Text.')], { corpus: '2020-01-01' });
    expect(r.articles[0]!.published).toMatchObject({ date: '2009-04-25', basis: 'path' });
  });

  it('skips a file over the size limit with the limit in the reason', () => {
    const r = ingest([file('c/big.txt', 'x'.repeat(2000))], { corpus: 'c', maxBytes: 1000 });
    expect(r.skipped[0]!.reason).toContain('too large');
  });
});
