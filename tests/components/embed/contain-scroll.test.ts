import { describe, expect, it } from 'vitest';
import { scrollDelta } from '../../../src/components/embed/contain-scroll';

// A 100 px high scroll box at y=50; a 20 px high target at y=250 (200 px below the box's top).
const box = { top: 50, height: 100 };
const target = { top: 250, height: 20 };

describe('scrolling inside the embed only', () => {
  it('puts the target at the start, end or centre of the scroll box', () => {
    expect(scrollDelta('start', target, box)).toBe(200);
    expect(scrollDelta('end', target, box)).toBe(120); // 200 + 20 - 100
    expect(scrollDelta('center', target, box)).toBe(160); // 200 - (100 - 20) / 2
  });

  it("'nearest' leaves a target that is already in view where it is", () => {
    expect(scrollDelta('nearest', { top: 80, height: 20 }, box)).toBe(0);
    expect(scrollDelta('nearest', target, box)).toBe(120);
    expect(scrollDelta('nearest', { top: 10, height: 20 }, box)).toBe(-40);
  });
});
