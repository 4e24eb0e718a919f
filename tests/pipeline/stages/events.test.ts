import { describe, expect, it } from 'vitest';
import { UNCLUSTERED_NOTE } from '../../../src/pipeline/stages/cluster';
import { A, B, run } from './helpers';

describe('the events, titles and rank stages', () => {
  it('put two reports of one shooting in one event, titled from their words and pointed at by both mentions', () => {
    const { marked, events, titled } = run(['a.txt', A], ['b.txt', B]);
    const shooting = events.find((e) => e.value.start === '2026-01-24')!;
    expect(shooting.members).toHaveLength(2);
    for (const k of shooting.all) expect(marked.mentions[k]!.eventId).toBe(shooting.id);
    expect(marked.mentions.some((m) => m.note === UNCLUSTERED_NOTE)).toBe(false);
    const t = titled.find((e) => e.id === shooting.id)!;
    expect(t.title).toMatch(/Pretti/);
    expect(t.sourceCount).toBe(2);
    expect(t.flags).toEqual([]);
  });
  it('keep events in date order and rank each', () => {
    const { built } = run(['a.txt', A], ['b.txt', B]);
    const dates = built.timeline.events.map((e) => e.date.start);
    expect(dates).toEqual([...dates].sort());
    expect(built.timeline.events.every((e) => e.rank >= 1)).toBe(true);
  });
});
