import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findFullDates,
  findFutureClaims,
  findWeekdayPins,
  inferPublished,
  readDateline,
  readMetadataLine,
  readPageStamp,
  readPathDate,
  stampContradictions,
} from '../../src/pipeline/reference';
import { splitSentences } from '../../src/pipeline/sentences';

const seeds = readdirSync('seeds').sort();
const seed = (p: string) => readFileSync(`seeds/${seeds.find((f) => f.startsWith(p))}`, 'utf8');

describe('metadata line', () => {
  it('reads " date 2026-01-27" at the start of 003 and 004', () => {
    for (const p of ['003', '004']) {
      const m = readMetadataLine(seed(p))!;
      expect(m.date).toBe('2026-01-27');
      expect(seed(p).slice(m.valueSpan.start, m.valueSpan.end)).toBe('2026-01-27');
    }
  });
  it('reports a malformed or impossible date instead of guessing', () => {
    expect(readMetadataLine('date 2026-02-30 Text')).toMatchObject({
      date: null,
      problem: expect.stringContaining('malformed metadata line'),
    });
    expect(readMetadataLine('date: 27/01/2026\nText')).toMatchObject({
      date: null,
      problem: expect.stringContaining('27/01/2026'),
    });
  });
  it('is not fooled by an article that starts with the word "date"', () => {
    expect(readMetadataLine('Date night in Milan was cancelled on Tuesday.')).toBeNull();
    expect(readMetadataLine(seed('000'))).toBeNull();
  });
});

describe('date in a path', () => {
  it('reads a folder named after its day and year/month/day folders, also in a URL path', () => {
    expect(readPathDate('2010-04-23/1623.txt')).toEqual({ date: '2010-04-23', written: '2010-04-23' });
    expect(readPathDate('news/2019/01/03/slug.txt')).toEqual({ date: '2019-01-03', written: '2019/01/03' });
    expect(readPathDate('/world/2019/1/3/slug')?.date).toBe('2019-01-03');
    expect(readPathDate('2019-01-03-slug.txt')?.date).toBe('2019-01-03');
  });
  it('takes the folder nearest the file when several are dated', () => {
    expect(readPathDate('2020-01-01/2009-04-25/558.txt')?.date).toBe('2009-04-25');
  });
  it('reads no date from impossible days, numbered files or other numbers', () => {
    expect(readPathDate('2010-02-30/1.txt')).toBeNull();
    expect(readPathDate('articles/1623.txt')).toBeNull();
    expect(readPathDate('2019/13/03/x.txt')).toBeNull();
    expect(readPathDate('seeds/000_be5cafdb33d90958.txt')).toBeNull();
    expect(readPathDate('0042/01/03/x.txt')).toBeNull();
    expect(readPathDate('20190103/x.txt')).toBeNull();
  });
});

describe('dateline', () => {
  it('reads "ROME, Jan 27 :" after the metadata of 003', () => {
    const t = seed('003');
    const d = readDateline(t, readMetadataLine(t)!.span.end)!;
    expect(d).toMatchObject({ month: 1, day: 27, year: null });
    expect(t.slice(d.span.start, d.span.end)).toBe('ROME, Jan 27 :');
  });
  it('does not read an ordinary first sentence as a dateline', () => {
    expect(readDateline('US Immigration and Customs Enforcement (ICE) agents are set to play a role.')).toBeNull();
    expect(readDateline(seed('001'))).toBeNull();
  });
});

describe('page stamp', () => {
  it('finds the June stamp of 002 and is contradicted by the article itself', () => {
    const t = seed('002');
    const stamp = readPageStamp(t)!;
    expect(stamp.date).toBe('2026-06-04');
    const reasons = stampContradictions(t, stamp.date, findWeekdayPins(t), findFutureClaims(t, splitSentences(t)));
    expect(reasons.join(' ')).toContain('Tuesday (January 27th');
    expect(reasons.join(' ')).toContain('February 6th in the future tense');
  });
  it('accepts a stamp the article agrees with', () => {
    const t =
      'January 28, 2026, 9:00 a.m.\n\nThe minister spoke on Tuesday (January 27th) about the Games, which will open on February 6.';
    const stamp = readPageStamp(t)!;
    expect(stamp.date).toBe('2026-01-28');
    expect(stampContradictions(t, stamp.date, findWeekdayPins(t), findFutureClaims(t, splitSentences(t)))).toEqual([]);
  });
  it('finds no stamp in articles that start with prose', () => {
    for (const p of ['000', '001', '003', '004']) expect(readPageStamp(seed(p))).toBeNull();
  });
});

describe('weekday pins and full dates', () => {
  it('finds "Tuesday (January 27th)" and Dutch "dinsdag 27 januari"', () => {
    expect(findWeekdayPins('confirmed on Tuesday (January 27th) that')).toMatchObject([
      { weekday: 2, month: 1, day: 27 },
    ]);
    expect(findWeekdayPins('Op dinsdag 27 januari zei hij')).toMatchObject([{ weekday: 2, month: 1, day: 27 }]);
    expect(findWeekdayPins('on Tuesday, the minister met 27 officials')).toEqual([]);
  });
  it('finds full dates with a year only', () => {
    expect(
      findFullDates('June 4, 2026 and 7 January 2026 and 2026-01-27, but not February 6').map((d) => d.date),
    ).toEqual(['2026-06-04', '2026-01-07', '2026-01-27']);
  });
});

describe('inferPublished', () => {
  const pin = { span: { start: 0, end: 1 }, weekday: 2, month: 1, day: 27 };
  it('uses the similar dated article when it falls in the week a weekday pin allows', () => {
    const p = inferPublished({
      pins: [pin],
      years: [],
      fullDates: [],
      similar: { articleId: 'a', date: '2026-01-28', shared: ['Sala'] },
    })!;
    expect(p).toMatchObject({ date: '2026-01-28', basis: 'inferred' });
    expect(p.note).toContain('weekday');
  });
  it('trusts the pin over a similar article months away', () => {
    const p = inferPublished({
      pins: [pin],
      years: [],
      fullDates: [],
      similar: { articleId: 'a', date: '2026-06-04', shared: ['Sala'] },
    })!;
    expect(p.date).toBe('2026-01-27');
  });
  it('does not take the date of a similar article written after something this one calls future', () => {
    const p = inferPublished({
      pins: [],
      years: [],
      fullDates: [],
      similar: { articleId: 'later', date: '2026-03-01', shared: ['Sala'] },
      future: [{ span: { start: 0, end: 1 }, month: 2, day: 6 }],
    });
    expect(p).toBeNull();
    const q = inferPublished({
      pins: [],
      years: [],
      fullDates: [],
      similar: { articleId: 'before', date: '2026-01-27', shared: ['Sala'] },
      future: [{ span: { start: 0, end: 1 }, month: 2, day: 6 }],
    });
    expect(q?.date).toBe('2026-01-27');
  });
  it('falls back to the latest full date the article gives, and to null when nothing dates it', () => {
    expect(
      inferPublished({ pins: [], years: [2025], fullDates: ['2025-03-01', '2025-04-02'], similar: null }),
    ).toMatchObject({ date: '2025-04-02', basis: 'inferred' });
    expect(inferPublished({ pins: [], years: [], fullDates: [], similar: null })).toBeNull();
  });
  it('says in the note why a stamp was rejected', () => {
    const p = inferPublished({
      pins: [pin],
      years: [2026],
      fullDates: [],
      similar: null,
      rejected: 'The page timestamp was rejected.',
    })!;
    expect(p.note).toMatch(/^The page timestamp was rejected\. Inferred 2026-01-27/);
  });
});
