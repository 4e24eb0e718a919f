import { describe, expect, it } from 'vitest';
import { markMention } from '../../src/pipeline/mark';
import type { FoundMention } from '../../src/pipeline/extract';

const m = (over: Partial<FoundMention>): FoundMention => ({
  start: 10,
  end: 20,
  text: 'on 7 January',
  kind: 'date',
  value: { start: '2026-01-07' },
  timex: { type: 'DATE', value: '2026-01-07' },
  relative: true,
  ...over,
});
const ctx = { excluded: [], publicationEvidence: [], hasReference: true };

describe('markMention', () => {
  it('places an ordinary date', () => {
    expect(markMention(m({}), ctx)).toEqual({ placeable: true });
  });
  it('does not place a date inside page chrome and names the chrome', () => {
    const r = markMention(m({ start: 75, end: 78, text: 'Now' }), {
      ...ctx,
      excluded: [{ start: 17, end: 900, reason: 'donation appeal' }],
    });
    expect(r).toEqual({ placeable: false, note: expect.stringContaining('donation appeal') });
  });
  it('says a rejected page timestamp is neither an event nor the publication date', () => {
    const r = markMention(m({ start: 0, end: 22 }), {
      ...ctx,
      excluded: [{ start: 0, end: 23, reason: 'page timestamp, rejected: the article contradicts it' }],
    });
    expect(r).toEqual({
      placeable: false,
      note: expect.stringMatching(/page timestamp, not an event.*not the publication date/),
    });
  });
  it('does not place the publication date read from a metadata line or dateline', () => {
    const r = markMention(m({ start: 6, end: 16 }), {
      ...ctx,
      publicationEvidence: [{ span: { start: 1, end: 16 }, what: 'metadata line' }],
    });
    expect(r).toEqual({ placeable: false, note: expect.stringContaining('publication date') });
  });
  it('does not place durations, sets and vague references, and says what they are', () => {
    expect(markMention(m({ kind: 'duration', value: null, text: 'for days' }), ctx)).toMatchObject({
      placeable: false,
      note: expect.stringContaining('duration'),
    });
    expect(markMention(m({ kind: 'past-ref', value: null, text: 'recently' }), ctx)).toMatchObject({
      placeable: false,
      note: expect.stringContaining('past'),
    });
    expect(markMention(m({ kind: 'set', value: null, text: 'daily' }), ctx)).toMatchObject({ placeable: false });
  });
  it('does not place "now" even when it comes back as a date', () => {
    expect(markMention(m({ text: 'now', value: { start: '2026-01-27' } }), ctx)).toMatchObject({
      placeable: false,
      note: expect.stringContaining('time of writing'),
    });
  });
  it('does not place a relative date of an article with no publication date', () => {
    expect(markMention(m({}), { ...ctx, hasReference: false })).toMatchObject({
      placeable: false,
      note: expect.stringContaining('no publication date'),
    });
    expect(markMention(m({ relative: false }), { ...ctx, hasReference: false })).toEqual({ placeable: true });
  });
  it('does not place anything of a duplicate article, and names the original', () => {
    expect(markMention(m({}), { ...ctx, duplicateOf: 'a1' })).toMatchObject({
      placeable: false,
      note: expect.stringContaining('a1'),
    });
  });
});

describe('publication-day statements and the article timestamp', () => {
  const text =
    'HONG KONG | Wed Apr 15, 2009 5:56 am EDT HONG KONG (Reuters) - Scientists said on Wednesday they had found it.';
  const at = (s: string, from = 0) => ({
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
    text: s,
  });
  const pub = { ...ctx, text, published: '2009-04-15' };
  it('does not place the byline timestamp of the publication day', () => {
    const stamp = m({ ...at('Wed Apr 15, 2009 5:56 am EDT'), value: { start: '2009-04-15' }, relative: false });
    expect(markMention(stamp, pub)).toEqual({ placeable: false, note: expect.stringContaining('timestamp') });
  });
  it('places "said on Wednesday" on the publication day: it reports what happened that day', () => {
    const said = m({ ...at('on Wednesday'), value: { start: '2009-04-15' }, relative: true });
    expect(markMention(said, pub)).toEqual({ placeable: true });
  });
  it('places the same full date when it is news, not a timestamp', () => {
    const news = 'Scientists announced on April 15, 2009 that they had found the virus in two children.';
    const s = 'April 15, 2009';
    const found = m({
      start: news.indexOf(s),
      end: news.indexOf(s) + s.length,
      text: s,
      relative: false,
      value: { start: '2009-04-15' },
    });
    expect(markMention(found, { ...ctx, text: news, published: '2009-04-15' })).toEqual({ placeable: true });
  });
  it('hides only the publication day: a stamp-like date of another day stays placed', () => {
    const stamp = m({ ...at('Wed Apr 15, 2009 5:56 am EDT'), value: { start: '2009-04-15' }, relative: false });
    expect(markMention(stamp, { ...pub, published: '2009-04-20' })).toEqual({ placeable: true });
  });
});
