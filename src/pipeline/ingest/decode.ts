/**
 * Bytes to characters for web pages, and gzip. Pages are decoded by the WHATWG rules (byte-order mark, then
 * `<meta charset>` / `http-equiv`, then the default), with `html-encoding-sniffer` (the sniffer jsdom uses) and
 * the `TextDecoder` of `@exodus/bytes` (its encodings as the Encoding Standard defines them: Node 20's own
 * decodes windows-1252 as Latin-1, so € and curly quotes would become control characters).
 * A declaration the bytes contradict is corrected, with a warning.
 */
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { gunzipSync } from 'node:zlib';

/**
 * How far into a page a `<meta charset>` is looked for. The standard's prescan stops at 1024 bytes, but saved
 * pages often carry kilobytes of inline script before it; browsers look further too.
 */
const PRESCAN_BYTES = 16 * 1024;

/** A gzip file inflating past this is not a saved page (a dump, or a zip bomb); it is skipped. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export type Gunzipped = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflate a `.gz` file; a file that is not gzip, is truncated, or inflates past `cap` is named as such. */
export function gunzip(bytes: Uint8Array, cap = MAX_INFLATED_BYTES): Gunzipped {
  if (!isGzip(bytes)) return { ok: false, reason: 'named .gz but not gzip-compressed' };
  try {
    return { ok: true, bytes: new Uint8Array(gunzipSync(bytes, { maxOutputLength: cap })) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large/i.test((e as Error).message))
      return { ok: false, reason: `gzip file inflates past ${cap / (1024 * 1024)} MB; not read` };
    return { ok: false, reason: `corrupt or truncated gzip file (${(e as Error).message})` };
  }
}

export interface DecodedPage {
  html: string;
  /** The encoding used (WHATWG name). */
  encoding: string;
  warnings: string[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function validUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes hold anything beyond ASCII (for ASCII, every declared encoding reads the same). */
function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/**
 * Decode a page. Without a byte-order mark or declaration the standard's default is windows-1252, but bytes
 * that are valid UTF-8 are read as UTF-8 (what browsers' sniffers conclude, and what saved pages almost always
 * are). A page declared UTF-8 whose bytes are not is read as windows-1252; a page declared as a single-byte
 * encoding whose non-ASCII bytes are all valid UTF-8 is read as UTF-8. Both say so in a warning.
 */
export function decodeHtml(bytes: Uint8Array, transportLabel?: string): DecodedPage {
  const warnings: string[] = [];
  const declared = sniffHTMLEncoding(bytes, {
    maxPrescanBytes: PRESCAN_BYTES,
    defaultEncoding: 'none',
    ...(transportLabel ? { transportLayerEncodingLabel: transportLabel } : {}),
  });
  let encoding = declared === 'none' ? null : declared;
  const high = hasHighBytes(bytes);
  if (encoding === null) encoding = !high || validUtf8(bytes) ? 'UTF-8' : 'windows-1252';
  else if (!hasBom(bytes) && high) {
    const isUtf8 = validUtf8(bytes);
    if (encoding === 'UTF-8' && !isUtf8) {
      warnings.push('the page says it is UTF-8 but its bytes are not; it was read as windows-1252');
      encoding = 'windows-1252';
    } else if (encoding !== 'UTF-8' && isUtf8 && !/^UTF-16/i.test(encoding)) {
      // Long runs of valid UTF-8 multi-byte sequences almost never happen by chance in another encoding: this is
      // a page saved as UTF-8 that kept its original declaration.
      warnings.push(`the page says it is ${encoding} but its bytes are UTF-8; it was read as UTF-8`);
      encoding = 'UTF-8';
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new WhatwgDecoder(encoding);
  } catch {
    warnings.push(`the page's encoding ${encoding} is not supported; it was read as windows-1252`);
    decoder = new WhatwgDecoder('windows-1252');
    encoding = 'windows-1252';
  }
  return { html: decoder.decode(bytes), encoding, warnings };
}

/** Whether bytes look like an HTML document whatever the file is called (a doctype or `<html` near the top). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head);
}
