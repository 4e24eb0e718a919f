import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions, type FoundMention } from '../../../src/pipeline/extract';

// What a careful reader expects from the seed articles, with the reference 2026-01-27 (a Tuesday).
const SEEDS = path.resolve(__dirname, '../../../seeds');
const read = (prefix: string) => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};
const found = (prefix: string, language = 'en') => extractMentions(read(prefix), { language, reference: '2026-01-27' });
const byText = (ms: FoundMention[], t: string) => ms.filter((m) => m.text === t);
const one = (ms: FoundMention[], t: string) => {
  const all = byText(ms, t);
  if (all.length === 0) throw new Error(`no mention "${t}"; found ${JSON.stringify(ms.map((m) => m.text))}`);
  return all[0]!;
};

describe('seed 000 (Dutch)', () => {
  const ms = found('000', 'nl');
  it('reads "Begin deze maand" as early January 2026 with that span', () => {
    expect(one(ms, 'Begin deze maand')).toMatchObject({
      kind: 'date',
      value: { start: '2026-01', part: 'early' },
      relative: true,
    });
  });
  it('reads "eerder deze maand" as January 2026', () => {
    expect(one(ms, 'eerder deze maand').value).toEqual({ start: '2026-01' });
  });
  it('reads "al twee jaar" as a duration, never a date', () => {
    expect(one(ms, 'twee jaar')).toMatchObject({ kind: 'duration', value: null, timex: { value: 'P2Y' } });
  });
  it('reads "6 februari" as 6 February 2026', () => {
    expect(one(ms, '6 februari').value).toEqual({ start: '2026-02-06' });
  });
});

describe('seed 001 (Guardian)', () => {
  const ms = found('001');
  it('reads "this month" as January 2026, relative to the reference', () => {
    expect(one(ms, 'this month')).toMatchObject({ value: { start: '2026-01' }, relative: true });
  });
  it('reads both "on Monday" as 26 January without the preposition', () => {
    expect(byText(ms, 'Monday').map((m) => m.value)).toEqual([{ start: '2026-01-26' }, { start: '2026-01-26' }]);
  });
  it('reads "for days" and "for years" as durations', () => {
    expect(one(ms, 'days').kind).toBe('duration');
    expect(one(ms, 'years').kind).toBe('duration');
  });
  it('reads "6 February" as a day', () => {
    expect(one(ms, '6 February').value).toEqual({ start: '2026-02-06' });
  });
});

describe('seed 002 (page stamp in June, article in January)', () => {
  const ms = found('002');
  it('reads the range "February 6th to 22nd"', () => {
    expect(one(ms, 'February 6th to 22nd').value).toEqual({ start: '2026-02-06', end: '2026-02-22' });
  });
  it('reads "upcoming … in December" forward, as December 2026', () => {
    expect(one(ms, 'December').value).toEqual({ start: '2026-12' });
  });
  it('reads "Tuesday (January 27th)" as 27 January twice', () => {
    expect(one(ms, 'January 27th').value).toEqual({ start: '2026-01-27' });
    expect(byText(ms, 'Tuesday').every((m) => m.value?.start === '2026-01-27')).toBe(true);
  });
  it('reads "recently" as PAST_REF and the discourse "now" as PRESENT_REF, never a day', () => {
    expect(one(ms, 'recently')).toMatchObject({ kind: 'past-ref', value: null });
    expect(one(ms, 'now')).toMatchObject({ kind: 'present-ref', value: null });
  });
  it('does not read the view counter as a date', () => {
    const text = read('002');
    const bad = ms.filter((m) => m.kind === 'date' && /102|17671/.test(text.slice(m.start - 8, m.end + 2)));
    expect(bad).toEqual([]);
  });
});

describe('seed 003 (Reuters)', () => {
  const ms = found('003');
  it('reads the ISO metadata date and the dateline "Jan 27" without the trailing space', () => {
    expect(one(ms, '2026-01-27').value).toEqual({ start: '2026-01-27' });
    expect(one(ms, 'Jan 27').value).toEqual({ start: '2026-01-27' });
  });
  it('reads "February 6-22" as a range and "2024 Olympic Games" as 2024', () => {
    expect(one(ms, 'February 6-22').value).toEqual({ start: '2026-02-06', end: '2026-02-22' });
    expect(one(ms, '2024').value).toEqual({ start: '2024' });
  });
  it('reads "next month\'s Games" as February 2026', () => {
    expect(one(ms, 'next month').value).toEqual({ start: '2026-02' });
  });
  it('reads "on Tuesday" as the reference day', () => {
    expect(one(ms, 'Tuesday').value).toEqual({ start: '2026-01-27' });
  });
  it('finds no date in "RTL 102.5", "Radio 102" or "50 countries"', () => {
    const text = read('003');
    const bad = ms.filter((m) => m.kind === 'date' && /^(?:102|50)/.test(m.text));
    expect(bad).toEqual([]);
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('seed 004 (Independent)', () => {
  const ms = found('004');
  it('reads "over the weekend" as Saturday-Sunday 24-25 January', () => {
    expect(one(ms, 'the weekend')).toMatchObject({
      value: { start: '2026-01-24', end: '2026-01-25' },
      timex: { value: '2026-W04-WE' },
    });
  });
  it('reads "on Saturday" as 24 January and the explicit days as written', () => {
    expect(one(ms, 'Saturday').value).toEqual({ start: '2026-01-24' });
    expect(one(ms, '7 January').value).toEqual({ start: '2026-01-07' });
    expect(one(ms, '24 January').value).toEqual({ start: '2026-01-24' });
  });
  it('reads the "Support Now" button as PRESENT_REF, never a day, and "recent weeks" as PAST_REF', () => {
    expect(one(ms, 'Now')).toMatchObject({ kind: 'present-ref', value: null });
    expect(one(ms, 'recent weeks').kind).toBe('past-ref');
  });
  it('finds no date in "RTL Radio 102"', () => {
    expect(ms.filter((m) => /102/.test(m.text))).toEqual([]);
  });
});
