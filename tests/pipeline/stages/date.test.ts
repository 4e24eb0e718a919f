import { describe, expect, it } from 'vitest';
import { cleanArticles } from '../../../src/pipeline/stages/clean';
import { dateArticles } from '../../../src/pipeline/stages/date';
import { ingested, silent } from './helpers';

const STORY = 'Mayor Giuseppe Sala of Milan met Cortina officials and Fontana about the Olympics.';
const date = (...files: [string, string][]) => dateArticles(cleanArticles(ingested(...files)), silent);

describe('the reference-date stage', () => {
  it('dates an undated article from the dated articles that share its names, and says which', () => {
    const { articles } = date(['a.txt', ` date 2026-01-20 ${STORY}`], ['b.txt', `${STORY} They spoke on Monday.`]);
    expect(articles[1]!.published).toMatchObject({ date: '2026-01-20', basis: 'inferred' });
    expect(articles[1]!.published!.note).toContain('a, sharing');
  });

  it('does not date an article from one that shares too few names', () => {
    const { articles } = date(
      ['a.txt', ' date 2026-01-20 Mayor Sala of Milan spoke.'],
      ['b.txt', 'Sala spoke in Milan.'],
    );
    expect(articles[1]!.published).toBeNull();
    expect(articles[1]!.warnings.join(' ')).toContain('no publication date');
  });

  it('gives a dateline without a year the year of the most similar dated article', () => {
    const { articles } = date(['a.txt', ` date 2025-03-02 ${STORY}`], ['b.txt', `ROME, Mar 3 : ${STORY}`]);
    expect(articles[1]!.published).toMatchObject({ date: '2025-03-03', basis: 'dateline' });
  });

  it('labels a contradicted page stamp as rejected, and an accepted one as the publication date', () => {
    const rejected = 'June 4, 2026\n\nThe minister confirmed on Tuesday (January 27th) that the plan stands.';
    const accepted = 'January 28, 2026\n\nThe minister confirmed on Tuesday (January 27th) that the plan stands.';
    const { articles } = date(['a.txt', rejected], ['b.txt', accepted]);
    expect(articles[0]!.excluded[0]!.reason).toBe('page timestamp, rejected: the article contradicts it');
    expect(articles[0]!.published).toMatchObject({ date: '2026-01-27', basis: 'inferred' });
    expect(articles[1]!.excluded[0]!.reason).toBe('page timestamp');
    expect(articles[1]!.evidence.map((e) => e.what)).toEqual(['page timestamp']);
  });

  it('reads an article nothing dates against the middle date of the articles that date themselves', () => {
    const corpus = date(
      ['a.txt', ' date 2026-01-10 One.'],
      ['b.txt', ' date 2026-01-20 Two.'],
      ['c.txt', ' date 2026-01-30 Three.'],
    );
    expect(corpus.fallbackReference).toBe('2026-01-20');
  });
});
