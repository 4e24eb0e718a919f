import { describe, expect, it } from 'vitest';
import { extract, mention, spans } from './helpers';

// Reference: Tuesday 27 January 2026 unless stated otherwise (ISO week 2026-W05).

describe('bare years and decades', () => {
  it('reads a bare year as a year-precision date', () => {
    const m = mention('The company was founded in 2009 by two brothers.', '2009');
    expect(m).toMatchObject({
      kind: 'date',
      value: { start: '2009' },
      timex: { type: 'DATE', value: '2009' },
      relative: false,
    });
  });
  it('keeps a modifier inside the span as the part of the year', () => {
    expect(mention('Talks collapsed in early 1999.', 'early 1999').value).toEqual({ start: '1999', part: 'early' });
    expect(mention('Prices peaked at the end of 2000.', 'the end of 2000').value).toEqual({
      start: '2000',
      part: 'late',
    });
    expect(mention('Construction stalled in mid-1990.', 'mid-1990').value).toEqual({ start: '1990', part: 'mid' });
  });
  it('makes a decade a range of years with the TimeML decade value', () => {
    const m = mention('Growth was strong in the 1990s.', 'the 1990s');
    expect(m.value).toEqual({ start: '1990', end: '1999' });
    expect(m.timex.value).toBe('199');
    expect(mention("It sounded like the late '80s.", "the late '80s").timex.value).toBe('198');
  });
  it('does not take numbers that are not years for years', () => {
    for (const s of [
      'Inflation was 12.53% at the time.',
      'They drove down Route 66 all night.',
      'The 747 landed safely.',
      'More than 50 countries signed.',
      'He listens to RTL 102.5 and Radio 102.',
      '• views:17671',
      'The 301 clause applies.',
      'Call 020-7946-0958 or +44 20 7946 0958.',
      'United won 2-1 against City.',
      'About 2000 people marched.',
      'It costs $1999.',
    ]) {
      expect(extract(s).filter((m) => m.kind === 'date')).toEqual([]);
    }
  });
});

describe('year ranges and fiscal forms', () => {
  it('reads "2010-2012" and "the 2012-13 season" as ranges of years', () => {
    expect(mention('Prices fell in 2010-2012.', '2010-2012').value).toEqual({ start: '2010', end: '2012' });
    expect(mention('It was the worst of the 2012-13 season.', '2012-13').value).toEqual({ start: '2012', end: '2013' });
  });
  it('reads "FY2014" as a year and "H1 2013" as a half', () => {
    expect(mention('Margins shrank in FY2014.', 'FY2014').value).toEqual({ start: '2014' });
    expect(mention('Sales in H1 2013 rose.', 'H1 2013').timex.value).toBe('2013-H1');
  });
  it('does not read scores or phone numbers as year ranges', () => {
    expect(spans('They won 2012-2 after extra time. Call 2012-3456.')).toEqual([]);
  });
});

describe('seasons, quarters and halves', () => {
  it('makes a season with a year a month range with the TimeML season value', () => {
    const m = mention('Sales slumped in summer 2012.', 'summer 2012');
    expect(m.value).toEqual({ start: '2012-06', end: '2012-08' });
    expect(m.timex.value).toBe('2012-SU');
  });
  it('reads "winter 1985" as the winter that starts in December 1985', () => {
    expect(mention('It froze hard in winter 1985.', 'winter 1985').value).toEqual({ start: '1985-12', end: '1986-02' });
  });
  it('resolves "last winter" to the winter before the current one', () => {
    // 27 January 2026 is in winter 2025 (Dec 2025 - Feb 2026): last winter is 2024's.
    expect(mention('It snowed a lot last winter.', 'last winter').timex.value).toBe('2024-WI');
  });
  it('makes a quarter a three-month range', () => {
    const m = mention('Profit rose in Q3 2013.', 'Q3 2013');
    expect(m.value).toEqual({ start: '2013-07', end: '2013-09' });
    expect(m.timex.value).toBe('2013-Q3');
    expect(mention('Revenue fell in the third quarter of 1997.', 'the third quarter of 1997').timex.value).toBe(
      '1997-Q3',
    );
  });
  it('reads "the fourth quarter" without a year as last year\'s in past-tense reporting', () => {
    expect(mention('The company said profit rose in the fourth quarter.', 'the fourth quarter').timex.value).toBe(
      '2025-Q4',
    );
  });
  it('makes halves six-month ranges', () => {
    expect(mention('Output grew in the first half of 2012.', 'the first half of 2012').value).toEqual({
      start: '2012-01',
      end: '2012-06',
    });
  });
  it('does not read "fall" as a verb or "a quarter of" as a period', () => {
    expect(spans('Prices fall when supply rises.')).toEqual([]);
    expect(spans('He wrote about the fall of the Berlin Wall.')).toEqual([]);
    expect(spans('A quarter of the voters stayed home.')).toEqual([]);
  });
  it('does not take the Winter Olympics for a winter', () => {
    expect(spans('the upcoming Winter Olympics').filter((s) => /winter/i.test(s))).toEqual([]);
  });
});

