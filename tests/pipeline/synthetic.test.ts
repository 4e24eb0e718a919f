import { describe, expect, it } from 'vitest';
import { corpus } from '../../bench/pipeline';
import { buildTimeline, UNCLUSTERED_NOTE } from '../../src/pipeline/build';

describe('the build on a synthetic corpus (the benchmark generator)', () => {
  it('validates and places or explains every mention, for several seeds', () => {
    for (const seed of [1, 2, 3]) {
      const { files } = corpus(400, seed);
      const { timeline, report } = buildTimeline(files, { corpus: 'bench' });
      expect(report.errors, `seed ${seed}`).toEqual([]);
      for (const m of timeline.mentions) {
        expect(m.eventId !== null || Boolean(m.note), m.id).toBe(true);
        expect(m.note, m.id).not.toBe(UNCLUSTERED_NOTE);
      }
    }
  });
  it('is deterministic on it', () => {
    const { files } = corpus(200, 7);
    expect(JSON.stringify(buildTimeline(files, { corpus: 'bench' }).timeline)).toBe(
      JSON.stringify(buildTimeline([...files].reverse(), { corpus: 'bench' }).timeline),
    );
  });
});
