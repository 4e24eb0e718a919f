import { validateTimeline, type Timeline } from '../../src/contract';
import { csvRecords, eventsToTimelineJs } from '../../src/export';
import { fixture } from './fixture';

/** The fixture plus an article whose one sentence, wrapped over two lines, dates an event twice. */
function withTalks(): Timeline {
  const t = fixture();
  const text = 'Talks ran from\n  6 January until 9 January in Brussel.  Nothing else.';
  const sentence = { start: 0, end: text.indexOf('.') + 1 };
  t.articles.push({
    id: 'vrt',
    file: 'corpus/vrt.txt',
    format: 'text',
    outlet: 'VRT',
    headline: 'Talks',
    url: null,
    byline: null,
    modified: null,
    language: 'en',
    published: null,
    text,
    excluded: [],
    sentences: [sentence, { start: sentence.end + 2, end: text.length }],
    warnings: [],
  });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  for (const [phrase, value] of [
    ['6 January', '2026-01-06'],
    ['9 January', '2026-01-09'],
  ] as const) {
    const { start, end } = at(phrase);
    t.mentions.push({
      id: `vrt:${start}`,
      articleId: 'vrt',
      start,
      end,
      text: phrase,
      kind: 'date',
      value: { start: value },
      timex: { type: 'DATE', value },
      relative: false,
      sentence,
      eventId: 'talks',
    });
  }
  t.events.push({
    id: 'talks',
    date: { start: '2026-01-06', end: '2026-01-09' },
    title: 'Talks in Brussel',
    mentionIds: ['vrt:17', 'vrt:33'],
    articleIds: ['vrt'],
    sourceCount: 1,
    flags: [],
    rank: t.events.length + 1,
    weight: 0.5,
    why: '1 source',
  });
  return t;
}

describe('evidence in the exports', () => {
  it('gives one sentence once even when it dates the event twice, with the line break of the file made a space', () => {
    const t = withTalks();
    const r = validateTimeline(t);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const talks = csvRecords(t, ['talks'])[0]!;
    expect(talks.evidence).toBe('VRT: “Talks ran from 6 January until 9 January in Brussel.”');
    expect(talks.date).toBe('6–9 January 2026');
  });

  it('marks both date expressions of that sentence in TimelineJS', () => {
    const text = eventsToTimelineJs(withTalks(), ['talks']).events[0]!.text.text;
    expect(text).toBe(
      '<p><cite>VRT</cite>: “Talks ran from <mark>6 January</mark> until <mark>9 January</mark> in Brussel.”</p>',
    );
  });
});
