import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyRoots, prefixKeys } from '../../../src/pipeline/events/signals';

/** The definition the one-pass reader must match: sentences split, letters and digits kept, lower case, 40+. */
const reference = (text: string) =>
  text
    .slice(0, 3000)
    .split(/[.!?]\s+|\n+/)
    .map((s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((k) => k.length >= 40);

/** Characters that matter: ASCII letters, digits, breaks, other spaces, accented and Greek letters, quotes. */
const piece = fc.constantFrom(
  'The Minister said',
  ' ',
  '. ',
  '.',
  '!\n',
  '?\u00a0',
  '\n\n',
  '\t',
  'Ça',
  'ΣΑΣ',
  '’',
  '“quoted” – «cited» …',
  '2026',
  'İstanbul',
  'déjà vu',
  '\u2003',
  'x'.repeat(30),
);

describe('copy detection keys', () => {
  it('keys each sentence of the first 3,000 characters as the split-and-filter definition does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        expect(prefixKeys(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('takes two articles sharing most sentences for copies, whatever their punctuation and case', () => {
    const lead = 'The regional council approved the flood defence plan for the valley on Monday evening';
    const second = 'Engineers said the first embankments would be finished before the autumn rains arrive';
    const articles = [
      { id: 'a', text: `${lead}. ${second}.`, published: null },
      { id: 'b', text: `${lead.toUpperCase()}!\n${second}?`, published: null },
      { id: 'c', text: `${lead}. Something else entirely happened to the council in the town today.`, published: null },
    ];
    expect(Object.fromEntries(copyRoots(articles))).toEqual({ a: 'a', b: 'a', c: 'c' });
  });
});
