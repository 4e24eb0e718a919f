import { validateTimeline } from '../../src/contract';
import {
  eventsToTimelineJs,
  eventsToTimelineJsJson,
  SEVERAL_SOURCES_GROUP,
  timelineJsId,
  type TimelineJsDate,
} from '../../src/export';
import { allIds, fixture } from './fixture';

const doc = () => eventsToTimelineJs(fixture(), allIds);
const slide = (headline: string) => doc().events.find((e) => e.text.headline === headline)!;

/** The fields TimelineJS reads from a date object, and their types. */
function expectDateShape(d: TimelineJsDate) {
  expect(Object.keys(d).every((k) => ['year', 'month', 'day', 'display_date'].includes(k))).toBe(true);
  expect(Number.isInteger(d.year)).toBe(true);
  if (d.month !== undefined) expect(Number.isInteger(d.month) && d.month >= 1 && d.month <= 12).toBe(true);
  if (d.day !== undefined) {
    expect(d.month).toBeDefined();
    expect(Number.isInteger(d.day) && d.day >= 1 && d.day <= 31).toBe(true);
  }
}

describe('TimelineJS export', () => {
  it('gives every event a start_date with an integer year, and integer months and days only where known', () => {
    const events = JSON.parse(eventsToTimelineJsJson(fixture(), allIds)).events;
    expect(events).toHaveLength(6);
    for (const e of events) {
      expectDateShape(e.start_date);
      if (e.end_date) expectDateShape(e.end_date);
    }
  });

  it('writes each date at the precision of the claim: a month claim has no day, a year claim only a year', () => {
    expect(slide('Repair tender published').start_date).toEqual({ year: 2026, month: 2 });
    expect(slide('Cracks first reported').start_date).toEqual({ year: 2025 });
    expect(slide('Bridge closes').start_date).toEqual({ year: 2026, month: 1, day: 6 });
    expect(slide('Bridge closes').end_date).toBeUndefined();
  });

  it('shows a part claim as the words for it on a month-precision date', () => {
    expect(slide('Brug geïnspecteerd').start_date).toEqual({
      year: 2026,
      month: 1,
      display_date: 'early January 2026',
    });
  });

  it('gives a range an end_date', () => {
    const games = slide('The Games');
    expect(games.start_date).toEqual({ year: 2026, month: 2, day: 6 });
    expect(games.end_date).toEqual({ year: 2026, month: 2, day: 22 });
  });

  it('keeps date order and gives unique ids in the slug form TimelineJS keeps as they are', () => {
    const ids = doc().events.map((e) => e.unique_id);
    expect(ids).toEqual(['cracks', 'inspection', 'bridge-closes', 'vote', 'tender', 'games']);
    const used = new Set<string>();
    const odd = ['A.B', 'a:b', 'a-b', '2026-01-06#1', 'Zoë', '—'].map((id) => timelineJsId(id, used));
    expect(new Set(odd).size).toBe(odd.length);
    for (const id of odd) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(odd[4]).toBe('zoe');
  });

  it('names the source of every evidence sentence in the text, and marks the date expression', () => {
    const text = slide('Bridge closes').text.text;
    expect(text).toContain(
      '<cite>BBC News</cite>: “The bridge closed <mark>on 6 January</mark> after engineers found cracks.”',
    );
    expect(text).toContain('<cite>Le Monde</cite>');
    expect(text).toContain(
      '<cite>NOS</cite>: “<mark>Op 6 januari</mark> sloot Zoë de Vries de brug: &quot;te gevaarlijk&quot;, zei ze.”',
    );
  });

  it('says conflicting and approximate dates in words', () => {
    expect(slide('=HYPERLINK(&quot;https://evil.example&quot;,&quot;Vote on repairs&quot;)').text.text).toMatch(
      /Conflicting dates/,
    );
    expect(slide('Brug geïnspecteerd').text.text).toContain('Approximate date:</strong> early January 2026');
    expect(slide('Bridge closes').text.text).not.toMatch(/Conflicting|Approximate/);
  });

  it('escapes article text everywhere TimelineJS renders HTML: headline, text and group', () => {
    const t = fixture();
    t.events.find((e) => e.id === 'cracks')!.title = '<img src=x onerror=alert(1)>';
    t.articles.find((a) => a.id === 'bbc')!.outlet = '<b onmouseover=alert(2)>BBC</b>';
    const d = eventsToTimelineJs(t, allIds, { lanes: true, title: '<script>alert(3)</script>' });
    const tags = JSON.stringify(d).match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(new Set(tags.map((x) => x.toLowerCase()))).toEqual(
      new Set(['<p>', '</p>', '<cite>', '</cite>', '<mark>', '</mark>', '<strong>', '</strong>']),
    );
    expect(d.events[0]!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('groups events by source in lane mode, and not otherwise', () => {
    const lanes = eventsToTimelineJs(fixture(), allIds, { lanes: true }).events;
    expect(lanes.map((e) => e.group)).toEqual([
      'BBC News',
      'NOS',
      SEVERAL_SOURCES_GROUP,
      SEVERAL_SOURCES_GROUP,
      'BBC News',
      'BBC News',
    ]);
    expect(doc().events.some((e) => 'group' in e)).toBe(false);
  });

  it('adds a title slide only when asked, with an id no event can take', () => {
    expect(doc().title).toBeUndefined();
    const t = fixture();
    // An event whose own id is the title slide's.
    t.events[0]!.id = 'news-chronology-title';
    t.mentions.find((m) => m.eventId === 'cracks')!.eventId = 'news-chronology-title';
    expect(validateTimeline(t).ok).toBe(true);
    const d = eventsToTimelineJs(
      t,
      t.events.map((e) => e.id),
      { title: 'De brug', description: 'Bronnen & data' },
    );
    expect(d.title).toEqual({
      text: { headline: 'De brug', text: '<p>Bronnen &amp; data</p>' },
      unique_id: 'news-chronology-title',
    });
    expect(d.events.map((e) => e.unique_id)).not.toContain('news-chronology-title');
  });
});
