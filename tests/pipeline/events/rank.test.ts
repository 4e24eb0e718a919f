import { describe, expect, it } from 'vitest';
import type { DateValue, Mention } from '../../../src/contract';
import { rankEvents, type RankArticle, type Unranked } from '../../../src/pipeline/events/rank';

/** A corpus under construction: articles with a publication day, events with one mention per article. */
function corpus() {
  const articles: RankArticle[] = [];
  const mentions: Mention[] = [];
  const events: Unranked[] = [];
  const article = (id: string, published: string, text = `Article ${id} reports something of its own today.`) => {
    articles.push({ id, text, published: { date: published } });
    return id;
  };
  const event = (id: string, date: DateValue, articleIds: string[], sentence?: (a: string) => string) => {
    const ids: string[] = [];
    for (const a of articleIds) {
      const art = articles.find((x) => x.id === a)!;
      if (sentence) art.text = sentence(a);
      const m: Mention = {
        id: `${a}@0-5:${id}`,
        articleId: a,
        start: 0,
        end: 5,
        text: art.text.slice(0, 5),
        kind: 'date',
        value: date,
        timex: { type: 'DATE', value: date.start },
        relative: false,
        sentence: { start: 0, end: art.text.length },
        eventId: id,
      };
      mentions.push(m);
      ids.push(m.id);
    }
    events.push({ id, date, title: id, mentionIds: ids, articleIds, sourceCount: articleIds.length, flags: [] });
  };
  return { articles, mentions, events, article, event };
}

const byRank = (es: { id: string; rank: number }[]) => [...es].sort((a, b) => a.rank - b.rank).map((e) => e.id);

