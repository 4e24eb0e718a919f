import { describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../../src/pipeline/ingest';
import { parseFieldMap, readCsv, readJson, readJsonl } from '../../../src/pipeline/ingest/records';

const TEXT =
  'The harbour of Port Ellen reopened on Monday after a storm closed it for three days, and the port authority promised to dredge the entrance before March.';

function files(entries: Record<string, string>) {
  return Object.entries(entries).map(([path, text]) => ({ path: `c/${path}`, bytes: new TextEncoder().encode(text) }));
}

function run(entries: Record<string, string>, map = {}): IngestResult {
  return ingest(files(entries), { corpus: 'c', fieldMap: map });
}

describe('records: field names of the exports researchers have', () => {
  it.each([
    [
      'news-please',
      {
        maintext: TEXT,
        title: 'Harbour reopens',
        date_publish: '2024-10-01 08:00:00',
        source_domain: 'news.example.org',
        url: 'https://news.example.org/a',
        language: 'en',
      },
      { headline: 'Harbour reopens', outlet: 'news.example.org', date: '2024-10-01', language: 'en' },
    ],
    [
      'trafilatura',
      {
        raw_text: TEXT,
        title: 'Harbour reopens',
        date: '2024-10-01',
        sitename: 'Island Times',
        source: 'https://islandtimes.example/a',
      },
      { headline: 'Harbour reopens', outlet: 'Island Times', date: '2024-10-01', url: 'https://islandtimes.example/a' },
    ],
    [
      'newspaper4k',
      {
        text: TEXT,
        title: 'Harbour reopens',
        publish_date: '2024-10-01T08:00:00+00:00',
        source_url: 'https://paper.example',
      },
      { headline: 'Harbour reopens', outlet: 'paper.example', date: '2024-10-01' },
    ],
    [
      'Media Cloud',
      {
        stories_id: 991,
        title: 'Harbour reopens',
        publish_date: '2024-10-01 08:00:00',
        url: 'https://mc.example/s',
        media_name: 'The Times',
        text: TEXT,
      },
      { headline: 'Harbour reopens', outlet: 'The Times', date: '2024-10-01' },
    ],
    [
      'generic',
      {
        body: TEXT,
        headline: 'Harbour reopens',
        published: '1 October 2024',
        publisher: 'Gazette',
        link: 'https://g.example/x',
      },
      { headline: 'Harbour reopens', outlet: 'Gazette', date: '2024-10-01', url: 'https://g.example/x' },
    ],
  ])('maps a %s record', (_name, record, want) => {
    const r = run({ 'export.jsonl': JSON.stringify(record) });
    const a = r.articles[0]!;
    expect(r.skipped).toEqual([]);
    expect(a).toMatchObject({ format: 'record', headline: want.headline, outlet: want.outlet, text: TEXT });
    expect(a.published).toMatchObject({ date: want.date, basis: 'record' });
    if ('url' in want) expect(a.url).toBe(want.url);
    if ('language' in want) expect(a.language).toBe(want.language);
  });

  it('lets --map name the fields', () => {
    const map = parseFieldMap('text=story_body,published=when');
    expect(typeof map).toBe('object');
    const r = run({ 'x.jsonl': JSON.stringify({ story_body: TEXT, when: '2024-10-01' }) }, map as object);
    expect(r.articles[0]?.published?.date).toBe('2024-10-01');
    expect(parseFieldMap('txt=body')).toMatch(/unknown field/);
  });

  it('names a JSONL line that is not JSON as file:line and reads the other lines', () => {
    const r = run({
      'x.jsonl': [
        JSON.stringify({ text: TEXT, id: 'a' }),
        '{"text": "cut',
        JSON.stringify({ text: TEXT + ' More.', id: 'b' }),
      ].join('\n'),
    });
    expect(r.articles.map((a) => a.file)).toEqual(['c/x.jsonl:1', 'c/x.jsonl:3']);
    expect(r.skipped).toEqual([{ file: 'c/x.jsonl:2', reason: expect.stringMatching(/not JSON/) }]);
  });

  it('skips a record without text, saying which fields it has', () => {
    const r = readJsonl(JSON.stringify({ title: 'Only a title', url: 'https://x.example' }), 'x.jsonl', 'x.jsonl', {});
    expect(r.outcomes[0]).toMatchObject({
      kind: 'skipped',
      skipped: { file: 'x.jsonl:1', reason: expect.stringMatching(/no article text.*title, url/) },
    });
  });

  it('reads a record whose text is HTML as a page', () => {
    const html = `<html><head><meta property="og:site_name" content="Gazette"></head><body><article><h1>H</h1><p>${TEXT}</p><p>${TEXT}</p></article><footer>© 2019 Gazette</footer></body></html>`;
    const r = run({ 'x.jsonl': JSON.stringify({ html, url: 'https://g.example/2024/10/01/x' }) });
    const a = r.articles[0]!;
    expect(a.format).toBe('record');
    expect(a.outlet).toBe('Gazette');
    expect(a.text).not.toContain('<p>');
    expect(a.text).not.toContain('© 2019');
  });

  it('gives stable ids from the record’s own id or URL, else its line', () => {
    const lines = [
      JSON.stringify({ text: TEXT, id: 'x-1' }),
      JSON.stringify({ text: TEXT, url: 'https://www.n.example/a/b' }),
      JSON.stringify({ text: TEXT }),
    ];
    const ids = readJsonl(lines.join('\n'), 'c/e.jsonl', 'e.jsonl', {}).outcomes.map(
      (o) => o.kind === 'article' && o.article.idSource,
    );
    expect(ids).toEqual(['e/x-1', 'e/n.example/a/b', 'e/3']);
    const moved = readJsonl(['', lines[1]].join('\n'), 'c/e.jsonl', 'e.jsonl', {}).outcomes[0];
    expect(moved?.kind === 'article' && moved.article.idSource).toBe('e/n.example/a/b');
  });

  it('keeps no javascript: URL from a record, with a warning', () => {
    const r = run({
      'x.jsonl': JSON.stringify({ text: TEXT, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>Hi' }),
    });
    expect(r.articles[0]).toMatchObject({ url: null, headline: 'Hi' });
    expect(r.articles[0]!.warnings.join(' ')).toMatch(/not an http/);
  });

  it('reads a JSON array, and an object holding one', () => {
    expect(readJson(JSON.stringify([{ text: TEXT }, { text: TEXT }]), 'a.json', 'a.json', {}).outcomes).toHaveLength(2);
    const held = readJson(JSON.stringify({ status: 'ok', articles: [{ text: TEXT }] }), 'a.json', 'a.json', {});
    expect(held.outcomes[0]).toMatchObject({ kind: 'article', article: { file: 'a.json#0' } });
    expect(readJson('{"a": ', 'a.json', 'a.json', {}).fileProblem).toMatch(/not JSON/);
  });

  it('reads CSV with quoted commas and newlines, and TSV', () => {
    const csv = `title,text,date\n"Harbour, reopened","${TEXT}\nSecond line.",2024-10-01\n`;
    const r = readCsv(csv, 'a.csv', 'a.csv', {});
    expect(r.outcomes[0]).toMatchObject({
      kind: 'article',
      article: { headline: 'Harbour, reopened', published: { date: '2024-10-01' } },
    });
    const tsv = readCsv(`title\ttext\nH\t${TEXT}\n`, 'a.tsv', 'a.tsv', {});
    expect(tsv.outcomes[0]).toMatchObject({ kind: 'article', article: { headline: 'H' } });
  });

  it('names a CSV with an unbalanced quote instead of reading it wrongly', () => {
    const csv = `title,text\nA,"${TEXT}\nB,${TEXT}\n`;
    const r = run({ 'a.csv': csv });
    expect(r.skipped.length).toBeGreaterThan(0);
    expect(r.skipped.map((s) => s.reason).join(' ')).toMatch(/quote/i);
  });
});
