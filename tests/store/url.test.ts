import fc from 'fast-check';
import { formatInstant, fromQuery, isHistoryStep, parseInstant, toQuery, type UrlState } from '../../src/store/url';

const base: UrlState = {
  domain: null,
  selectedId: null,
  reader: null,
  hiddenSources: [],
  query: '',
  flag: 'all',
  laneMode: 'combined',
  listView: false,
};

describe('the view in the query string', () => {
  it('is empty for the default view', () => {
    expect(toQuery(base)).toBe('');
    expect(fromQuery('')).toEqual(base);
  });

  it('writes a day-aligned range as plain dates', () => {
    const q = toQuery({ ...base, domain: [Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 8)] });
    expect(q).toBe('from=2026-01-05&to=2026-02-08');
  });

  it('round-trips every part of the view', () => {
    const s: UrlState = {
      domain: [Date.UTC(2026, 0, 5, 3, 22), Date.UTC(2026, 1, 8, 20, 38)],
      selectedId: 'ev:004_698a@2785-2794',
      reader: { articleId: '004_698a', mentionId: '004_698a:2785-2794' },
      hiddenSources: ['a', 'b'],
      query: 'Renée & "Good"',
      flag: 'conflict',
      laneMode: 'source',
      listView: true,
    };
    expect(fromQuery(`?${toQuery(s)}`)).toEqual(s);
  });

  it('round-trips arbitrary ranges to the minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 120_000, max: 4e11 }), (a, len) => {
        const back = fromQuery(toQuery({ ...base, domain: [a, a + len] })).domain!;
        expect(Math.abs(back[0] - a)).toBeLessThanOrEqual(30_000);
        expect(Math.abs(back[1] - (a + len))).toBeLessThanOrEqual(30_000);
      }),
    );
  });

  it('ignores malformed parameters instead of failing', () => {
    expect(fromQuery('from=yesterday&to=2026-02-30x&flag=nonsense&lanes=diagonal&view=grid')).toEqual(base);
    expect(fromQuery('from=2026-02-08&to=2026-01-05').domain).toBeNull();
  });

  it('reads instants with and without a time', () => {
    expect(parseInstant('2026-01-24')).toBe(Date.UTC(2026, 0, 24));
    expect(parseInstant('2026-01-24T12:30Z')).toBe(Date.UTC(2026, 0, 24, 12, 30));
    expect(formatInstant(Date.UTC(2026, 0, 24, 12, 30, 20))).toBe('2026-01-24T12:30Z');
  });

  it('makes a history step for a new selection but not for panning or typing', () => {
    const a = { ...base, domain: [0, 1] as const };
    expect(isHistoryStep(a, { ...a, selectedId: 'e1' })).toBe(true);
    expect(isHistoryStep(a, { ...a, reader: { articleId: 'x', mentionId: null } })).toBe(true);
    expect(isHistoryStep(a, { ...a, domain: [0, 2] })).toBe(false);
    expect(isHistoryStep(a, { ...a, query: 'ice' })).toBe(false);
  });
});
