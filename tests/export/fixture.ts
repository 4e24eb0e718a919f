/**
 * A small hand-made timeline for the export tests: four articles (English, Dutch, French), an unplaced
 * duration, and six events covering what exports must get right: a year claim, a month claim, a part
 * claim ("begin januari"), a range, a conflict, and an event with three sources.
 * Offsets are found from the phrases, so the fixture stays valid when a sentence is edited.
 */
import {
  SCHEMA_VERSION,
  type ArticleWithText as Article,
  type DateValue,
  type EventFlag,
  type Mention,
  type Timeline,
  type TimelineEvent,
} from '../../src/contract';

function article(id: string, source: string, language: string, sentences: string[]): Article {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const span = { start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });
  return {
    id,
    file: `corpus/${id}.txt`,
    format: 'text',
    outlet: source,
    headline: sentences[0]!.slice(0, 40),
    url: `https://${source.toLowerCase().replace(/[^a-z]+/g, '')}.example/${id}`,
    byline: null,
    modified: null,
    language,
    published: { date: '2026-01-27', basis: 'metadata' },
    text,
    excluded: [],
    sentences: spans,
    warnings: [],
  };
}

export const bbc = article('bbc', 'BBC News', 'en', [
  'The bridge closed on 6 January after engineers found cracks.',
  'Cracks were first reported in 2025.',
  'The repair tender will be published in February.',
  'The Games run from 6 to 22 February.',
  'Repairs could take two years.',
]);
export const lemonde = article('lemonde', 'Le Monde', 'fr', [
  'Le pont a été fermé le 6 janvier, a annoncé le ministère.',
]);
export const nos = article('nos', 'NOS', 'nl', [
  // A line break inside the sentence (as in a wrapped source file), quotes, a comma and "ë".
  'Op 6 januari sloot Zoë de Vries de brug: "te gevaarlijk",\nzei ze.',
  'Begin januari werd de brug geïnspecteerd.',
  'De stemming was op 28 januari.',
]);
export const reuters = article('reuters', 'Reuters', 'en', ['Lawmakers voted on the repairs on 27 January.']);
export const articles = [bbc, lemonde, nos, reuters];

function mention(
  a: Article,
  phrase: string,
  value: DateValue | null,
  eventId: string | null,
  extra: Partial<Mention> = {},
): Mention {
  const start = a.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in ${a.id}`);
  const end = start + phrase.length;
  const sentence = a.sentences.find((s) => s.start <= start && s.end >= end)!;
  return {
    id: `${a.id}:${start}-${end}`,
    articleId: a.id,
    start,
    end,
    text: phrase,
    kind: 'date',
    value,
    timex: { type: 'DATE', value: value?.start ?? 'XXXX' },
    relative: false,
    sentence: { start: sentence.start, end: sentence.end },
    eventId,
    ...extra,
  };
}

export const mentions: Mention[] = [
  mention(bbc, 'on 6 January', { start: '2026-01-06' }, 'bridge-closes'),
  mention(bbc, '2025', { start: '2025' }, 'cracks'),
  mention(bbc, 'in February', { start: '2026-02' }, 'tender'),
  mention(bbc, 'from 6 to 22 February', { start: '2026-02-06', end: '2026-02-22' }, 'games'),
  mention(bbc, 'two years', null, null, {
    kind: 'duration',
    timex: { type: 'DURATION', value: 'P2Y' },
    note: 'a duration, not a date',
  }),
  mention(lemonde, 'le 6 janvier', { start: '2026-01-06' }, 'bridge-closes'),
  mention(nos, 'Op 6 januari', { start: '2026-01-06' }, 'bridge-closes'),
  mention(nos, 'Begin januari', { start: '2026-01', part: 'early' }, 'inspection'),
  mention(nos, 'op 28 januari', { start: '2026-01-28' }, 'vote', { note: "its date disagrees with the event's" }),
  mention(reuters, 'on 27 January', { start: '2026-01-27' }, 'vote'),
];

let ranked = 0;
function event(id: string, date: DateValue, title: string, flags: EventFlag[]): TimelineEvent {
  const ms = mentions.filter((m) => m.eventId === id);
  const articleIds = articles.map((a) => a.id).filter((a) => ms.some((m) => m.articleId === a));
  const unranked = {
    id,
    date,
    title,
    mentionIds: ms.map((m) => m.id),
    articleIds,
    sourceCount: articleIds.length,
    flags,
  };
  return { ...unranked, rank: ++ranked, weight: 1 / ranked, why: `${articleIds.length} source(s)` };
}

/** In date order, as the pipeline writes them. */
export const events: TimelineEvent[] = [
  event('cracks', { start: '2025' }, 'Cracks first reported', ['approximate']),
  event('inspection', { start: '2026-01', part: 'early' }, 'Brug geïnspecteerd', ['approximate']),
  event('bridge-closes', { start: '2026-01-06' }, 'Bridge closes', []),
  // Untrusted text: a title that a spreadsheet would run as a formula.
  event('vote', { start: '2026-01-27' }, '=HYPERLINK("https://evil.example","Vote on repairs")', ['conflict']),
  event('tender', { start: '2026-02' }, 'Repair tender published', ['approximate']),
  event('games', { start: '2026-02-06', end: '2026-02-22' }, 'The Games', []),
];

export function fixture(): Timeline {
  return structuredClone({
    schemaVersion: SCHEMA_VERSION,
    corpus: 'corpus',
    articles,
    mentions,
    events,
    skipped: [{ file: 'corpus/empty.txt', reason: 'empty file' }],
  });
}

export const allIds = events.map((e) => e.id);
