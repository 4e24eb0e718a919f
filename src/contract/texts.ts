/**
 * Article texts when a timeline may keep them in shards: what can be read from the index alone (a mention's
 * sentence) and how a timeline gets its texts back inline once the shards are at hand.
 */
import type { Article, Mention, Timeline } from './timeline';

/** An article whose text is at hand (inline, or put back from its shard). */
export type ArticleWithText = Article & { text: string };

/** True when the article carries its text. */
export function hasText(article: Article): article is ArticleWithText {
  return article.text !== undefined;
}

/**
 * The mention's sentence as written: from the article's text when it is inline, else the mention's `quote`
 * (every placed mention of a sharded article has one); null when neither is at hand.
 */
export function mentionSentence(article: Pick<Article, 'text'>, mention: Mention): string | null {
  if (article.text !== undefined) return article.text.slice(mention.sentence.start, mention.sentence.end);
  return mention.quote ?? null;
}

/** The article with `text` set and the shard fields and quotes dropped, as an inline timeline holds it. */
export function withText(article: Article, text: string): ArticleWithText {
  const { textShard: _shard, textLength: _length, ...rest } = article;
  return { ...rest, text };
}

/**
 * The timeline with every text inline, given the texts of the sharded articles: the inverse of sharding
 * (quotes dropped, since the inline text holds them). Throws when a sharded article's text is missing.
 */
export function inlineTexts(timeline: Timeline, texts: ReadonlyMap<string, string>): Timeline {
  const sharded = new Set<string>();
  const articles = timeline.articles.map((a) => {
    if (a.text !== undefined) return a;
    const text = texts.get(a.id);
    if (text === undefined) throw new Error(`the text of article ${a.id} (${a.textShard}) is not loaded`);
    sharded.add(a.id);
    return withText(a, text);
  });
  const mentions = timeline.mentions.map((m) => {
    if (!sharded.has(m.articleId) || m.quote === undefined) return m;
    const { quote: _quote, ...rest } = m;
    return rest;
  });
  return { ...timeline, articles, mentions };
}

/** A timeline with every text inline, as the pipeline builds it before sharding. */
export type InlineTimeline = Omit<Timeline, 'articles'> & { articles: ArticleWithText[] };
