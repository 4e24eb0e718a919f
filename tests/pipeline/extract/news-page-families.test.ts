import { describe, expect, it } from 'vitest';
import { extract, mention, spans } from './helpers';

// Families of mistakes met in news pages (sentences from the H1N1 story corpora).
// Reference: Friday 1 May 2009 (ISO week 2009-W18).
const REF = '2009-05-01';
const at = (text: string, span: string) => mention(text, span, 'en', REF);
const spansAt = (text: string) => spans(text, 'en', REF);

describe('page timestamps with a dotted clock time and a time zone', () => {
  it('reads "Saturday 25 April 2009 23.24 BST" as that day at that time, not as the year alone', () => {
    const m = at(
      'Saturday 25 April 2009 23.24 BST Swine flu has similar symptoms to the more common, human seasonal form of influenza.',
      'Saturday 25 April 2009 23.24 BST',
    );
    expect(m.value).toEqual({ start: '2009-04-25' });
    expect(m.timex).toEqual({ type: 'TIME', value: '2009-04-25T23:24' });
  });
  it('does not read a dotted number after a date as a clock time when no time zone follows', () => {
    const m = at('On 25 April 2009 the index rose 23.24 points.', '25 April 2009');
    expect(m.timex).toEqual({ type: 'DATE', value: '2009-04-25' });
  });
});

describe('brackets', () => {
  it('does not end a mention on an opening bracket whose closing one is left out', () => {
    const text =
      'Antiviral drugs were issued to year seven students this afternoon (Friday) to reduce any possible spread of infection.';
    expect(spansAt(text).some((s) => s.includes('('))).toBe(false);
    expect(at(text, 'this afternoon').value).toEqual({ start: '2009-05-01' });
  });
  it('still reads a date written inside brackets', () => {
    expect(at('The meeting (on 3 May 2009) was cancelled.', '3 May 2009').value).toEqual({ start: '2009-05-03' });
  });
});

describe('a full date followed by a heading or a new sentence', () => {
  it('splits "Wednesday, 29 April 2009 This week" into the date and "This week"', () => {
    const text =
      'Mary Hockaday | 17:45 UK time, Wednesday, 29 April 2009 This week, one story has been prominent in our output: swine flu.';
    expect(at(text, 'Wednesday, 29 April 2009').value).toEqual({ start: '2009-04-29' });
    expect(at(text, 'This week').timex.value).toBe('2009-W18');
  });
  it('keeps a month and year whole before a capitalised name', () => {
    expect(at('In April 2009 WHO officials met.', 'April 2009').value).toEqual({ start: '2009-04' });
    expect(spansAt('On 29 April 2009 New York schools closed.')).toEqual(['29 April 2009']);
  });
});

describe('"the past week"', () => {
  it('is the seven days up to the publication, named by the week most of them fall in', () => {
    const m = at('The number of confirmed cases has risen sharply over the past week.', 'the past week');
    expect(m.value).toEqual({ start: '2009-04-25', end: '2009-05-01' });
    expect(m.timex).toEqual({ type: 'DATE', value: '2009-W18' });
    // TimeBank: "the last week" in a Friday's paper is that Friday's week.
    expect(
      mention('She had stayed in Bethesda for the last week.', 'the last week', 'en', '2000-04-14').timex.value,
    ).toBe('2000-W15');
  });
  it('leaves "last week" the calendar week before', () => {
    expect(at('Last week the WHO raised its alert.', 'Last week').value).toEqual({
      start: '2009-04-20',
      end: '2009-04-26',
    });
  });
});

describe('"weekend" with and without "the"', () => {
  it('gives "over weekend" the same Saturday-to-Sunday range as "over the weekend"', () => {
    const bare = at('Two more cases were confirmed over weekend.', 'weekend');
    const withThe = at('Two more cases were confirmed over the weekend.', 'the weekend');
    expect(bare.value).toEqual({ start: '2009-04-25', end: '2009-04-26' });
    expect(bare.value).toEqual(withThe.value);
    expect(bare.timex).toEqual(withThe.timex);
  });
  it('does not read a "weekend" that qualifies something as a date', () => {
    for (const s of [
      'Nurses worked weekend shifts.',
      'They planned a long weekend in Mexico.',
      'After a weekend of talks.',
    ])
      expect(extract(s, 'en', REF).filter((m) => m.text === 'weekend')).toEqual([]);
  });
});
