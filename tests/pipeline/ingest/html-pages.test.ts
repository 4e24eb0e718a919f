/**
 * Floors on ../shared/html-pages (130 real saved pages with Readability's expected metadata and content): the
 * page reader must keep finding the publication day, headline, outlet and main text on real pages. The
 * figures themselves are printed by `npm run bench:ingest`; these floors only catch a family breaking.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, readHtmlFile, type PageRead } from '../../../src/pipeline/ingest/html';

const PAGES = path.resolve(__dirname, '../../../../shared/html-pages');
const present = existsSync(PAGES);

/** Floors a little under today's figures (33/33 days, 122/124 headlines, 62/62 outlets, F1 0.96). */
const FLOOR = { day: 0.9, headline: 0.9, outlet: 0.9, f1: 0.9 } as const;

interface Expected {
  title?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

function shingles(s: string): Set<string> {
  const w = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
}

function f1(got: Set<string>, want: Set<string>): number {
  let common = 0;
  for (const s of got) if (want.has(s)) common++;
  if (common === 0) return want.size === 0 && got.size === 0 ? 1 : 0;
  const p = common / got.size;
  const r = common / want.size;
  return (2 * p * r) / (p + r);
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

describe.runIf(present)('real saved pages (../shared/html-pages)', () => {
  const rows: { name: string; read: PageRead; expected: Expected; want: string }[] = [];
  if (present) {
    for (const name of readdirSync(PAGES)) {
      const dir = path.join(PAGES, name);
      if (!existsSync(path.join(dir, 'source.html'))) continue;
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Expected;
      const html = existsSync(path.join(dir, 'expected.html'))
        ? readFileSync(path.join(dir, 'expected.html'), 'utf8')
        : '';
      const want = html ? paragraphsOf(parseHTML(html).document as unknown as Node) : '';
      rows.push({
        name,
        read: readHtmlFile({ path: name, bytes: readFileSync(path.join(dir, 'source.html')) }, name),
        expected,
        want,
      });
    }
  }
  const articles = rows.flatMap((r) => (r.read.ok ? [{ ...r, a: r.read.article }] : []));

  it('reads every page as an article or names why it is not one', () => {
    for (const r of rows) if (!r.read.ok) expect(r.read.reason).toMatch(/article text/);
    expect(articles.length).toBeGreaterThan(rows.length * 0.9);
  });

  it('finds the expected publication day on nearly every page that has one', () => {
    const dated = articles.filter((r) => r.expected.publishedTime);
    const right = dated.filter((r) => r.a.published?.date === r.expected.publishedTime!.slice(0, 10));
    expect(right.length / dated.length).toBeGreaterThanOrEqual(FLOOR.day);
  });

  it('finds the headline and the outlet', () => {
    const titled = articles.filter((r) => r.expected.title);
    expect(
      titled.filter((r) => norm(r.a.headline) === norm(r.expected.title)).length / titled.length,
    ).toBeGreaterThanOrEqual(FLOOR.headline);
    const sited = articles.filter((r) => r.expected.siteName);
    expect(
      sited.filter((r) => norm(r.a.outlet) === norm(r.expected.siteName)).length / sited.length,
    ).toBeGreaterThanOrEqual(FLOOR.outlet);
  });

  it('keeps the article body and nothing else (4-gram F1 against the expected content)', () => {
    const scored = articles.filter((r) => r.want);
    const mean = scored.reduce((s, r) => s + f1(shingles(r.a.text), shingles(r.want)), 0) / scored.length;
    expect(mean).toBeGreaterThanOrEqual(FLOOR.f1);
  });

  it('never reads markup into a headline, outlet or byline', () => {
    for (const r of articles)
      for (const v of [r.a.headline, r.a.outlet, r.a.byline]) expect(v ?? '').not.toMatch(/<\/?[a-z][^>]*>/i);
  });
});

it.runIf(!present)('real saved pages skipped: ../shared/html-pages is absent', () => {
  expect(present).toBe(false);
});