describe('weeks and relative periods', () => {
  it('makes "this week" a Monday-to-Sunday range, not a day', () => {
    const m = mention('Talks resume this week.', 'this week');
    expect(m.value).toEqual({ start: '2026-01-26', end: '2026-02-01' });
    expect(m.timex.value).toBe('2026-W05');
    expect(m.relative).toBe(true);
  });
  it('makes "last week" and "next week" the neighbouring weeks', () => {
    expect(mention('He resigned last week.', 'last week').timex.value).toBe('2026-W04');
    expect(mention('He will resign next week.', 'next week').value).toEqual({ start: '2026-02-02', end: '2026-02-08' });
  });
  it('resolves this/last/next month and year against the reference', () => {
    expect(mention('Two people were shot this month.', 'this month')).toMatchObject({
      value: { start: '2026-01' },
      relative: true,
    });
    expect(mention("Ahead of next month's Games.", 'next month').value).toEqual({ start: '2026-02' });
    expect(mention('Sales fell last year.', 'last year').value).toEqual({ start: '2025' });
  });
  it('keeps "early", "late" and "the end of" inside the span as the part of the period', () => {
    expect(mention('Early this month the plant closed.', 'Early this month').value).toEqual({
      start: '2026-01',
      part: 'early',
    });
    expect(mention('A deal is expected by the end of next year.', 'the end of next year').value).toEqual({
      start: '2027',
      part: 'late',
    });
  });
  it('keeps "earlier"/"later" in the span, as TimeBank mostly does, and claims the whole period', () => {
    expect(mention('The shooting happened earlier this month.', 'earlier this month').value).toEqual({
      start: '2026-01',
    });
    expect(spans('Sales rose later this year.')).toEqual(['later this year']);
  });
  it('makes "the weekend" in past reporting the weekend just gone', () => {
    const m = mention('It was reported over the weekend.', 'the weekend');
    expect(m.value).toEqual({ start: '2026-01-24', end: '2026-01-25' });
    expect(m.timex.value).toBe('2026-W04-WE');
  });
});

describe('days and weeks named around a day', () => {
  it('reads "the day before yesterday" and "the day after tomorrow" as days', () => {
    expect(mention('A vote was held the day before yesterday.', 'the day before yesterday').value).toEqual({
      start: '2026-01-25',
    });
    expect(mention('Results come the day after tomorrow.', 'the day after tomorrow').value).toEqual({
      start: '2026-01-29',
    });
  });
  it('reads "the week of March 9" as that week and "the first week of March" as early March', () => {
    expect(mention('Talks are set for the week of March 9.', 'the week of March 9').value).toEqual({
      start: '2026-03-09',
      end: '2026-03-15',
    });
    expect(mention('It opens in the first week of March.', 'the first week of March').value).toEqual({
      start: '2026-03',
      part: 'early',
    });
  });
});

describe('tense-aware months and weekdays', () => {
  it('points a weekday back in past-tense reporting, today included', () => {
    expect(mention('The minister said on Saturday that he knew nothing.', 'Saturday').value).toEqual({
      start: '2026-01-24',
    });
    expect(mention('A source confirmed on Tuesday the plan.', 'Tuesday').value).toEqual({ start: '2026-01-27' });
  });
  it('points a weekday forward when the sentence speaks of the future', () => {
    expect(mention('The committee will meet on Friday.', 'Friday').value).toEqual({ start: '2026-01-30' });
  });
  it('points a month forward after "will" or "upcoming" and back in past reporting', () => {
    expect(mention('for the upcoming Winter Olympics in December', 'December').value).toEqual({ start: '2026-12' });
    expect(mention('Exports collapsed in August, officials said.', 'August').value).toEqual({ start: '2025-08' });
    expect(mention('The law will take effect in August.', 'August').value).toEqual({ start: '2026-08' });
  });
  it('resolves "last April" and "next May" relative to the reference month', () => {
    expect(mention('He was arrested last April.', 'last April').value).toEqual({ start: '2025-04' });
    expect(mention('Elections are due next May.', 'next May').value).toEqual({ start: '2026-05' });
  });
  it('makes a clock time a TIME on its day', () => {
    const m = mention('The stamp read June 4, 2026, 6:32 p.m. local time.', 'June 4, 2026, 6:32 p.m.');
    expect(m.timex).toEqual({ type: 'TIME', value: '2026-06-04T18:32' });
    expect(m.value).toEqual({ start: '2026-06-04' });
  });
  it('reads date ranges as one ranged mention', () => {
    expect(mention('will be held from February 6th to 22nd.', 'February 6th to 22nd').value).toEqual({
      start: '2026-02-06',
      end: '2026-02-22',
    });
  });
});

