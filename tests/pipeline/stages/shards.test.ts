import { buildTimeline } from '../../../src/pipeline/build';
import { SCHEMA_VERSION, inlineTexts, validateTextShard, validateTimeline, type Timeline } from '../../../src/contract';
import { INLINE_BELOW_BYTES, SHARD_TARGET_BYTES, shardTimeline } from '../../../src/pipeline/stages/shards';
import { seedFiles } from '../seeds-helpers';

const seeds = (): Timeline => buildTimeline(seedFiles(), { corpus: 'seeds' }).timeline;

/** The shard texts joined back into one map, each shard checked against the index as the page checks it. */
function readBack(index: Timeline, shards: { path: string; json: string }[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of shards) {
    const r = validateTextShard(JSON.parse(s.json), s.path, index);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    for (const [id, text] of r.texts) texts.set(id, text);
  }
  return texts;
}

describe('splitting the texts out of the timeline', () => {
  it('keeps the seeds inline, so the page loads them in one request', () => {
    const t = seeds();
    const { index, shards } = shardTimeline(t);
    expect(shards).toEqual([]);
    expect(index).toBe(t);
  });

  it('gives back every text exactly from the index and its shards', () => {
    const t = seeds();
    const { index, shards } = shardTimeline(t, { inlineBelowBytes: 0, shardTargetBytes: 4_000 });
    expect(shards.length).toBeGreaterThan(1);
    expect(index.articles.every((a) => a.text === undefined && a.textShard !== undefined)).toBe(true);
    expect(validateTimeline(JSON.parse(JSON.stringify(index))).ok).toBe(true);
    expect(inlineTexts(index, readBack(index, shards))).toEqual(t);
  });

  it('quotes the sentence of every placed mention in the index', () => {
    const t = seeds();
    const { index } = shardTimeline(t, { inlineBelowBytes: 0 });
    const byId = new Map(t.articles.map((a) => [a.id, a]));
    const placed = index.mentions.filter((m) => m.eventId !== null);
    expect(placed.length).toBeGreaterThan(0);
    for (const m of placed) expect(m.quote).toBe(byId.get(m.articleId)!.text!.slice(m.sentence.start, m.sentence.end));
    expect(index.mentions.filter((m) => m.eventId === null).every((m) => m.quote === undefined)).toBe(true);
  });

  it('fills shards up to the target size, in article order, an oversize article alone', () => {
    const t = seeds();
    const target = 6_000;
    const { index, shards } = shardTimeline(t, { inlineBelowBytes: 0, shardTargetBytes: target });
    const paths = index.articles.map((a) => a.textShard!);
    expect([...paths].sort()).toEqual(paths);
    expect(shards.map((s) => s.path)).toEqual([...new Set(paths)]);
    for (const s of shards) {
      const count = Object.keys(JSON.parse(s.json).texts).length;
      if (count > 1) expect(new TextEncoder().encode(s.json).length).toBeLessThanOrEqual(target + 100);
    }
    expect(shards[0]!.path).toBe('texts/0000.json');
    expect(JSON.parse(shards[0]!.json).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('gives the same bytes for the same timeline', () => {
    const a = shardTimeline(seeds(), { inlineBelowBytes: 0, shardTargetBytes: 4_000 });
    const b = shardTimeline(seeds(), { inlineBelowBytes: 0, shardTargetBytes: 4_000 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('shards a timeline once its texts reach the inline threshold, not before', () => {
    const t = seeds();
    const bytes = t.articles.reduce((n, a) => n + new TextEncoder().encode(a.text!).length, 0);
    expect(bytes).toBeLessThan(INLINE_BELOW_BYTES);
    expect(shardTimeline(t, { inlineBelowBytes: bytes + 1 }).shards).toEqual([]);
    expect(shardTimeline(t, { inlineBelowBytes: bytes }).shards.length).toBeGreaterThan(0);
    expect(SHARD_TARGET_BYTES).toBeLessThan(INLINE_BELOW_BYTES);
  });
});
