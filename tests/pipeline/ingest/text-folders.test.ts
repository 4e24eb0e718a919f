import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest';

const NEWS =
  'The town library will stay open until nine in the evening from 1 September, the council said on Monday.\n';

function run(entries: Record<string, string>) {
  const files = Object.entries(entries).map(([path, text]) => ({
    path: `c/${path}`,
    bytes: new TextEncoder().encode(text),
  }));
  return ingest(files, { corpus: 'c' });
}

describe('text folders', () => {
  it('reads a front-matter header and keeps it out of the news', () => {
    const text = `title: Library extends hours\nsource: Westfield Post\nurl: https://post.example/library\ndate: 2024-08-19\n\n${NEWS}`;
    const a = run({ 'a.txt': text }).articles[0]!;
    expect(a).toMatchObject({
      headline: 'Library extends hours',
      outlet: 'Westfield Post',
      url: 'https://post.example/library',
    });
    expect(a.published).toMatchObject({ date: '2024-08-19', basis: 'front-matter' });
    expect(text.slice(a.published!.evidence!.start, a.published!.evidence!.end)).toBe('2024-08-19');
    expect(a.excluded[0]).toMatchObject({ start: 0, reason: 'front-matter header' });
    expect(text.slice(a.excluded[0]!.end)).toContain('The town library');
  });

  it('reads a header fenced by --- lines', () => {
    const a = run({ 'a.txt': `---\ntitle: Library\ndate: 2024-08-19\n---\n${NEWS}` }).articles[0]!;
    expect(a.headline).toBe('Library');
    expect(a.published?.basis).toBe('front-matter');
  });

  it('keeps the seeds’ metadata line working', () => {
    const a = run({ 'a.txt': ` date 2026-01-27\n${NEWS}` }).articles[0]!;
    expect(a.published).toMatchObject({ date: '2026-01-27', basis: 'metadata' });
    expect(a.headline).toBeNull();
  });

  it('does not read a first sentence with a colon as a header', () => {
    const a = run({ 'a.txt': `Source: the council said the library will stay open late.\n${NEWS}` }).articles[0]!;
    expect(a.excluded).toEqual([]);
    expect(a.outlet).toBeNull();
  });

  it('fills files from the folder’s manifest and reports a row naming no file', () => {
    const r = run({
      'metadata.csv':
        'file,title,source,url,published,language\na.txt,Library,Post,https://post.example/l,2024-08-19,en\nnone.txt,X,Y,,2024-01-01,en\n',
      'a.txt': NEWS,
    });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({
      headline: 'Library',
      outlet: 'Post',
      url: 'https://post.example/l',
      language: 'en',
    });
    expect(r.articles[0]!.published).toMatchObject({ date: '2024-08-19', basis: 'manifest' });
    expect(r.skipped).toEqual([{ file: 'c/metadata.csv:3', reason: expect.stringMatching(/none\.txt/) }]);
  });

  it('reads metadata.jsonl too, and the file’s own date line outranks the manifest, with a warning', () => {
    const r = run({
      'metadata.jsonl': JSON.stringify({ file: 'a.txt', published: '2024-08-20', source: 'Post' }),
      'a.txt': ` date 2024-08-19\n${NEWS}`,
    });
    expect(r.articles[0]!.published).toMatchObject({ date: '2024-08-19', basis: 'metadata' });
    expect(r.articles[0]!.warnings.join(' ')).toMatch(/manifest says 2024-08-20/);
  });

  it('marks the same URL in two files as one article and a named duplicate', () => {
    const r = run({
      'a.txt': `url: https://post.example/library\ntitle: Library\n\n${NEWS}`,
      'b.txt': `url: https://post.example/library/\ntitle: Library (copy)\n\n${NEWS}Updated.\n`,
    });
    expect(r.articles[0]!.sameUrlAs).toBeUndefined();
    expect(r.articles[1]!.sameUrlAs).toBe('c/a.txt');
  });

  it('accounts for every file: each is an article or a skipped entry with its reason', () => {
    const r = run({ 'a.txt': NEWS, 'b.txt': '', 'c.jsonl': '{"x": 1}\nnot json\n', 'd.json': '[]' });
    const named = new Set([...r.articles.map((a) => a.file), ...r.skipped.map((s) => s.file)]);
    for (const f of ['c/a.txt', 'c/b.txt', 'c/c.jsonl:1', 'c/c.jsonl:2', 'c/d.json']) expect(named).toContain(f);
    for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(5);
  });
});