describe('ranges of days without a year', () => {
  it('puts both ends in the year the tense points to', () => {
    expect(mention('The festival will be held from July 6th to 22nd.', 'July 6th to 22nd').value).toEqual({
      start: '2026-07-06',
      end: '2026-07-22',
    });
    expect(mention('The conference was held from July 6th to 22nd.', 'July 6th to 22nd').value).toEqual({
      start: '2025-07-06',
      end: '2025-07-22',
    });
  });
  it('reads a participle after "will be" as future, not as past-tense reporting', () => {
    // Past-tense reporting would put November 3 in 2025; "will be opened" is the coming one.
    expect(mention('The new bridge will be opened on November 3.', 'November 3').value).toEqual({
      start: '2026-11-03',
    });
    expect(mention('The bridge was opened on November 3.', 'November 3').value).toEqual({ start: '2025-11-03' });
  });
});

describe('present, past and future references', () => {
  it('makes "now" and "currently" PRESENT_REF without a date', () => {
    for (const [s, span] of [
      ['Prices are now falling.', 'now'],
      ['He is currently abroad.', 'currently'],
    ]) {
      expect(mention(s!, span!)).toMatchObject({ kind: 'present-ref', value: null, timex: { value: 'PRESENT_REF' } });
    }
  });
  it('makes "recently" and "in recent weeks" PAST_REF, "soon" FUTURE_REF', () => {
    expect(mention('Italian media reported recently that…', 'recently').kind).toBe('past-ref');
    expect(mention('Tension grew in recent weeks.', 'recent weeks').timex.value).toBe('PAST_REF');
    expect(mention('A decision will come soon.', 'soon')).toMatchObject({ kind: 'future-ref', value: null });
  });
});

describe('durations and sets', () => {
  it('marks amounts of time as durations with their TimeML value', () => {
    expect(mention('He has lived there for two years.', 'two years')).toMatchObject({
      kind: 'duration',
      value: null,
      timex: { type: 'DURATION', value: 'P2Y' },
    });
    expect(mention('In the last twenty four hours the index fell.', 'the last twenty four hours').timex.value).toBe(
      'PT24H',
    );
    expect(mention('a five-year plan', 'five-year').timex.value).toBe('P5Y');
    expect(mention('Protests went on for days.', 'days').timex.value).toBe('PXD');
    expect(mention('Fans gathered there for the past decade.', 'the past decade')).toMatchObject({
      kind: 'duration',
      timex: { value: 'P10Y' },
    });
  });
  it('reads "X ago" as a date at the unit of X', () => {
    expect(mention('It closed two years ago.', 'two years ago').value).toEqual({ start: '2024' });
    expect(mention('It closed three months ago.', 'three months ago').value).toEqual({ start: '2025-10' });
  });
  it('marks recurrences as sets', () => {
    expect(mention('The board meets every week.', 'every week')).toMatchObject({
      kind: 'set',
      value: null,
      timex: { type: 'SET', value: 'P1W' },
    });
    expect(mention('The report is published annually.', 'annually').timex.value).toBe('P1Y');
    expect(mention('The market opens every Monday.', 'every Monday').timex.value).toBe('XXXX-WXX-1');
  });
  it('does not read a newspaper called a daily as a recurrence', () => {
    expect(spans('it was reported by the Italian daily il Fatto Quotidiano')).not.toContain('daily');
  });
});

describe('TimeML span conventions', () => {
  it('leaves prepositions and trailing punctuation outside the span', () => {
    expect(spans('It happened on Monday.')).toEqual(['Monday']);
    expect(spans('ROME, Jan 27 : officials said')).toEqual(['Jan 27']);
    expect(spans('He arrived in 2009, then left.')).toEqual(['2009']);
  });
  it('reads an ISO date as a day', () => {
    expect(mention(' date 2026-01-27 ROME', '2026-01-27').value).toEqual({ start: '2026-01-27' });
  });
});
