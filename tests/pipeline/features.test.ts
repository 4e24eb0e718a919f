import { describe, expect, it } from 'vitest';
import { containment, cosine, norm, wordBag, type Vec } from '../../src/pipeline/features';

const bagOf = (s: string, date: string) => {
  const at = s.indexOf(date);
  const m = { start: at, end: at + date.length };
  return wordBag(s, { start: 0, end: s.length }, m, [m]);
};

describe('wordBag', () => {
  it('keeps the words next to the date in the narrow window, folded and stemmed, without the date or function words', () => {
    const b = bagOf('Begin deze maand schoot een ICE-agent in Minneapolis Renée Good dood.', 'Begin deze maand');
    expect(b.narrow).toEqual(['schoo', 'ice', 'agent', 'minne']);
    expect(b.wide).toContain('renee');
    expect(b.wide).not.toContain('maand');
  });
  it('lets Dutch and English names and compounds meet', () => {
    const nl = bagOf('De Olympische Winterspelen worden op 6 februari geopend.', 'op 6 februari');
    const en = bagOf('The Winter Olympics will be held from February 6th to 22nd.', 'from February 6th to 22nd');
    expect(nl.narrow.filter((s) => en.narrow.includes(s)).sort()).toEqual(['olymp', 'winte']);
  });
  it('notices words that say the date is a start or an end', () => {
    expect(bagOf('The Games, which begin on 6 February, are near.', 'on 6 February').startCue).toBe(true);
    expect(bagOf('De Winterspelen worden op 6 februari geopend.', 'op 6 februari').startCue).toBe(true);
    expect(bagOf('The talks close on 22 February in Rome.', 'on 22 February').endCue).toBe(true);
    expect(bagOf('Pretti was shot dead on 24 January.', 'on 24 January').startCue).toBe(false);
  });
  it('finds nothing in a sentence of function words and dates only', () => {
    const b = bagOf('It was on Tuesday and then on Monday.', 'on Tuesday');
    expect(b.narrow.length + b.wide.length).toBe(0);
  });
});

describe('similarity', () => {
  const v = (o: Record<string, number>): Vec => new Map(Object.entries(o));
  it('cosine is 1 for the same words and 0 for none in common', () => {
    const a = v({ x: 1, y: 2 });
    expect(cosine(a, norm(a), a, norm(a))).toBeCloseTo(1);
    expect(cosine(a, norm(a), v({ z: 3 }), 3)).toBe(0);
  });
  it('containment says how much of one side the other covers', () => {
    expect(containment(v({ x: 1, y: 3 }), v({ y: 1, z: 1 }))).toBeCloseTo(0.75);
    expect(containment(new Map(), v({ y: 1 }))).toBe(0);
  });
});
