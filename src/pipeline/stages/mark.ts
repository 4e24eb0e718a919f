/**
 * Stage 5, mark: every found date becomes a mention of the timeline, in article order. What cannot be
 * placed keeps a note saying why (`mark.ts`); what can gets the words around it (`features.ts`), the
 * input of the clustering.
 */
import type { Mention } from '../../contract';
import type { ClusterInput } from '../cluster';
import { wordBag } from '../features';
import { mentionId } from '../ids';
import { markMention } from '../mark';
import { sentenceOf } from '../sentences';
import { overlappingSorted } from '../text-utils';
import type { ExtractedArticle } from './extract';

export interface MarkedMentions {
  /** Every mention of the corpus, article by article; `eventId` is still null. */
  mentions: Mention[];
  /** The placeable ones, as the clustering reads them (`key` = index in `mentions`). */
  placeable: ClusterInput[];
  /** Per article, the index range of its mentions in `mentions`. */
  ranges: { first: number; end: number }[];
}

export function markArticles(articles: readonly ExtractedArticle[]): MarkedMentions {
  const out: MarkedMentions = { mentions: [], placeable: [], ranges: [] };
  articles.forEach((a, articleIndex) => {
    const first = out.mentions.length;
    const storyNames: ReadonlySet<string> = new Set(a.names);
    const ctx = {
      excluded: a.excluded,
      publicationEvidence: a.evidence,
      hasReference: a.published !== null,
      ...(a.duplicateOf ? { duplicateOf: a.duplicateOf } : {}),
      text: a.text,
      published: a.published?.date ?? null,
    };
    // An anchor is named only when it is itself one of the article's mentions (the contract checks it).
    const foundAt = new Set(a.found.map((m) => `${m.start}-${m.end}`));
    for (const m of a.found) {
      const sentence = sentenceOf(a.sentences, m);
      const mark = markMention(m, ctx);
      const anchor = m.anchor && foundAt.has(`${m.anchor.start}-${m.anchor.end}`) ? m.anchor : undefined;
      const note = [mark.placeable ? undefined : mark.note, m.note].filter(Boolean).join(' ');
      const key = out.mentions.length;
      const mention: Mention = {
        id: mentionId(a.id, m.start, m.end),
        articleId: a.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
        value: m.value,
        timex: m.timex,
        relative: m.relative,
        sentence,
        eventId: null,
        ...(note ? { note } : {}),
        ...(anchor ? { anchor: mentionId(a.id, anchor.start, anchor.end) } : {}),
      };
      out.mentions.push(mention);
      if (!mark.placeable) continue;
      out.placeable.push({
        key,
        articleIndex,
        mentionId: mention.id,
        start: m.start,
        sentence,
        value: m.value!,
        relative: m.relative,
        storyNames,
        bag: wordBag(a.text, sentence, m, overlappingSorted(a.found, sentence)),
      });
    }
    out.ranges.push({ first, end: out.mentions.length });
  });
  return out;
}
