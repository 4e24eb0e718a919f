import { describe, expect, it } from 'vitest';
import { cleanArticles } from '../../../src/pipeline/stages/clean';
import { ingested } from './helpers';

describe('the clean stage', () => {
  it('gives paths that would make the same id different ids, in path order', () => {
    const a = cleanArticles(ingested(['a b.txt', 'One.'], ['a-b.txt', 'Two.'], ['a?b.txt', 'Three.']));
    expect(a.map((x) => x.id)).toEqual(['a-b', 'a-b-txt', 'a-b-2']);
  });

  it('marks a later copy of the same text (white space aside) as a duplicate of the first', () => {
    const a = cleanArticles(
      ingested(
        ['1.txt', 'The mayor spoke on Tuesday.'],
        ['2.txt', 'The  mayor\nspoke on Tuesday. '],
        ['3.txt', 'Other.'],
      ),
    );
    expect(a.map((x) => x.duplicateOf)).toEqual([undefined, '1', undefined]);
    expect(a[1]!.warnings.join(' ')).toContain('the same article as 1');
  });

  it('marks a later article with the same URL as a duplicate of the first, by its id', () => {
    const a = cleanArticles(
      ingested(
        [
          '1.txt',
          'url: https://post.example/library\ntitle: Library\n\nThe library closed on Tuesday, the mayor said.',
        ],
        ['2.txt', 'url: https://post.example/library/\ntitle: Library\n\nThe library closed on Tuesday. Updated.'],
        ['3.txt', 'url: https://post.example/other\n\nThe pool opened on Monday.'],
      ),
    );
    expect(a.map((x) => x.duplicateOf)).toEqual([undefined, '1', undefined]);
    expect(a[1]!.warnings.join(' ')).toMatch(/same URL as c\/1\.txt/);
  });

  it('finds the dateline after the metadata line and keeps both out of the first sentence', () => {
    const [a] = cleanArticles(ingested(['x.txt', ' date 2026-01-27 ROME, Jan 27 : The minister said so.']));
    expect(a!.head.dateline).toMatchObject({ month: 1, day: 27 });
    expect(a!.head.stamp).toBeNull();
    const first = a!.sentences.map((s) => a!.text.slice(s.start, s.end)).find((t) => t.includes('minister'));
    expect(first).toBe('The minister said so.');
  });

  it('reads a page stamp only when the file declares no metadata', () => {
    const stamp = 'January 28, 2026, 9:15 a.m.\n\nThe mayor said on Tuesday that the city would not welcome them.';
    expect(cleanArticles(ingested(['x.txt', stamp]))[0]!.head.stamp?.date).toBe('2026-01-28');
    expect(cleanArticles(ingested(['2026-01-28/x.txt', stamp]))[0]!.head.stamp).toBeNull();
  });

  it('finds page chrome and counts it as not news', () => {
    const [a] = cleanArticles(
      ingested(['x.txt', 'The council met on Monday and voted for the plan after a long debate.\nRead more\n']),
    );
    expect(a!.chrome.map((c) => c.reason)).toContain('button label');
    expect(a!.notNews.some((s) => a!.text.slice(s.start, s.end) === 'Read more')).toBe(true);
  });

  it('warns when the language of a longer text cannot be told, not for a short one', () => {
    const long = Array.from({ length: 30 }, (_, i) => `X${i}`).join(' ');
    expect(cleanArticles(ingested(['x.txt', long]))[0]!.warnings.join(' ')).toContain('language could not be');
    expect(cleanArticles(ingested(['x.txt', 'X1 X2 X3']))[0]!.warnings).toEqual([]);
  });
});
