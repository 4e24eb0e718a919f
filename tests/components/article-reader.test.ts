import { describe, expect, it } from 'vitest';
import { reasonsInWords } from '../../src/components/article-reader';

describe('the one line that names page clutter set aside', () => {
  it('names each kind once, by the head of its reason, with a count when it repeats', () => {
    expect(
      reasonsInWords([
        { reason: 'page timestamp, rejected: the article contradicts it' },
        { reason: 'related-stories sidebar: headlines of other stories, not this article' },
        { reason: 'photo caption' },
        { reason: 'photo caption (credit)' },
      ]),
    ).toBe('page timestamp, related-stories sidebar, 2 × photo caption');
  });

  it('keeps a reason that has no head as it is', () => {
    expect(reasonsInWords([{ reason: ': odd' }])).toBe(': odd');
  });
});
