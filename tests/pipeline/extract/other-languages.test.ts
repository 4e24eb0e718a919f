import { describe, expect, it } from 'vitest';
import { extractMentions, SUPPORTED_LANGUAGES } from '../../../src/pipeline/extract';

// Languages without rules of their own use chrono's casual parser for that language, with our span
// conventions: the preposition ("am", "le", "il") outside, the value at the precision written.
describe('languages on chrono alone', () => {
  const cases: [string, string, string][] = [
    ['de', 'Die Spiele beginnen am 6. Februar 2026 in Mailand.', '6. Februar 2026'],
    ['fr', 'Les Jeux commencent le 6 février 2026 à Milan.', '6 février 2026'],
    ['it', 'I Giochi iniziano il 6 febbraio 2026 a Milano.', '6 febbraio 2026'],
  ];
  it.each(cases)('%s: finds the day with its span and no preposition', (language, text, span) => {
    const ms = extractMentions(text, { language, reference: '2026-01-27' });
    expect(ms.map((m) => [m.text, m.value])).toEqual([[span, { start: '2026-02-06' }]]);
  });
  it('lists the languages it has a parser for, English and Dutch among them', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(expect.arrayContaining(['en', 'nl', 'de', 'fr']));
  });
  it('reads an unknown language with the English rules', () => {
    expect(
      extractMentions('It happened in 2009.', { language: 'xx', reference: '2026-01-27' }).map((m) => m.text),
    ).toEqual(['2009']);
  });
});
