import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/pipeline/ingest';

const DUTCH = readFileSync('seeds/000_be5cafdb33d90958.txt', 'utf8');
const LOREM =
  'Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum. '.repeat(
    6,
  );

function record(text: string, language: string) {
  const line = JSON.stringify({ text, language, id: 'a' });
  return ingest([{ path: 'c/e.jsonl', bytes: new TextEncoder().encode(line) }], { corpus: 'c' }).articles[0]!;
}

describe('the declared language', () => {
  it('is used as the page or record gives it', () => {
    expect(record('De gemeenteraad heeft dinsdag besloten de brug te sluiten.', 'nl-BE').language).toBe('nl');
  });

  it('is overruled, with a warning, when the text clearly reads as another language (a template’s lang="en")', () => {
    const a = record(DUTCH, 'en');
    expect(a.language).toBe('nl');
    expect(a.warnings.join(' ')).toMatch(/says its language is en but its text reads as nl/);
  });

  it('is kept for placeholder Latin, and for a language the detector does not know', () => {
    expect(record(LOREM, 'en').language).toBe('en');
    expect(record(DUTCH, 'cs').language).toBe('cs');
  });
});
