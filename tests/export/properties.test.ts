import fc from 'fast-check';
import Papa from 'papaparse';
import { validateTimeline } from '../../src/contract';
import { eventsToCsv, eventsToTimelineJs, neutraliseFormula } from '../../src/export';
import { fixture } from './fixture';

// Any text an article could hold: quotes, commas, CR, LF, tabs, formula starts, accents, emoji.
const untrusted = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ',', '\r', '\n', '\t', '=', '+', '-', '@', ';', '<', '>', '&', "'", 'ë', '“', '😀', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 40,
});

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

describe('exports of arbitrary article text', () => {
  it('CSV: a spreadsheet reads back every title and source label as written (formula starts made text)', () => {
    fc.assert(
      fc.property(untrusted, untrusted, (title, source) => {
        const t = fixture();
        t.events.find((e) => e.id === 'games')!.title = title;
        t.articles.find((a) => a.id === 'bbc')!.outlet = source;
        expect(validateTimeline(t).ok).toBe(true);
        const r = Papa.parse<Record<string, string>>(eventsToCsv(t, ['games', 'tender']), {
          header: true,
          skipEmptyLines: true,
        });
        expect(r.errors).toEqual([]);
        expect(r.data.map((row) => row.id)).toEqual(['tender', 'games']);
        expect(r.data[1]!.title).toBe(neutraliseFormula(title));
        expect(r.data[1]!.sources).toBe(neutraliseFormula(source));
      }),
      { numRuns: 300 },
    );
  });

  it('TimelineJS: headline and group carry no markup of their own and decode back to the text', () => {
    fc.assert(
      fc.property(untrusted, untrusted, (title, source) => {
        const t = fixture();
        t.events.find((e) => e.id === 'games')!.title = title;
        t.articles.find((a) => a.id === 'bbc')!.outlet = source;
        const slide = eventsToTimelineJs(t, ['games'], { lanes: true }).events[0]!;
        for (const field of [slide.text.headline, slide.group!]) expect(field).not.toMatch(/[<>"']/);
        expect(decode(slide.text.headline)).toBe(title);
        expect(decode(slide.group!)).toBe(source);
      }),
      { numRuns: 300 },
    );
  });
});
