import { describe, expect, it } from 'vitest';
import { fallbackReference, ownDate, readClues, resolvePublished, type ClueInput } from '../../src/pipeline/published';
import { readHead } from '../../src/pipeline/reference';
import { splitSentences } from '../../src/pipeline/sentences';
import type { PublishedHint } from '../../src/pipeline/ingest';

function clues(text: string, hint: PublishedHint | null = null) {
  const head = readHead(text, 'en', { excluded: [], dated: hint !== null });
  const notNews = [head.dateline?.span, head.stamp?.span].filter((s) => s !== undefined);
  const input: ClueInput = { text, sentences: splitSentences(text), notNews, ingestExcluded: [], hint, head };
  return readClues(input);
}
const never = () => {
  throw new Error('the corpus was asked although the article dates itself');
};

describe('the publication-date policy', () => {
  it('takes a date from outside the text over the dateline, and warns that they disagree', () => {
    const c = clues('ROME, Jan 26, 2026 : The minister spoke.', { date: '2026-01-27', basis: 'path' });
    const own = ownDate(c);
    expect(own.published).toMatchObject({ date: '2026-01-27', basis: 'path' });
    expect(own.warnings).toEqual([
      "the dateline says 2026-01-26 but the file's path says 2026-01-27; the file's path is used",
    ]);
    expect(resolvePublished(c, own, never)).toBe(own.published);
  });

  it('keeps a date from outside the text that the article contradicts, with a warning quoting it', () => {
    const c = clues('The first cases were confirmed on Friday, April 24 by the ministry.', {
      date: '2009-05-19',
      basis: 'path',
    });
    const own = ownDate(c);
    expect(own.published?.date).toBe('2009-05-19');
    expect(own.warnings.join(' ')).toContain('"Friday, April 24" (2009-04-24)');
  });

  it('does not ask the corpus for an article that dates itself', () => {
    const c = clues('ROME, Jan 27, 2026 (Reuters) - The minister spoke on Monday.');
    expect(resolvePublished(c, ownDate(c), never)).toMatchObject({ date: '2026-01-27', basis: 'dateline' });
  });

  it('rejects a contradicted page stamp and infers the date from the weekday the article names', () => {
    const c = clues('June 4, 2026\n\nThe minister confirmed on Tuesday (January 27th) that the plan stands.');
    const own = ownDate(c);
    expect(own.published).toBeNull();
    expect(own.rejectedStamp?.year).toBe(2026);
    const p = resolvePublished(c, own, () => null);
    expect(p).toMatchObject({ date: '2026-01-27', basis: 'inferred' });
    expect(p?.note).toMatch(/^The page timestamp 2026-06-04 was rejected/);
  });

  it('gives a dateline without a year the latest year the text names when no article is similar', () => {
    const c = clues('ROME, Mar 3 : The 2024 plan and the 2025 budget were debated.');
    expect(resolvePublished(c, ownDate(c), () => null)).toMatchObject({ date: '2025-03-03', basis: 'dateline' });
  });

  it('leaves an article with nothing to go on undated', () => {
    const c = clues('The minister spoke about the plan.');
    expect(resolvePublished(c, ownDate(c), () => null)).toBeNull();
  });

  it('reads undated articles against the middle own date of the corpus, or a fixed day when there is none', () => {
    expect(fallbackReference(['2026-01-30', '2026-01-10', '2026-01-20'])).toBe('2026-01-20');
    expect(fallbackReference([])).toBe('2000-01-01');
  });
});
