import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIso, dateValueSchema } from '../../../src/contract';
import { extractMentions, SUPPORTED_LANGUAGES } from '../../../src/pipeline/extract';

// Fragments that exercise the rules: date words, numbers that look like years, unicode around them.
const fragments = fc.constantFrom(
  'in 1998',
  'the 1990s',
  'last week',
  'early next year',
  'Q3 2013',
  'summer 2012',
  'every Monday',
  'two years ago',
  'begin deze maand',
  'de jaren negentig',
  'al twee jaar',
  'Friday',
  'Jan. 27',
  '6:32 p.m.',
  'now',
  '12.53%',
  '2-1',
  'RTL 102.5',
  '99999999999999999999',
  '１９９８',
  '٢٠٢٦',
  '😀',
  '\u200b',
  '\n',
  ' ',
  '.',
  'février',
  '2026-01-27',
  'the 747',
);
const texts = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((a) => a.join(' ')),
  fc.bigInt().map((n) => `in ${n} and ${n} years ago, ${n}s`),
);
const references = fc
  .date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('extractMentions on arbitrary input', () => {
  it('never throws and every mention slices to its own text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...SUPPORTED_LANGUAGES, 'xx'), references, (text, language, reference) => {
        const ms = extractMentions(text, { language, reference });
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          // value is null exactly when the kind is not a date
          expect(m.value === null).toBe(m.kind !== 'date');
          // every date is a well-formed contract value, and a range never ends before it starts
          if (m.value) {
            expect(dateValueSchema.safeParse(m.value).success).toBe(true);
            if (m.value.end) expect(compareIso(m.value.start, m.value.end)).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('returns mentions in text order without overlaps', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ms = extractMentions(text, { language: 'en', reference: '2026-01-27' });
        for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
      { numRuns: 200 },
    );
  });
  it('keeps every value a four-digit ISO date at the ends of the calendar', () => {
    const text =
      'last year, next year, next decade, the next century, last week, next week, two years ago, in 3000 years, this weekend, next month, the 1990s, Q4, last winter, next summer, Friday, tomorrow';
    for (const reference of ['0001-01-01', '9999-12-31']) {
      for (const m of extractMentions(text, { language: 'en', reference })) {
        if (m.value) expect(dateValueSchema.safeParse(m.value).success).toBe(true);
      }
    }
  });
  it('finds in a long text exactly what it finds in each of its paragraphs', () => {
    const para =
      'The minister said on Saturday that talks begun in 2009 will resume next month, three weeks after the vote.';
    const one = extractMentions(para, { language: 'en', reference: '2026-01-27' });
    const text = Array.from({ length: 1500 }, () => para).join('\n');
    const all = extractMentions(text, { language: 'en', reference: '2026-01-27' });
    expect(one.length).toBeGreaterThan(3);
    expect(all).toHaveLength(one.length * 1500);
    all.forEach((m, k) => {
      const base = one[k % one.length]!;
      const shift = Math.floor(k / one.length) * (para.length + 1);
      expect({ ...m, start: m.start - shift, end: m.end - shift }).toEqual(base);
    });
  });
  it('rejects a reference that is not a calendar day', () => {
    expect(() => extractMentions('today', { language: 'en', reference: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
