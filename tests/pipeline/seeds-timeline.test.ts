/**
 * The seeds' timeline as a careful reader would check it (see notes on the seeds in the README), plus a
 * golden digest reviewed by hand. When the extractor or the pipeline changes the result on purpose,
 * regenerate the digest with `UPDATE_GOLDEN=1 npx vitest run tests/pipeline/seeds-timeline.test.ts`
 * and review the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline, type BuildResult } from '../../src/pipeline/build';
import { extractMentions } from '../../src/pipeline/extract';
import {
  validateTimeline,
  valuesOverlap,
  type Mention,
  type InlineTimeline as Timeline,
  type TimelineEvent,
} from '../../src/contract';
import { digest, seedFiles } from './seeds-helpers';

const GOLDEN = 'tests/fixtures/seeds/timeline.golden.json';

let result: BuildResult;
let t: Timeline;
const article = (p: string) => t.articles.find((a) => a.id.startsWith(p))!;
const mentionsOf = (p: string) => t.mentions.filter((m) => m.articleId.startsWith(p));
const eventOf = (m: Mention | undefined): TimelineEvent | undefined => t.events.find((e) => e.id === m?.eventId);
const find = (p: string, text: string, after = 0) => {
  const a = article(p);
  const at = a.text.indexOf(text, after);
  return mentionsOf(p).find((m) => m.start <= at + text.length && m.end >= at && at >= 0);
};

beforeAll(() => {
  result = buildTimeline(seedFiles(), { corpus: 'seeds' });
  t = result.timeline;
});

describe('the seeds timeline', () => {
  it('validates against the contract and every mention slices to its text', () => {
    expect(result.report.errors).toEqual([]);
    expect(validateTimeline(JSON.parse(JSON.stringify(t))).ok).toBe(true);
    for (const m of t.mentions)
      expect(t.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads the Dutch article as Dutch and the others as English', () => {
    expect(t.articles.map((a) => a.language)).toEqual(['nl', 'en', 'en', 'en', 'en']);
  });

  it('takes 003 and 004 publication dates from their metadata lines', () => {
    for (const p of ['003', '004'])
      expect(article(p).published).toMatchObject({ date: '2026-01-27', basis: 'metadata' });
  });

  it('rejects the June page stamp of 002 and infers late January instead, saying why', () => {
    const a = article('002');
    expect(a.published?.basis).toBe('inferred');
    expect(['2026-01-27', '2026-01-28']).toContain(a.published?.date);
    expect(a.published?.note).toMatch(/page timestamp 2026-06-04 was rejected/);
    expect(a.warnings.join(' ')).toMatch(/rejected/);
    const stamp = find('002', 'June 4, 2026');
    expect(stamp?.eventId ?? null).toBeNull();
  });

  it('infers 000 and 001 from their own dates and the corpus, with a note', () => {
    for (const p of ['000', '001']) {
      expect(article(p).published).toMatchObject({ date: '2026-01-27', basis: 'inferred' });
      expect(article(p).published?.note).toMatch(/similar dated article/);
    }
  });

  it('resolves the relative dates of 002 around January, not June', () => {
    const tuesday = find('002', 'on Tuesday (January');
    expect(tuesday?.value).toEqual({ start: '2026-01-27' });
    for (const m of mentionsOf('002')) {
      if (!m.relative || !m.value || m.eventId === null) continue;
      expect(m.value.start.slice(0, 7) === '2026-06', `${m.text} resolved to ${m.value.start}`).toBe(false);
    }
  });

  it('makes the Games one 6-22 February 2026 event backed by at least three articles, flagged conflict', () => {
    const games = t.events.filter((e) => e.date.start === '2026-02-06' && e.date.end === '2026-02-22');
    expect(games).toHaveLength(1);
    expect(games[0]!.sourceCount).toBeGreaterThanOrEqual(3);
    expect(games[0]!.flags).toContain('conflict');
    // The December claim is kept as disagreeing evidence, with a note.
    const december = find('002', 'December');
    expect(december?.eventId).toBe(games[0]!.id);
    expect(december?.note).toMatch(/disagrees/);
    // The Dutch "op 6 februari geopend" and the Guardian's "which begin on 6 February" are evidence for it.
    expect(eventOf(find('000', '6 februari'))?.id).toBe(games[0]!.id);
    expect(eventOf(find('001', '6 February'))?.id).toBe(games[0]!.id);
  });

  it('keeps the Milan rally on the opening day apart from the Games', () => {
    const rally = eventOf(find('003', 'February 6, to coincide'));
    expect(rally?.date).toEqual({ start: '2026-02-06' });
    expect(rally?.mentionIds).toHaveLength(1);
  });

  it('flags "over the weekend" as approximate but not the stated 6-22 February range', () => {
    const weekend = eventOf(find('004', 'weekend'));
    expect(weekend?.date).toEqual({ start: '2026-01-24', end: '2026-01-25' });
    expect(weekend?.flags).toContain('approximate');
    const games = t.events.find((e) => e.date.start === '2026-02-06' && e.date.end === '2026-02-22');
    expect(games?.flags).not.toContain('approximate');
  });

  it('puts no event in June or December', () => {
    for (const e of t.events) {
      expect(valuesOverlap(e.date, { start: '2026-06' }), e.title).toBe(false);
      expect(valuesOverlap(e.date, { start: '2026-12' }), e.title).toBe(false);
      expect(valuesOverlap(e.date, { start: '2025-12' }), e.title).toBe(false);
    }
  });

  it('holds two separate events on 24 January: the shooting of Alex Pretti and the minister’s statement', () => {
    const pretti = eventOf(find('004', 'on 24 January'));
    const minister = eventOf(find('004', 'on Saturday'));
    expect(pretti?.date).toEqual({ start: '2026-01-24' });
    expect(minister?.date).toEqual({ start: '2026-01-24' });
    expect(pretti?.id).not.toBe(minister?.id);
    expect(pretti?.title).toMatch(/Pretti/);
    expect(minister?.title).toMatch(/Piantedosi/);
  });

  it('keeps the statements of 27 January apart (embassy source, DHS spokesperson, Conte)', () => {
    const conte = eventOf(find('002', 'X on Tuesday'));
    const dhs = eventOf(find('002', 'on Tuesday (January'));
    const embassy = eventOf(find('003', 'on Tuesday'));
    for (const e of [conte, dhs, embassy]) expect(e?.date).toEqual({ start: '2026-01-27' });
    expect(new Set([conte?.id, dhs?.id]).size).toBe(2);
    expect(new Set([conte?.id, embassy?.id]).size).toBe(2);
  });

  it('dates "On the same day" by the date before it and names that mention as its anchor', () => {
    const same = find('002', 'the same day')!;
    expect(eventOf(same)?.date).toEqual({ start: '2026-01-27' });
    const anchor = t.mentions.find((m) => m.id === same.anchor);
    expect(anchor?.articleId).toBe(same.articleId);
    expect(anchor!.start).toBeLessThan(same.start);
    expect(same.note).toMatch(/same day as/i);
  });

  it('dates Holocaust Remembrance Day to 27 January and says where that date comes from', () => {
    const day = find('001', 'Holocaust Remembrance Day')!;
    expect(eventOf(day)?.date).toEqual({ start: '2026-01-27' });
    expect(day.note).toMatch(/27 January/);
  });

  it('places the shooting of Renee Good on 7 January and Fontana’s statement on Monday 26 January', () => {
    expect(eventOf(find('004', 'on 7 January'))?.date).toEqual({ start: '2026-01-07' });
    const monday = eventOf(find('001', 'on Monday'));
    expect(monday?.date).toEqual({ start: '2026-01-26' });
    // Both "on Monday"s of the sentence are evidence for the one event.
    expect(monday?.mentionIds.filter((id) => id.startsWith('001')).length).toBe(2);
  });

  it('never invents a day for month claims ("this month", "eerder deze maand")', () => {
    for (const m of t.mentions.filter((x) => /^(this month|eerder deze maand)$/.test(x.text))) {
      const e = eventOf(m);
      if (e && e.date.start.length === 10) expect(e.date.start, m.text).toBe('');
    }
  });

  it('keeps the 2024 Paris Games as a year event, not as a conflict of the 2026 Games', () => {
    const e = eventOf(find('003', '2024'));
    expect(e?.date).toEqual({ start: '2024' });
    expect(e?.flags).toContain('approximate');
  });

  it('does not make page chrome an event: "Support Now", the sidebar\'s "June 2nd", "now"', () => {
    const a4 = article('004');
    const appeal = a4.excluded.find((e) => e.reason === 'donation appeal')!;
    expect(a4.text.slice(appeal.start, appeal.end)).toContain('Support Now');
    for (const m of mentionsOf('004').filter((m) => m.start >= appeal.start && m.end <= appeal.end)) {
      expect(m.eventId).toBeNull();
      expect(m.note).toBeTruthy();
    }
    const june2 = find('002', 'June 2nd');
    if (june2) expect(june2.eventId).toBeNull();
    const now = find('002', 'now learned');
    if (now) expect(now.eventId).toBeNull();
    expect(t.events.some((e) => /support now|read more/i.test(e.title))).toBe(false);
  });

  it('loses nothing: every date the extractor finds is a mention, placed or with a note', () => {
    for (const a of t.articles) {
      const found = extractMentions(a.text, { language: a.language, reference: a.published!.date });
      const spans = new Set(mentionsOf(a.id.slice(0, 3)).map((m) => `${m.start}-${m.end}`));
      for (const f of found) expect(spans.has(`${f.start}-${f.end}`), `${a.id} "${f.text}"`).toBe(true);
    }
    for (const m of t.mentions) if (m.eventId === null) expect(m.note, m.text).toBeTruthy();
  });

  it('gives every event a short readable title', () => {
    for (const e of t.events) {
      const words = e.title.replace('…', '').split(/\s+/).length;
      expect(words, e.title).toBeGreaterThanOrEqual(3);
      expect(words, e.title).toBeLessThanOrEqual(14);
      expect(e.title[0], e.title).toBe(e.title[0]!.toUpperCase());
    }
  });

  it('matches the reviewed golden digest', () => {
    const actual = JSON.stringify(digest(t), null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, actual);
      if (process.env.UPDATE_GOLDEN !== '1')
        throw new Error(`${GOLDEN} did not exist; written now: review it and run again`);
    }
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
