import { densityBins } from '../../src/timeline/overview';

describe('the overview density', () => {
  it('counts each event in the bins its interval touches', () => {
    // 10 bins of 10 ms over [0, 100).
    const bins = densityBins(
      [
        { s: 5, t: 6 },
        { s: 7, t: 8 },
        { s: 30, t: 60 },
      ],
      [0, 100],
      30,
      3,
    );
    expect(bins).toEqual([2, 0, 0, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('leaves out events outside the strip and clips those that overhang it', () => {
    expect(
      densityBins(
        [
          { s: -50, t: -10 },
          { s: 200, t: 300 },
        ],
        [0, 100],
        30,
        3,
      ),
    ).toEqual(new Array(10).fill(0));
    expect(densityBins([{ s: -50, t: 15 }], [0, 100], 30, 3)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('costs the same for a long claim as for a short one (one count per event and bin)', () => {
    const bins = densityBins([{ s: 0, t: 100_000 }], [0, 100_000], 3000, 3);
    expect(bins.length).toBe(1000);
    expect(bins.every((n) => n === 1)).toBe(true);
  });
});
