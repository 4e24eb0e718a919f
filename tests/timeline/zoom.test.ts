import fc from 'fast-check';
import {
  brushForDomain,
  centreOn,
  domainForBrush,
  wheelZoomDelta,
  domainForTransform,
  transformForDomain,
} from '../../src/timeline/zoom';

const base = [Date.UTC(2024, 0, 1), Date.UTC(2026, 5, 1)] as const;

describe('zoom transforms and brush selections describe the same domain', () => {
  it('round-trips a domain through a zoom transform', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 200, max: 2000 }),
        (a, len, width) => {
          const day = 86_400_000;
          const d = [base[0] + a * day, base[0] + (a + len) * day] as const;
          const back = domainForTransform(base, width, transformForDomain(base, width, d));
          expect(back[0]).toBeCloseTo(d[0], -1);
          expect(back[1]).toBeCloseTo(d[1], -1);
        },
      ),
    );
  });

  it('shows the whole base at the identity transform', () => {
    expect(domainForTransform(base, 1000, { k: 1, x: 0 })).toEqual([base[0], base[1]]);
    expect(transformForDomain(base, 1000, base)).toEqual({ k: 1, x: -0 });
  });

  it('doubles k when half the time is shown', () => {
    const mid = (base[0] + base[1]) / 2;
    const t = transformForDomain(base, 1000, [base[0], mid]);
    expect(t.k).toBeCloseTo(2, 10);
    expect(t.x).toBeCloseTo(0, 10);
  });

  it('round-trips a domain through a brush selection', () => {
    const d = [Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 8)] as const;
    const px = brushForDomain(base, 700, d);
    const back = domainForBrush(base, 700, px);
    expect(back[0]).toBeCloseTo(d[0], -1);
    expect(back[1]).toBeCloseTo(d[1], -1);
  });

  it('clips the brush to the strip when the view runs past it', () => {
    expect(brushForDomain([0, 100], 200, [-50, 50])).toEqual([0, 100]);
  });

  it('re-centres a view on a clicked instant, keeping its span', () => {
    expect(centreOn([0, 10], 100)).toEqual([95, 105]);
  });
});

describe('wheel zoom steps', () => {
  const factor = (e: { deltaY: number; deltaMode: number; ctrlKey: boolean }) => 2 ** Math.abs(wheelZoomDelta(e));

  it('changes the span by at most 1.5× per notch, with or without Ctrl, in pixels, lines or pages', () => {
    for (const deltaY of [-1000, -120, -100, -3, 3, 53, 100, 120, 1000])
      for (const deltaMode of [0, 1, 2])
        for (const ctrlKey of [false, true]) expect(factor({ deltaY, deltaMode, ctrlKey })).toBeLessThanOrEqual(1.5);
  });

  it('zooms in for a wheel turned away and out for one turned back, by a step one can see', () => {
    expect(wheelZoomDelta({ deltaY: -120, deltaMode: 0, ctrlKey: true })).toBeGreaterThan(0);
    expect(wheelZoomDelta({ deltaY: 120, deltaMode: 0, ctrlKey: true })).toBeLessThan(0);
    expect(factor({ deltaY: 120, deltaMode: 0, ctrlKey: true })).toBeGreaterThan(1.2);
  });

  it('follows a trackpad pinch (small Ctrl deltas) more closely than a plain small scroll', () => {
    const pinch = factor({ deltaY: 4, deltaMode: 0, ctrlKey: true });
    expect(pinch).toBeGreaterThan(factor({ deltaY: 4, deltaMode: 0, ctrlKey: false }));
    expect(pinch).toBeLessThan(1.1);
  });
});
