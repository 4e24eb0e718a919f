/**
 * A short header at the top of a text file (`title:`, `source:`, `url:`, `date:` …, optionally fenced by `---`
 * lines), as researchers add to plain-text corpora. A header of a single `date:` line without a fence is left to
 * the metadata line (`reference.ts`), so files that already worked keep their basis.
 */
import type { Span } from '../../contract';

/** Keys a header line can have, by what they fill. */
const KEYS: Record<string, 'headline' | 'outlet' | 'url' | 'published' | 'byline' | 'language' | 'modified'> = {
  title: 'headline',
  headline: 'headline',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  url: 'url',
  link: 'url',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  language: 'language',
  lang: 'language',
  modified: 'modified',
  updated: 'modified',
};

/** A header longer than this is not a header but the article. */
const MAX_HEADER_LINES = 20;

export interface FrontMatter {
  /** The whole header, fences included, so it is excluded from the news. */
  span: Span;
  values: Partial<Record<(typeof KEYS)[string], string>>;
  /** Where each value was read in the text. */
  spans: Partial<Record<(typeof KEYS)[string], Span>>;
}

const LINE = /^[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;

export function readFrontMatter(text: string): FrontMatter | null {
  const lines = text.split('\n');
  let i = 0;
  let offset = 0;
  const fenced = /^---[ \t]*\r?$/.test(lines[0] ?? '');
  if (fenced) {
    offset += lines[0]!.length + 1;
    i = 1;
  }
  const values: FrontMatter['values'] = {};
  const spans: FrontMatter['spans'] = {};
  let count = 0;
  let closed = false;
  for (; i < lines.length && count <= MAX_HEADER_LINES; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (fenced && /^---[ \t]*$/.test(raw)) {
      offset += lines[i]!.length + 1;
      closed = true;
      break;
    }
    if (!fenced && raw.trim() === '') {
      closed = true;
      break;
    }
    const m = LINE.exec(raw);
    const field = m ? KEYS[m[1]!.toLowerCase()] : undefined;
    if (!m || !field) {
      if (fenced) return null;
      break;
    }
    if (values[field] === undefined && m[2]) {
      values[field] = m[2];
      const start = offset + raw.indexOf(m[2], raw.indexOf(':') + 1);
      spans[field] = { start, end: start + m[2].length };
    }
    count++;
    offset += lines[i]!.length + 1;
  }
  if (count === 0 || (fenced && !closed)) return null;
  // One `date:` line alone, unfenced, is the seeds' metadata line: left to it.
  if (!fenced && Object.keys(values).every((k) => k === 'published')) return null;
  if (!fenced && !closed && i < lines.length) return null;
  return { span: { start: 0, end: Math.min(offset, text.length) }, values, spans };
}
