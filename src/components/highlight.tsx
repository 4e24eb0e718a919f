/**
 * Search matches marked in a piece of text. Matching ignores accents and case, as the search does; the
 * marks cover the original characters. Text only: nothing is parsed as HTML.
 */
import { Fragment } from 'react';
import { foldForSearch } from '../timeline/text';

/** Half-open [start, end) ranges of `text` where any word of `query` occurs, merged and in order. */
export function matchRanges(text: string, query: string): [number, number][] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0 || !text) return [];
  // Fold per character so offsets in the folded text map back to the original.
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldForSearch(text[i]!);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
  }
  map.push(text.length);
  const ranges: [number, number][] = [];
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) {
      ranges.push([map[at]!, map[at + w.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function Highlight({ text, query }: { text: string; query: string }) {
  const ranges = query.trim() ? matchRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, a)}</Fragment>);
    parts.push(
      <mark key={`m${a}`} className="search-hit">
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
