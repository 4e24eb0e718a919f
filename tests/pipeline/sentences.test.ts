import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAtSpans, sentenceOf, splitSentences } from '../../src/pipeline/sentences';

describe('splitSentences', () => {
  it('splits at full stops followed by a capital, and at line breaks', () => {
    const t = 'First one. Second one!\nThird line? Yes.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second one!',
      'Third line?',
      'Yes.',
    ]);
  });
  it('does not split after abbreviations and initials', () => {
    const t = 'The U.S. embassy said so. Mr. Sala met Tilman J. Fertitta at 6 p.m. Friday. Then Jan. 27 came.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'The U.S. embassy said so.',
      'Mr. Sala met Tilman J. Fertitta at 6 p.m. Friday.',
      'Then Jan. 27 came.',
    ]);
  });
  it('keeps a closing quote with its sentence', () => {
    const t = '“This is a militia that kills,” he said. “It’s clear.” Then more.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      '“This is a militia that kills,” he said.',
      '“It’s clear.”',
      'Then more.',
    ]);
  });
  it('covers every word of every seed', () => {
    for (const f of readdirSync('seeds')) {
      const t = readFileSync(`seeds/${f}`, 'utf8');
      const covered = new Uint8Array(t.length);
      for (const s of splitSentences(t)) covered.fill(1, s.start, s.end);
      for (let i = 0; i < t.length; i++) if (!/\s/.test(t[i]!)) expect(covered[i], `${f} offset ${i}`).toBe(1);
    }
  });
  it('gives ordered, non-empty, trimmed spans for any text, and sentenceOf always contains the span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat(), (t, a, b) => {
        const spans = splitSentences(t);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          last = s.end;
        }
        if (t.length === 0) return;
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        const sent = sentenceOf(spans, { start, end });
        expect(sent.start).toBeLessThanOrEqual(start);
        expect(sent.end).toBeGreaterThanOrEqual(end);
      }),
    );
  });
});

describe('cutAtSpans', () => {
  it('separates a metadata prefix and a dateline from the first sentence of the story', () => {
    const t = ' date 2026-01-27 ROME, Jan 27 : ICE personnel will help, a source said on Tuesday.';
    const cut = cutAtSpans(t, splitSentences(t), [
      { start: 1, end: 16 },
      { start: 17, end: 31 },
    ]);
    expect(cut.map((s) => t.slice(s.start, s.end))).toEqual([
      'date 2026-01-27',
      'ROME, Jan 27 :',
      'ICE personnel will help, a source said on Tuesday.',
    ]);
  });
  it('changes nothing without spans', () => {
    const t = 'One. Two.';
    expect(cutAtSpans(t, splitSentences(t), [])).toEqual(splitSentences(t));
  });
});
