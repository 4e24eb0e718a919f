import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest';
import { decodeHtml, gunzip } from '../../../src/pipeline/ingest/decode';
import { readHtmlFile } from '../../../src/pipeline/ingest/html';

const FIXTURE = 'tests/fixtures/ingest/mixed/page.html';
const STORY =
  '<p>The city council voted on Tuesday to close the old bridge over the river, after engineers found cracks in two of its supports during an inspection last month.</p>' +
  '<p>The mayor said the bridge would stay closed until repairs are finished in the spring, and that a ferry would run in the meantime for cyclists and pedestrians.</p>';

function page(head: string, body = `<article><h1>Bridge closed</h1>${STORY}</article>`): Uint8Array {
  return new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

function read(bytes: Uint8Array, path = 'corpus/page.html') {
  const r = readHtmlFile({ path, bytes }, path);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

describe('saved web pages', () => {
  it('reads a windows-1252 page by its meta charset instead of skipping it as not UTF-8', () => {
    const a = read(readFileSync(FIXTURE));
    expect(a.byline).toBe('Jo Café');
    expect(a.text).toContain('Riverton voted on Tuesday');
  });

  it('keeps the article and drops scripts, styles, navigation, related links, captions and footers', () => {
    const a = read(readFileSync(FIXTURE));
    for (const chrome of ['showCTA_flag', 'color:red', 'Archive 2019', 'Fair opens', 'Photo: Archive', 'All rights'])
      expect(a.text).not.toContain(chrome);
    expect(a.text).toContain('report on the repairs by 15 December');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('takes headline, outlet, canonical URL and language from the page, the date from JSON-LD inside @graph', () => {
    const a = read(readFileSync(FIXTURE));
    expect(a.headline).toBe('Council closes Mill river bridge');
    expect(a.outlet).toBe('The Riverton Courier');
    expect(a.url).toBe('https://www.courier.example/news/2024/11/05/bridge-closed');
    expect(a.language).toBe('en');
    expect(a.published).toMatchObject({ date: '2024-11-05', basis: 'json-ld' });
    expect(a.modified).toBe('2024-11-07T09:00:00Z');
    expect(a.format).toBe('html');
  });

  it('never uses the modification date as the publication date', () => {
    const a = read(page('<meta property="article:modified_time" content="2023-05-01T10:00:00Z">'));
    expect(a.published).toBeNull();
    expect(a.modified).toBe('2023-05-01T10:00:00Z');
  });

  it.each([
    ['meta', '<meta property="article:published_time" content="2023-05-01T10:00:00+02:00">', 'meta'],
    ['parsely', '<meta name="parsely-pub-date" content="2023-05-01T10:00:00Z">', 'meta'],
    ['Dublin Core', '<meta name="DC.date.issued" content="2023-05-01">', 'meta'],
    ['itemprop', '<meta itemprop="datePublished" content="2023-05-01">', 'meta'],
    ['canonical URL', '<link rel="canonical" href="https://x.example/2023/05/01/bridge">', 'url'],
  ])('reads the publication date from %s', (_name, head, basis) => {
    expect(read(page(head)).published).toMatchObject({ date: '2023-05-01', basis });
  });

  it('reads a <time datetime> by the headline', () => {
    const a = read(
      page(
        '',
        `<article><header><h1>Bridge closed</h1><time datetime="2023-05-01">1 May</time></header>${STORY}</article>`,
      ),
    );
    expect(a.published).toMatchObject({ date: '2023-05-01', basis: 'time' });
  });

  it('reads a "Published …" line of the text when the markup has no date, pointing at it', () => {
    const a = read(page('', `<article><h1>Bridge closed</h1><p>Published 3 May 2023</p>${STORY}</article>`));
    expect(a.published).toMatchObject({ date: '2023-05-03', basis: 'text' });
    const ev = a.published!.evidence!;
    expect(a.text.slice(ev.start, ev.end)).toBe('Published 3 May 2023');
  });

  it('warns when the page names two different publication days, and uses JSON-LD', () => {
    const a = read(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-01"}</script><meta property="article:published_time" content="2023-04-20">',
      ),
    );
    expect(a.published).toMatchObject({ date: '2023-05-01', basis: 'json-ld' });
    expect(a.warnings.join(' ')).toMatch(/2023-04-20/);
  });

  it('does not call two time zones of the same moment a disagreement, and keeps the publisher’s day', () => {
    const a = read(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02T01:30:00Z"}</script><meta property="article:published_time" content="2023-05-01T18:30:00-07:00">',
      ),
    );
    expect(a.published?.date).toBe('2023-05-01');
    expect(a.warnings.join(' ')).not.toMatch(/2023-05-02/);
  });

  it('shows markup in a headline or byline as text, and keeps no javascript: URL', () => {
    const a = read(
      page(
        '<meta property="og:title" content="<script>alert(1)</script>Bridge"><link rel="canonical" href="javascript:alert(1)"><meta name="author" content="<b>Eve</b>">',
        `<div>${STORY}</div>`,
      ),
    );
    expect(a.url).toBeNull();
    expect(a.headline ?? '').not.toMatch(/[<>]/);
    expect(a.byline).toBe('Eve');
  });

  it('skips a page with no readable article (a login wall) with its reason', () => {
    const r = readHtmlFile(
      { path: 'wall.html', bytes: page('', '<form><input name="user"><button>Log in</button></form>') },
      'wall.html',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/no readable article|too little/);
  });

  it('skips a tag page that is only a list of links to other stories, saying so', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/n/${i}">Council news item ${i} about the bridge and the harbour</a> ${i + 1} March 2024</li>`,
    ).join('');
    const r = readHtmlFile(
      { path: 'tag.html', bytes: page('<title>Tag</title>', `<main><h1>Tag</h1><ul>${items}</ul></main>`) },
      'tag.html',
    );
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/index of links/) });
  });

  it('skips an image gallery with its reason', () => {
    const figures = Array.from(
      { length: 12 },
      (_, i) => `<figure><img src="${i}.jpg"><figcaption>Photo ${i}, 3 May 2021</figcaption></figure>`,
    );
    const r = readHtmlFile({ path: 'g.html', bytes: page('', `<h1>Photos</h1>${figures.join('')}`) }, 'g.html');
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/article text/) });
  });

  it('reads a fragment of a page (no <html> or <body>), as exports often hold', () => {
    const a = read(new TextEncoder().encode(`<div><h2>Bridge closed</h2>${STORY}</div>`));
    expect(a.text).toContain('engineers found cracks');
  });

  it('reads malformed, truncated HTML', () => {
    // Cut in the middle of the second paragraph: no closing tags, an unterminated attribute at the end.
    const html = `<html><body><article><h1>Bridge closed</h1>${STORY.replace(/<\/p>/g, '').slice(0, -40)}<a href="x`;
    const a = read(new TextEncoder().encode(html));
    expect(a.text).toContain('engineers found cracks');
  });

  it('applies the size limit to the article text, not the page', () => {
    const padding = `<script>${'x'.repeat(3 * 1024 * 1024)}</script>`;
    const a = read(page(padding));
    expect(a.text.length).toBeLessThan(1000);
  });
});

