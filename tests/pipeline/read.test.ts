import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/pipeline/read';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('reads UTF-8 text unchanged, accents and curly quotes included', () => {
    const r = decodeArticle(enc('Renée Good “was” shot.\r\nSecond line.'));
    expect(r).toEqual({ ok: true, text: 'Renée Good “was” shot.\r\nSecond line.' });
  });
  it('removes a byte-order mark and nothing else', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(' date 2026-01-27 x')]));
    expect(r).toEqual({ ok: true, text: ' date 2026-01-27 x' });
  });
  it('rejects an empty file and a file of only white space', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeArticle(enc(' \n\t \n'))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });
  it('rejects Latin-1 bytes as not UTF-8', () => {
    expect(decodeArticle(new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x65]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not UTF-8'),
    });
  });
  it('rejects binary data (NUL bytes, or many control characters)', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary'),
    });
    expect(decodeArticle(enc('ab\u0001\u0002\u0003\u0004cd'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary'),
    });
  });
  it('rejects UTF-16 with a clear hint', () => {
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('UTF-16'),
    });
  });
  it('rejects a file larger than the limit and says how large', () => {
    const r = decodeArticle(new Uint8Array(3 * 1024 * 1024).fill(0x61));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/too large.*3\.0 MB/) });
    expect(decodeArticle(enc('short text here'), 4)).toMatchObject({ ok: false });
  });
});
