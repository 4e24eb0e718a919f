import { describe, expect, it } from 'vitest';
import { articleIdFromPath, eventIdFromAnchor, mentionId } from '../../src/pipeline/ids';

describe('ids', () => {
  it('makes an article id from the path inside the corpus, without extension', () => {
    expect(articleIdFromPath('000_be5cafdb33d90958.txt')).toBe('000_be5cafdb33d90958');
    expect(articleIdFromPath('2026/jan/story one.md')).toBe('2026-jan-story-one');
    expect(articleIdFromPath('./a\\b.txt')).toBe('a-b');
  });
  it('never gives an empty id', () => {
    expect(articleIdFromPath('.txt')).not.toBe('');
    expect(articleIdFromPath('///')).not.toBe('');
  });
  it('makes mention and event ids from their anchors only', () => {
    expect(mentionId('a', 3, 9)).toBe('a@3-9');
    expect(eventIdFromAnchor(mentionId('a', 3, 9))).toBe('ev:a@3-9');
  });
});
