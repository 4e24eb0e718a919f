/**
 * Cutting an article's text into pieces for display: plain text, date mentions, page chrome and the
 * sentence being read. Pure and offset-exact; the reader renders each piece as text (never as HTML).
 */
import type { ArticleWithText, ExcludedSpan, Mention, Span } from '../contract';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The date mention this piece is part of, if any. */
  mention: Mention | null;
  /** The excluded (page chrome) span it lies in, if any. */
  excluded: ExcludedSpan | null;
  /** Inside the sentence being read. */
  focus: boolean;
}

/** Split `article.text` at every mention, excluded-span and focus-sentence boundary. */
export function segmentArticle(article: ArticleWithText, mentions: readonly Mention[], focus: Span | null): Segment[] {
  const text = article.text;
  const cuts = new Set<number>([0, text.length]);
  const own = mentions.filter((m) => m.articleId === article.id && m.end <= text.length);
  for (const m of own) cuts.add(m.start).add(m.end);
  for (const x of article.excluded) cuts.add(x.start).add(x.end);
  if (focus) cuts.add(focus.start).add(focus.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  // Mentions do not overlap each other in a valid timeline; if they did, the first wins.
  const sortedMentions = [...own].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    while (mi < sortedMentions.length && sortedMentions[mi]!.end <= a) mi++;
    const m = sortedMentions[mi];
    const mention = m && m.start <= a && m.end >= b ? m : null;
    const excluded = article.excluded.find((x) => x.start <= a && x.end >= b) ?? null;
    out.push({
      start: a,
      end: b,
      text: text.slice(a, b),
      mention,
      excluded,
      focus: !!focus && focus.start <= a && focus.end >= b,
    });
  }
  return out;
}

/** A sentence with one expression marked: [before, expression, after]. */
export function splitSentence(article: { text: string }, sentence: Span, mark: Span): [string, string, string] {
  const t = article.text;
  const s = Math.max(sentence.start, 0);
  const e = Math.min(sentence.end, t.length);
  const a = Math.min(Math.max(mark.start, s), e);
  const b = Math.min(Math.max(mark.end, a), e);
  return [t.slice(s, a), t.slice(a, b), t.slice(b, e)];
}

/** Lower-case, accents removed: "Renée" matches "renee". */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
