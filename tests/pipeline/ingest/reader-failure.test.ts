import { describe, expect, it, vi } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest';

// A reader that throws on some input it cannot handle (a bug, or markup no library expected).
vi.mock('../../../src/pipeline/ingest/html', () => ({
  readHtmlFile: () => {
    throw new Error('unexpected markup');
  },
}));

describe('a reader that fails', () => {
  it('skips that file with the reason and reads the others', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const r = ingest(
      [
        { path: 'c/a.html', bytes: enc('<html><body><p>x</p></body></html>') },
        { path: 'c/b.txt', bytes: enc('The ferry service was cancelled on Friday because of high winds.') },
      ],
      { corpus: 'c' },
    );
    expect(r.skipped).toEqual([
      { file: 'c/a.html', reason: expect.stringMatching(/could not be read \(unexpected markup\)/) },
    ]);
    expect(r.articles.map((a) => a.file)).toEqual(['c/b.txt']);
  });
});
