/**
 * An article's text for the reader: inline, or fetched from its shard the first time it is needed (the
 * shard is then kept for the visit).
 */
import { useEffect } from 'react';
import type { Article } from '../contract';
import { articleText, type ArticleText } from '../store/texts';
import { useChronology, useChronologyStore } from './use-chronology';

export function useArticleText(article: Article | undefined): ArticleText | null {
  const store = useChronologyStore();
  const texts = useChronology((s) => s.texts);
  const shards = useChronology((s) => s.shards);
  const shard = article?.text === undefined ? article?.textShard : undefined;
  useEffect(() => {
    if (shard) void store.getState().loadShard(shard);
  }, [store, shard]);
  return article ? articleText({ texts, shards }, article) : null;
}
