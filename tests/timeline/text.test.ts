import { buildSmallTimeline } from '../fixtures/ui/small-timeline';
import { foldForSearch, segmentArticle, splitSentence } from '../../src/timeline/text';

const t = buildSmallTimeline();
const article = t.articles.find((a) => a.id === 'independent')!;
const mentions = t.mentions.filter((m) => m.articleId === 'independent');

describe('cutting an article for the reader', () => {
  it('loses no character and keeps the order', () => {
    const segs = segmentArticle(article, t.mentions, null);
    expect(segs.map((s) => s.text).join('')).toBe(article.text);
  });

  it('marks each mention exactly over its text', () => {
    const segs = segmentArticle(article, t.mentions, null);
    for (const m of mentions) {
      const own = segs.filter((s) => s.mention?.id === m.id);
      expect(own.map((s) => s.text).join('')).toBe(m.text);
    }
  });

  it('marks page chrome with the reason it was excluded', () => {
    const segs = segmentArticle(article, t.mentions, null);
    const chrome = segs.filter((s) => s.excluded);
    expect(chrome.map((s) => s.text).join('')).toBe('Your support helps us to tell the story Read more Support Now');
    expect(chrome[0]!.excluded!.reason).toBe('donation appeal');
  });

  it('marks the sentence being read', () => {
    const m = mentions.find((x) => x.text === 'on 24 January')!;
    const segs = segmentArticle(article, t.mentions, m.sentence);
    expect(
      segs
        .filter((s) => s.focus)
        .map((s) => s.text)
        .join(''),
    ).toBe('Alex Pretti was shot dead on 24 January.');
  });

  it('splits a sentence around its date expression', () => {
    const m = mentions.find((x) => x.text === 'on Saturday')!;
    expect(splitSentence(article, m.sentence, m)).toEqual([
      'Interior Minister Piantedosi said ',
      'on Saturday',
      ' that he had not received confirmation.',
    ]);
  });

  it('folds accents and case for search', () => {
    expect(foldForSearch('Renée GOOD')).toBe('renee good');
  });
});
