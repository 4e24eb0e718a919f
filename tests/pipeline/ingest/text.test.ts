import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/pipeline/ingest/text';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const read = (path: string, text: string, idSource = path) => {
  const r = readTextFile(file(path, text), idSource, 1024 * 1024);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
};

describe('a text file as an article', () => {
  it('keeps the text unchanged and says nothing it does not know (no headline, outlet, url)', () => {
    const a = read('c/x.txt', 'Milan, Tuesday. The mayor spoke.');
    expect(a).toMatchObject({ file: 'c/x.txt', format: 'text', text: 'Milan, Tuesday. The mayor spoke.' });
    expect(a).toMatchObject({ headline: null, outlet: null, url: null, byline: null, published: null });
  });

  it('reads the metadata line as the publication date and excludes it from the news', () => {
    const a = read('seeds/003.txt', ' date 2026-01-27 ROME, Jan 27 : The minister said.');
    expect(a.published).toMatchObject({ date: '2026-01-27', basis: 'metadata' });
    expect(a.text.slice(a.published!.evidence!.start, a.published!.evidence!.end)).toBe('2026-01-27');
    expect(a.excluded).toEqual([{ start: 1, end: 16, reason: 'metadata line' }]);
  });

  it('warns about a malformed metadata line, excludes it, and gives no date from it', () => {
    const a = read('c/x.txt', 'date 2026-02-30 The minister said.');
    expect(a.published).toBeNull();
    expect(a.excluded).toHaveLength(1);
    expect(a.warnings.join(' ')).toContain('malformed metadata line');
  });

  it('dates an article by the folder it is in (basis path), as news archives lay them out', () => {
    expect(read('in/2010-04-23/1623.txt', 'Text.', '2010-04-23/1623.txt').published).toMatchObject({
      date: '2010-04-23',
      basis: 'path',
    });
    expect(read('in/2019/01/03/slug.txt', 'Text.', '2019/01/03/slug.txt').published).toMatchObject({
      date: '2019-01-03',
      basis: 'path',
      note: expect.stringContaining('2019/01/03'),
    });
  });

  it('does not date an article by the name of the corpus folder, only by its path inside the corpus', () => {
    expect(read('archive/2020-01-01/x.txt', 'Text.', 'x.txt').published).toBeNull();
  });

  it('prefers the metadata line to the path, and warns when they disagree', () => {
    const a = read('in/2026-01-28/x.txt', ' date 2026-01-27 Text.', '2026-01-28/x.txt');
    expect(a.published).toMatchObject({ date: '2026-01-27', basis: 'metadata' });
    expect(a.warnings.join(' ')).toContain("the file's path says 2026-01-28");
  });

  it('passes on why a file is not text', () => {
    expect(readTextFile({ path: 'x.txt', bytes: new Uint8Array() }, 'x.txt', 100)).toEqual({
      ok: false,
      reason: 'empty file',
    });
  });
});