describe('rankEvents', () => {
  it('gives unique ranks from 1 and a weight of 1 to the most important event', () => {
    const c = corpus();
    for (let i = 0; i < 6; i++) c.article(`a${i}`, '2009-04-20');
    c.event('ev:big', { start: '2009-04-10' }, ['a0', 'a1', 'a2']);
    c.event('ev:small', { start: '2009-04-11' }, ['a3']);
    c.event('ev:tie1', { start: '2009-04-12' }, ['a4']);
    c.event('ev:tie2', { start: '2009-04-13' }, ['a5']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(ranked.map((e) => e.rank).sort()).toEqual([1, 2, 3, 4]);
    expect(ranked.find((e) => e.rank === 1)!.id).toBe('ev:big');
    expect(ranked.find((e) => e.rank === 1)!.weight).toBe(1);
    expect(ranked.every((e) => e.weight >= 0 && e.weight <= 1)).toBe(true);
  });

  it('is deterministic: the same input in another order gives the same ranks', () => {
    const c = corpus();
    for (let i = 0; i < 4; i++) c.article(`a${i}`, '2009-04-20');
    c.event('ev:x', { start: '2009-04-12' }, ['a0']);
    c.event('ev:y', { start: '2009-04-13' }, ['a1']);
    c.event('ev:z', { start: '2009-04-14' }, ['a2', 'a3']);
    const one = rankEvents(c.events, c.mentions, c.articles);
    const two = rankEvents([...c.events].reverse(), c.mentions, [...c.articles].reverse());
    expect(byRank(two)).toEqual(byRank(one));
  });

  it('counts copies of one wire story once', () => {
    const c = corpus();
    const wire = () => 'Mexico City closed its schools and museums on Friday to slow the virus, officials said.';
    for (let i = 0; i < 3; i++) c.article(`copy${i}`, '2009-04-25');
    for (let i = 0; i < 2; i++) c.article(`own${i}`, '2009-04-25');
    c.event('ev:a-wire', { start: '2009-04-11' }, ['copy0', 'copy1', 'copy2'], wire);
    c.event('ev:two', { start: '2009-04-10' }, ['own0', 'own1']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    const w = ranked.find((e) => e.id === 'ev:a-wire')!;
    expect(w.why).toMatch(/^1 source \(2 copies counted once\)/);
    expect(byRank(ranked)[0]).toBe('ev:two');
  });

  it('counts outlets, not articles, when the corpus names them', () => {
    const c = corpus();
    c.article('bbc1', '2009-04-25');
    c.article('bbc2', '2009-04-25');
    c.article('g1', '2009-04-25');
    c.article('r1', '2009-04-25');
    for (const a of c.articles) a.outlet = a.id.startsWith('bbc') ? 'BBC' : a.id === 'g1' ? 'The Guardian' : 'Reuters';
    c.event('ev:one-outlet', { start: '2009-04-11' }, ['bbc1', 'bbc2']);
    c.event('ev:two-outlets', { start: '2009-04-10' }, ['g1', 'r1']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(byRank(ranked)[0]).toBe('ev:two-outlets');
    expect(ranked.find((e) => e.id === 'ev:two-outlets')!.why).toContain('from 2 outlets');
  });

  it('ranks a date that later articles refer back to above one mentioned only on its day', () => {
    const c = corpus();
    c.article('d1', '2009-04-10');
    c.article('d2', '2009-04-12');
    c.article('l1', '2009-04-20');
    c.article('l2', '2009-04-25');
    c.event('ev:on-the-day', { start: '2009-04-12' }, ['d1', 'd2']);
    c.event('ev:referred', { start: '2009-04-11' }, ['l1', 'l2']);
    // d1 announces the day ahead, d2 reports it on the day; l1 and l2 look back at their day later.
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(byRank(ranked)[0]).toBe('ev:referred');
    expect(ranked.find((e) => e.id === 'ev:referred')!.why).toContain('referred back to by 2 later articles');
    expect(ranked.find((e) => e.id === 'ev:on-the-day')!.why).not.toContain('later article');
  });

  it('ranks a day followed by heavy coverage above an equal day nobody wrote about', () => {
    const c = corpus();
    for (let i = 0; i < 8; i++) c.article(`busy${i}`, i < 4 ? '2009-04-29' : '2009-04-30');
    c.article('q1', '2009-05-10');
    c.article('q2', '2009-05-10');
    c.article('q3', '2009-05-10');
    c.event('ev:a-quiet', { start: '2009-04-20' }, ['q1', 'q2']);
    c.event('ev:busy', { start: '2009-04-29' }, ['q3', 'busy0']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(byRank(ranked)[0]).toBe('ev:busy');
    expect(ranked.find((e) => e.id === 'ev:busy')!.why).toContain('8 articles published that day and the next');
  });

  it('ranks a day above the month or year with the same evidence', () => {
    const c = corpus();
    for (let i = 0; i < 6; i++) c.article(`a${i}`, '2009-06-01');
    c.event('ev:a-year', { start: '2009' }, ['a0', 'a1']);
    c.event('ev:b-month', { start: '2009-04' }, ['a2', 'a3']);
    c.event('ev:c-day', { start: '2009-04-12' }, ['a4', 'a5']);
    c.article('a6', '2009-06-01');
    c.article('a7', '2009-06-01');
    c.event('ev:d-week', { start: '2009-04-20', end: '2009-04-26' }, ['a6', 'a7']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(byRank(ranked)).toEqual(['ev:c-day', 'ev:d-week', 'ev:b-month', 'ev:a-year']);
    expect(ranked.find((e) => e.id === 'ev:d-week')!.why).toMatch(/dated to a few days$/);
    expect(ranked.find((e) => e.id === 'ev:b-month')!.why).toMatch(/dated to a month$/);
  });

  it('still ranks without articles (no publication dates): by sources, then mentions', () => {
    const c = corpus();
    for (let i = 0; i < 3; i++) c.article(`a${i}`, '2009-04-20');
    c.event('ev:one', { start: '2009-04-12' }, ['a0']);
    c.event('ev:two', { start: '2009-04-13' }, ['a1', 'a2']);
    const ranked = rankEvents(c.events, c.mentions);
    expect(byRank(ranked)).toEqual(['ev:two', 'ev:one']);
    expect(ranked[0]!.why).not.toContain('later article');
  });
});

describe('copies of one text', () => {
  const story = [
    'Mexico City closed its schools and museums to slow the spread of the new virus.',
    'Health officials said more than a thousand people may have been infected so far.',
    'The World Health Organization called an emergency meeting of its experts in Geneva.',
    'Travellers returning from Mexico were asked to report any symptoms to their doctors.',
  ];
  it('counts an article and its lightly edited copy under another name as one source', () => {
    const c = corpus();
    c.article('wire', '2009-04-25', story.join(' '));
    c.article('site', '2009-04-25', [...story.slice(0, 3), 'Readers can find advice on our website today.'].join(' '));
    c.article(
      'own',
      '2009-04-25',
      'A reporter in Oaxaca found that a woman there had fallen ill weeks earlier this spring.',
    );
    c.article(
      'other',
      '2009-04-25',
      'Officials in Texas confirmed a case in a school in the state, the first in the region.',
    );
    c.event('ev:a-copied', { start: '2009-04-11' }, ['wire', 'site']);
    c.event('ev:b-independent', { start: '2009-04-10' }, ['own', 'other']);
    const ranked = rankEvents(c.events, c.mentions, c.articles);
    expect(ranked.find((e) => e.id === 'ev:a-copied')!.why).toMatch(/^1 source \(1 copy counted once\)/);
    expect(byRank(ranked)[0]).toBe('ev:b-independent');
  });
  it('does not take two articles sharing one sentence for copies', () => {
    const c = corpus();
    c.article(
      'a',
      '2009-04-25',
      [
        story[0],
        'The army handed out masks at metro stations across the capital.',
        'Churches held mass without a congregation.',
      ].join(' '),
    );
    c.article(
      'b',
      '2009-04-25',
      [
        story[0],
        'Stock markets in Mexico fell sharply on fears for the economy.',
        'Airlines cut flights to the country.',
      ].join(' '),
    );
    c.event('ev:x', { start: '2009-04-11' }, ['a', 'b']);
    // The event's own sentences differ (each mention's sentence is its whole text here), so two sources.
    expect(rankEvents(c.events, c.mentions, c.articles)[0]!.why).toMatch(/^2 sources,/);
  });
});
