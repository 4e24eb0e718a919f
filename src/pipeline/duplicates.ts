/**
 * The same article twice (a wire story saved from two sites, a file copied): found by its text with white
 * space collapsed, so the copy's dates are not counted as a second source.
 */

/**
 * A fingerprint of the text with white space collapsed: two 32-bit FNV-1a hashes and the length. Equal
 * fingerprints are confirmed by comparing the texts, so only the fingerprint is kept per article.
 */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let n = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 12 ||
      c === 11 ||
      c === 160 ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      pending = n > 0; // runs of white space count as one space, and only between words
      continue;
    }
    if (pending) {
      // The space before this word, then the character itself (written out: this loop runs per character).
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995) ^ (h2 >>> 13);
      n++;
      pending = false;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
    n++;
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Articles seen so far, by fingerprint: the first of each text is the original. */
export class DuplicateFinder {
  private readonly first = new Map<string, { id: string; text: string }>();

  /**
   * The id of an earlier article with the same text, or undefined (then this one is remembered as the original).
   * `key` is the text's `fingerprint`, when it was computed with the rest of the article (in a worker).
   */
  copyOf(id: string, text: string, key: string = fingerprint(text)): string | undefined {
    const candidate = this.first.get(key);
    if (candidate && sameText(candidate.text, text)) return candidate.id;
    // A fingerprint collision with another text keeps the first text (the second is then not recognised).
    if (!candidate) this.first.set(key, { id, text });
    return undefined;
  }
}
