import { validateTextShard } from '../../src/contract';
import { buildExport, eventsToCsv, eventsToJson, eventsToTimelineJsJson, exportShards } from '../../src/export';
import { shardTimeline } from '../../src/pipeline/stages/shards';
import { allIds, events, fixture } from './fixture';

/** The fixture with its texts in small shards, and the texts read back from those shards. */
function sharded() {
  const { index, shards } = shardTimeline(fixture(), { inlineBelowBytes: 0, shardTargetBytes: 200 });
  const texts = new Map<string, string>();
  for (const s of shards) {
    const r = validateTextShard(JSON.parse(s.json), s.path, index);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    for (const [id, text] of r.texts) texts.set(id, text);
  }
  return { index, shards, texts };
}

describe('exports of a timeline whose texts are in shards', () => {
  it('JSON: names only the shards of the exported articles, and carries their texts inline', () => {
    const { index, shards, texts } = sharded();
    expect(shards.length).toBeGreaterThan(1);
    const one = [events[0]!.id];
    const needed = exportShards('json', index, one);
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.length).toBeLessThan(shards.length);
    const file = buildExport('json', index, one, { texts });
    expect(JSON.parse(file.content)).toEqual(JSON.parse(eventsToJson(fixture(), one)));
  });

  it('JSON: the whole view gives back the inline timeline', () => {
    const { index, texts } = sharded();
    expect(JSON.parse(eventsToJson(index, allIds, texts))).toEqual(fixture());
  });

  it('JSON: refuses to write a file whose texts were not fetched', () => {
    const { index } = sharded();
    expect(() => eventsToJson(index, allIds)).toThrow(/texts\/\d{4}\.json/);
  });

  it('CSV and TimelineJS quote the evidence from the index, without any shard', () => {
    const { index } = sharded();
    expect(exportShards('csv', index, allIds)).toEqual([]);
    expect(exportShards('timelinejs', index, allIds)).toEqual([]);
    expect(eventsToCsv(index, allIds)).toBe(eventsToCsv(fixture(), allIds));
    expect(eventsToTimelineJsJson(index, allIds)).toBe(eventsToTimelineJsJson(fixture(), allIds));
  });
});
