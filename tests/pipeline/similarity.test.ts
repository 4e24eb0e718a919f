import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimilarityIndex, storyNames } from '../../src/pipeline/similarity';

describe('story names', () => {
  it('are the capitalised words inside sentences, folded, without sentence starts, months and weekdays', () => {
    const t = 'Yesterday Renée Good met Sala in Milan on Tuesday in January. The end.';
    expect(storyNames(t, [])).toEqual(['good', 'milan', 'renee', 'sala']);
  });
  it('skip a capital after a sentence end, a colon or a line start, past up to four spaces and opening quotes', () => {
    // The rule as first written: the four characters before the word, spaces and opening quotes stripped.
    const after = (text: string, start: number) => {
      const before = text.slice(Math.max(0, start - 4), start).replace(/[\s“"‘'(]+$/, '');
      return before !== '' && !/[.!?:\n]$/.test(before);
    };
    const piece = fc.constantFrom(
      'Sala',
      'Milan',
      'x',
      '.',
      ':',
      '!',
      ' ',
      '\n',
      '\u00a0',
      '“',
      '‘',
      '(',
      '"',
      "'",
      'é',
      '9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('') + ' Zanetti';
        const start = text.length - 'Zanetti'.length;
        expect(storyNames(text, []).includes('zanetti')).toBe(after(text, start));
      }),
      { numRuns: 500 },
    );
  });
  it('leave out names inside excluded spans (chrome)', () => {
    const t = 'He met Sala. Related: Meloni and Tajani.';
    expect(storyNames(t, [{ start: 13, end: t.length }])).toEqual(['sala']);
  });
});

describe('the closest dated articles', () => {
  const dated = [
    { id: 'a', date: '2026-01-20', names: ['cortina', 'fontana', 'milan', 'sala'] },
    { id: 'b', date: '2026-01-22', names: ['cortina', 'fontana', 'milan', 'sala'] },
    { id: 'c', date: '2026-03-01', names: ['cortina', 'fontana', 'milan', 'sala'] },
    { id: 'd', date: '2025-05-05', names: ['bavaria', 'munich', 'farmers'] },
  ];
  const index = new SimilarityIndex(dated);
  it('date an article by the middle date of the closest few, so one later follow-up does not move it', () => {
    const r = index.closest({
      text: 'Sala of Milan, Fontana and Cortina.',
      names: ['cortina', 'fontana', 'milan', 'sala'],
    });
    expect(r).toMatchObject({ articleId: 'b', date: '2026-01-22' });
    expect(r!.shared).toEqual(expect.arrayContaining(['Sala', 'Milan', 'Fontana', 'Cortina']));
  });
  it('need at least three shared names', () => {
    expect(index.closest({ text: '', names: ['milan', 'sala'] })).toBeNull();
    expect(index.closest({ text: '', names: ['munich', 'bavaria', 'farmers'] })?.articleId).toBe('d');
  });
});
