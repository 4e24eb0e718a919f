import { describe, expect, it, vi } from 'vitest';

// A misbehaving extractor: wrong offsets, an impossible value, a range that ends before it starts.
vi.mock('../../src/pipeline/extract', () => ({
  extractMentions: (text: string) => [
    {
      start: 0,
      end: 5,
      text: text.slice(0, 5),
      kind: 'date',
      value: { start: '2026-01-27' },
      timex: { type: 'DATE', value: '2026-01-27' },
      relative: false,
    },
    {
      start: 3,
      end: 9999,
      text: 'nope',
      kind: 'date',
      value: { start: '2026-01-27' },
      timex: { type: 'DATE', value: '2026-01-27' },
      relative: false,
    },
    {
      start: 6,
      end: 10,
      text: text.slice(6, 10),
      kind: 'date',
      value: { start: '2026-13' },
      timex: { type: 'DATE', value: 'x' },
      relative: false,
    },
    {
      start: 11,
      end: 15,
      text: text.slice(11, 15),
      kind: 'date',
      value: { start: '2026-02-22', end: '2026-02-06' },
      timex: { type: 'DATE', value: 'x' },
      relative: false,
    },
  ],
}));

const { buildTimeline } = await import('../../src/pipeline/build');

describe('buildTimeline with a misbehaving extractor', () => {
  it('drops malformed results with a warning and still writes a valid timeline', () => {
    const { timeline, report } = buildTimeline(
      [{ path: 'c/a.txt', bytes: new TextEncoder().encode('Alpha beta gamma delta epsilon zeta eta theta.') }],
      { corpus: 'c' },
    );
    expect(report.errors).toEqual([]);
    expect(timeline.mentions.map((m) => m.text)).toEqual(['Alpha']);
    expect(timeline.articles[0]!.warnings.join(' ')).toMatch(/do not slice/);
    expect(timeline.articles[0]!.warnings.join(' ')).toMatch(/malformed value/);
  });
});
