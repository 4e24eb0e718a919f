import { describe, expect, it } from 'vitest';
import { extract, mention } from './helpers';

// Dates that lean on the date the text is talking about resolve against the closest earlier date, and
// say which one it is; the publication date (Tuesday 27 January 2026 here) is not what they count from.
describe('dates counted from another date of the text', () => {
  it('places "on the same day" on the day just talked about, naming it as the anchor', () => {
    const text = 'Conte posted on Sunday, January 25, calling on the government. On the same day, the mayor spoke.';
    const m = mention(text, 'the same day');
    expect(m.value).toEqual({ start: '2026-01-25' });
    expect(m.relative).toBe(true);
    expect(text.slice(m.anchor!.start, m.anchor!.end)).toBe('Sunday, January 25');
    expect(m.note).toContain('Sunday, January 25');
  });

  it('counts "two days later" and "a day earlier" from the anchor, keeping the amount a TimeML duration', () => {
    const text = 'The vote was held on March 3, 2025. Two days later, the minister resigned.';
    const m = mention(text, 'Two days');
    expect(m.value).toEqual({ start: '2025-03-05' });
    expect(m.timex).toEqual({ type: 'DURATION', value: 'P2D' });
    const e = mention('Talks ended on 10 May 2024. A day earlier, both sides met.', 'A day');
    expect(e.value).toEqual({ start: '2024-05-09' });
  });

  it('reads "the next morning", "the following week" and "later that year" from the anchor', () => {
    expect(
      mention('He was arrested on June 2, 1998. The next morning he was freed.', 'The next morning').value,
    ).toEqual({ start: '1998-06-03' });
    expect(
      mention('The deal closed in March 2019; the following month prices fell.', 'the following month').value,
    ).toEqual({ start: '2019-04' });
    expect(mention('She moved in 1996 and later that year she married.', 'later that year').value).toMatchObject({
      start: '1996',
    });
  });

  it('chains: "the next day" after "two days later" counts from the day that one reached', () => {
    const text = 'It began on April 1, 2020. Two days later the army came. The next day the town fell.';
    expect(mention(text, 'The next day').value).toEqual({ start: '2020-04-04' });
  });

  it('drops "that day" when no earlier date is precise enough to lean on', () => {
    expect(extract('Nobody knew what would happen that day.').map((m) => m.text)).not.toContain('that day');
    // A year is not a day: "the same day" cannot lean on "2019".
    expect(extract('In 2019 the plant opened. The same day, workers struck.').map((m) => m.text)).not.toContain(
      'The same day',
    );
  });

  it('does not reach back past a long stretch of text to a date the text has left behind', () => {
    const text = `It opened on May 5, 2021. ${'The hall was full of people. '.repeat(80)}That day was long remembered.`;
    expect(extract(text).map((m) => m.text)).not.toContain('That day');
  });

  it('falls back to the publication date for "the following year" with nothing to lean on', () => {
    expect(mention('Prices will rise the following year.', 'the following year').value).toEqual({ start: '2027' });
  });
});