describe('encodings and gzip', () => {
  it('reads a page declared UTF-8 whose bytes are windows-1252, with a warning', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="utf-8"><p>Caf'),
      0xe9,
      ...new TextEncoder().encode('</p>'),
    ]);
    const d = decodeHtml(bytes);
    expect(d.html).toContain('Café');
    expect(d.warnings[0]).toMatch(/windows-1252/);
  });

  it('finds a meta charset placed after kilobytes of inline script', () => {
    const head = `<script>${'var x = 1;'.repeat(400)}</script><meta charset="windows-1252">`;
    const bytes = Uint8Array.from([...new TextEncoder().encode(`${head}<p>Caf`), 0xe9, 0x20, 0x80]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.html).toContain('Café €');
    expect(d.warnings).toEqual([]);
  });

  it('reads Shift_JIS by its declaration', () => {
    // "日本" in Shift_JIS.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="shift_jis"><p>'),
      0x93,
      0xfa,
      0x96,
      0x7b,
    ]);
    expect(decodeHtml(bytes).html).toContain('日本');
  });

  it('reads a gzip-compressed page', () => {
    const bytes = gzipSync(readFileSync(FIXTURE));
    expect(read(bytes, 'c/page.html.gz').headline).toBe('Council closes Mill river bridge');
  });

  it('skips a .gz that is not gzip, and one that inflates past the cap, each with its reason', () => {
    expect(gunzip(new TextEncoder().encode('<html>'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not gzip/),
    });
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    expect(gunzip(bomb, 1024 * 1024)).toMatchObject({ ok: false, reason: expect.stringMatching(/inflates past/) });
    const r = ingest([{ path: 'c/fake.html.gz', bytes: new TextEncoder().encode('plain') }], { corpus: 'c' });
    expect(r.skipped[0]?.reason).toMatch(/not gzip/);
  });

  it('reads a .txt that is a saved page as a page', () => {
    const r = ingest([{ path: 'c/saved.txt', bytes: readFileSync(FIXTURE) }], { corpus: 'c' });
    expect(r.articles[0]?.format).toBe('html');
  });
});
