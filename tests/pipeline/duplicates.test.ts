import { describe, expect, it } from 'vitest';
import { DuplicateFinder, fingerprint } from '../../src/pipeline/duplicates';

describe('duplicate articles', () => {
  it('are the same text whatever its white space', () => {
    expect(fingerprint('The mayor  spoke.\n\nOn Tuesday.')).toBe(fingerprint(' The mayor spoke. On Tuesday.\n'));
    expect(fingerprint('The mayor spoke.')).not.toBe(fingerprint('The mayor spoke!'));
  });
  it('point at the first article with that text, and a different text is no copy', () => {
    const d = new DuplicateFinder();
    expect(d.copyOf('a', 'One text.')).toBeUndefined();
    expect(d.copyOf('b', 'One  text.')).toBe('a');
    expect(d.copyOf('c', 'Another text.')).toBeUndefined();
    expect(d.copyOf('e', 'One text.')).toBe('a');
  });
});
