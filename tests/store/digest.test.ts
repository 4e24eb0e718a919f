import type { TimelineEvent } from '../../src/contract';
import { CROWDED_DAY, crowdedDayOf, digestOfCluster } from '../../src/store/digest';

const ev = (id: string, start: string, rank: number, end?: string): TimelineEvent => ({
  id,
  date: end ? { start, end } : { start },
  title: `Event ${id}`,
  mentionIds: [`m${id}`],
  articleIds: ['a'],
  sourceCount: 1,
  flags: [],
  rank,
  weight: 1 / rank,
  why: '',
});

describe('the day digest', () => {
  const day = [ev('c', '2009-04-25', 9), ev('a', '2009-04-25', 2), ev('b', '2009-04-25', 5)];
  const others = [ev('month', '2009-04', 1), ev('range', '2009-04-25', 3, '2009-04-27'), ev('next', '2009-04-26', 4)];

  it("lists a crowded day's events by rank, leaving out months, ranges and other days", () => {
    const d = crowdedDayOf(day[0]!, [...others, ...day])!;
    expect(d.ids).toEqual(['a', 'b', 'c']);
    expect(d.label).toBe('Saturday 25 April 2009');
  });

  it('lists nothing for a day with fewer events than a crowd, or for an event that is not a day', () => {
    expect(day.length).toBe(CROWDED_DAY);
    expect(crowdedDayOf(day[0]!, day.slice(0, CROWDED_DAY - 1))).toBeNull();
    expect(crowdedDayOf(others[0]!, [...others, ...day])).toBeNull();
  });

  it('names the days a "+N" chip covers', () => {
    const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect(digestOfCluster({ firstT: t('2009-04-25'), lastT: t('2009-04-25'), ids: ['x'] }).label).toBe(
      'Saturday 25 April 2009',
    );
    expect(digestOfCluster({ firstT: t('2009-04-25'), lastT: t('2009-04-27'), ids: ['x', 'y'] }).label).toMatch(
      /25.*27 April 2009/,
    );
  });

  it('names a chip of claims that began before the view by the days in view', () => {
    const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    const c = { firstT: t('2000-01-01'), lastT: t('2009-04-20'), ids: ['x', 'y'] };
    const label = digestOfCluster(c, [t('2009-04-19'), t('2009-05-06')]).label;
    expect(label).not.toMatch(/2000/);
    expect(label).toMatch(/19.*20 April 2009/);
  });
});
