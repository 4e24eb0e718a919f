import { validateTimeline, type Timeline } from '../../src/contract';
import { eventsToJson, selectTimeline } from '../../src/export';
import { allIds, fixture } from './fixture';

function validated(json: string): Timeline {
  const r = validateTimeline(JSON.parse(json));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.timeline;
}

describe('JSON export', () => {
  it('of the whole view is the timeline itself, losing nothing', () => {
    expect(validated(eventsToJson(fixture(), allIds))).toEqual(fixture());
  });

  it('keeps the timeline’s own event order', () => {
    const t = fixture();
    // "January 2026" before "1 January 2026": the pipeline may put the coarser claim first; the export follows it.
    t.events[1]!.date = { start: '2026-01' };
    t.events[2]!.date = { start: '2026-01-01' };
    const ids = t.events.map((e) => e.id);
    expect(selectTimeline(t, [...ids].reverse()).events.map((e) => e.id)).toEqual(ids);
  });

  it('of a filtered view validates against our schema and holds only the chosen events', () => {
    const t = validated(eventsToJson(fixture(), ['games', 'vote']));
    expect(t.events.map((e) => e.id)).toEqual(['vote', 'games']);
  });

  it('keeps the backing articles whole, and drops articles that back no chosen event', () => {
    const t = selectTimeline(fixture(), ['games', 'vote']);
    // games is BBC's, vote is NOS's and Reuters'; Le Monde backs only "bridge-closes".
    expect(t.articles.map((a) => a.id)).toEqual(['bbc', 'nos', 'reuters']);
    for (const a of t.articles) expect(a).toEqual(fixture().articles.find((b) => b.id === a.id));
    expect(t.skipped).toEqual(fixture().skipped);
  });

  it('keeps every mention of the kept articles; those placed on events left out say which event, instead of pointing at nothing', () => {
    const t = selectTimeline(fixture(), ['games', 'vote']);
    const before = fixture().mentions.filter((m) => m.articleId !== 'lemonde');
    expect(t.mentions.map((m) => m.id)).toEqual(before.map((m) => m.id));
    const onBridge = t.mentions.find((m) => m.text === 'on 6 January')!;
    expect(onBridge.eventId).toBeNull();
    expect(onBridge.note).toMatch(/event bridge-closes \("Bridge closes"\).*not in this export's selection/);
    // Mentions of the chosen events, and ones that were never placed, are unchanged.
    for (const id of ['from 6 to 22 February', 'on 27 January', 'two years']) {
      const m = t.mentions.find((x) => x.text === id)!;
      expect(m).toEqual(fixture().mentions.find((x) => x.id === m.id));
    }
  });

  it('keeps a mention’s own note when it is unplaced by the export', () => {
    const t = selectTimeline(fixture(), ['inspection']);
    const m = t.mentions.find((x) => x.text === 'op 28 januari')!;
    expect(m.eventId).toBeNull();
    expect(m.note).toContain('event vote');
    expect(m.note).toContain("its date disagrees with the event's");
  });

  it('carries, per event, the date each source gives: a conflict stays readable from the file', () => {
    const t = validated(eventsToJson(fixture(), ['vote']));
    const vote = t.events.find((e) => e.id === 'vote')!;
    // The contract keeps who-says-what on the event's mentions (article and value each); the export keeps them placed.
    const said = vote.mentionIds.map((id) => t.mentions.find((m) => m.id === id)!);
    expect(said.map((m) => [m.articleId, m.value, m.eventId])).toEqual([
      ['nos', { start: '2026-01-28' }, 'vote'],
      ['reuters', { start: '2026-01-27' }, 'vote'],
    ]);
  });

  it('of an empty view is a valid timeline with no events', () => {
    const t = validated(eventsToJson(fixture(), []));
    expect(t.events).toEqual([]);
    expect(t.articles).toEqual([]);
  });

  it('does not change the timeline it was given', () => {
    const t = fixture();
    selectTimeline(t, ['games']);
    expect(t).toEqual(fixture());
  });
});
