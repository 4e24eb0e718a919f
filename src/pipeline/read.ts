/**
 * Reading a file's bytes as an article text, or saying in plain words why it cannot be one.
 * Pure: the CLI reads the bytes, this decides what they are.
 */

/** Files larger than this are not news articles (a dump, a book, a binary); they are skipped with a message. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

/** Decode a file's bytes as UTF-8 article text (byte-order mark removed, nothing else changed). */
export function decodeArticle(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `file too large for a news article (${megabytes(bytes.length)} MB; the limit is ${megabytes(maxBytes)} MB)`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text (invalid byte sequences); save it as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab, newlines and form feed mark binary data that happens to decode.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  if (control > 0 && control / text.length > 0.01)
    return { ok: false, reason: 'binary file (control characters), not text' };
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text };
}
