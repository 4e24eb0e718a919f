import { readFileSync } from 'node:fs';
import { timelineJsonSchema } from '../../src/contract/json-schema';
import { SCHEMA_VERSION, inlineTexts, validateTextShard, validateTimeline, type Timeline } from '../../src/contract';

const article = {
  id: 'a',
  file: 'seeds/a.txt',
  format: 'text' as const,
  outlet: 'a.txt',
  headline: 'A',
  url: null,
  byline: null,
  modified: null,
  language: 'en',
  published: { date: '2026-01-27', basis: 'metadata' as const },
  text: 'It opens on 6 February.',
  excluded: [],
  sentences: [{ start: 0, end: 23 }],
  warnings: [],
};
const mention = {
  id: 'a:8-21',
  articleId: 'a',
  start: 9,
  end: 22,
  text: 'on 6 February',
  kind: 'date' as const,
  value: { start: '2026-02-06' },
  timex: { type: 'DATE' as const, value: '2026-02-06' },
  relative: true,
  sentence: { start: 0, end: 23 },
  eventId: 'e1',
};
const event = {
  id: 'e1',
  date: { start: '2026-02-06' },
  title: 'It opens',
  mentionIds: ['a:8-21'],
  articleIds: ['a'],
  sourceCount: 1,
  flags: [],
  rank: 1,
  weight: 1,
  why: '1 source, 1 mention',
};
const good = (): Timeline =>
  structuredClone({
    schemaVersion: SCHEMA_VERSION,
    corpus: 'seeds',
    articles: [article],
    mentions: [mention],
    events: [event],
    skipped: [],
  });

describe('the timeline contract', () => {
  it('accepts a consistent timeline', () => {
    expect(validateTimeline(good())).toEqual({ ok: true, timeline: good() });
  });

  it('refuses another schema version and says which', () => {
    const r = validateTimeline({ ...good(), schemaVersion: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/schemaVersion is 1/);
  });

  it('refuses dates that claim a precision the format does not have', () => {
    const t = good();
    t.events[0]!.date = { start: '2026-1-6' };
    expect(validateTimeline(t).ok).toBe(false);
  });

  it('refuses a mention whose offsets do not slice to its text', () => {
    const t = good();
    t.mentions[0]!.start = 8;
    const r = validateTimeline(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/do not slice/);
  });

  it('refuses an unplaced mention without a note saying why', () => {
    const t = good();
    t.mentions[0]!.eventId = null;
    t.events = [];
    const r = validateTimeline(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/no note/);
  });

  it('refuses an event whose source count does not match its evidence', () => {
    const t = good();
    t.events[0]!.sourceCount = 2;
    expect(validateTimeline(t).ok).toBe(false);
  });

  describe('with the text in a shard', () => {
    const sharded = (): Timeline => {
      const t = good();
      const { text, ...rest } = t.articles[0]!;
      t.articles[0] = { ...rest, textShard: 'texts/0000.json', textLength: text!.length };
      t.mentions[0]!.quote = text!.slice(0, 23);
      return t;
    };
    const shard = { schemaVersion: SCHEMA_VERSION, texts: { a: article.text } };

    it('accepts an index whose offsets fit the text length and whose quotes hold the mentions', () => {
      expect(validateTimeline(sharded()).ok).toBe(true);
    });

    it('still checks every offset against the text length', () => {
      const t = sharded();
      t.articles[0]!.sentences = [{ start: 0, end: 40 }];
      const r = validateTimeline(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(/outside its text/);
    });

    it('refuses a placed mention without the quote the evidence panel shows', () => {
      const t = sharded();
      delete t.mentions[0]!.quote;
      const r = validateTimeline(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(/no quote/);
    });

    it('refuses an article with both its text and a shard', () => {
      const t = sharded();
      t.articles[0]!.text = article.text;
      expect(validateTimeline(t).ok).toBe(false);
    });

    it('accepts the shard that holds the text and puts the timeline back together', () => {
      const r = validateTextShard(shard, 'texts/0000.json', sharded());
      expect(r.ok).toBe(true);
      if (r.ok) expect(inlineTexts(sharded(), r.texts)).toEqual(good());
    });

    it('refuses a shard whose text is not as long as the index says, naming the shard', () => {
      const r = validateTextShard({ ...shard, texts: { a: article.text + '!' } }, 'texts/0000.json', sharded());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^texts\/0000\.json: .*24 characters long, the index says 23/);
    });

    it('refuses a shard of another version or shape', () => {
      expect(validateTextShard({ schemaVersion: 2, texts: {} }, 'texts/0000.json', sharded()).ok).toBe(false);
      expect(validateTextShard({ schemaVersion: SCHEMA_VERSION, texts: [] }, 'texts/0000.json', sharded()).ok).toBe(
        false,
      );
    });
  });

  it('publishes the JSON Schema generated from the contract (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(readFileSync('public/timeline.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(timelineJsonSchema())));
  });
});
