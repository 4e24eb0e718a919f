/**
 * A synthetic, valid timeline of any size, for the UI benchmark (and for trying the page on a big
 * corpus). Deterministic: the same options give the same bytes, so figures from two runs compare.
 *
 * It imitates what the build step produces from real news: most events dated to the day, some to a
 * month, a part of a month ("early January"), a range or a year; most backed by one source, some by
 * many; a dense main story over a few months plus outliers over years; flags; unplaced mentions
 * (durations, "now", page chrome) with notes; metadata lines and a sidebar excluded; one duplicate
 * article; non-ASCII text (accents, an emoji) so that offsets are UTF-16 like the real thing.
 *
 *   npx tsx bench/synthetic-timeline.ts --events 10000 --articles 300 [--outlets 12] --seed 1 --out .tmp/synthetic.json
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MONTHS, WEEKDAYS } from '../src/contract';
import { prng } from './prng';
import { rankEvents } from '../src/pipeline/events/rank';
import {
  SCHEMA_VERSION,
  compareValues,
  isoStartMs,
  msToIsoDay,
  validateTimeline,
  type Article,
  type DateValue,
  type EventFlag,
  type Mention,
  type Part,
  type Timeline,
  type TimelineEvent,
} from '../src/contract';

export interface SyntheticOptions {
  /** Number of events; default 10,000. */
  events?: number;
  /** Number of source articles (a duplicate is added on top); default 300. */
  articles?: number;
  /**
   * Number of outlets the articles come from; default the 12 named ones. Beyond those, numbered regional
   * outlets are made up, so a corpus of 100,000 articles has the hundreds of outlets a real one has.
   */
  outlets?: number;
  /** PRNG seed; default 1. */
  seed?: number;
}

const DAY = 86_400_000;
const OUTLETS = [
  'Northern Ledger',
  'Wire Service Europa',
  'Metro Daily',
  'De Avondkrant',
  'The Alpine Post',
  'Riverside Herald',
  'Global Desk',
  'Evening Standard-Bearer',
  'Radio Milano Notizie',
  'Lake City Tribune',
  'Courier Zürich',
  'Prairie Times',
];
const SUBJECTS = [
  'Federal agents',
  'The mayor of Milan',
  'Protesters',
  'The organising committee',
  'Immigration officials',
  'A city council',
  'Olympic athletes',
  'The state governor',
  'Civil-rights groups',
  'Italian authorities',
  'The security service',
  'Volunteers in Cortina d’Ampezzo',
  'A federal judge',
  'Team USA',
  'Residents of Minneapolis',
];
const VERBS = [
  'announced',
  'rejected',
  'confirmed',
  'held talks on',
  'protested against',
  'published a report on',
  'opened an inquiry into',
  'voted on',
  'postponed',
  'criticised',
  'prepared for',
  'responded to',
];
const OBJECTS = [
  'the security plan',
  'the shooting',
  'new deployments',
  'the opening ceremony',
  'a curfew',
  'the agency’s role',
  'border checks',
  'the torch relay',
  'a court order',
  'the budget',
  'ticket sales',
  'the evacuation route',
  'a vigil',
  'the final report',
];
const FILLER = [
  'Officials gave few details.',
  'The statement was shared widely on social media.',
  'Critics called the decision premature — and said so loudly.',
  'Café owners near the venue reported fewer visitors.',
  'The figures could not be independently verified.',
  'Reporters waited outside for several hours 📷.',
  'Neither side responded to requests for comment.',
];

interface Draft {
  date: DateValue;
  title: string;
  flags: EventFlag[];
  /** Backing articles, by index. */
  sources: number[];
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A day in [fromMs, toMs). */
function dayBetween(r: () => number, fromMs: number, toMs: number): Date {
  return new Date(fromMs + Math.floor((r() * (toMs - fromMs)) / DAY) * DAY);
}

function isoDay(d: Date): string {
  return msToIsoDay(d.getTime());
}

function isoMonth(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** How the date is written in an article, and whether it depends on the publication date. */
function dateText(v: DateValue, r: () => number): { text: string; relative: boolean; timex: string } {
  const d = new Date(isoStartMs(v.start));
  const y = d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()]!;
  if (v.end !== undefined) {
    const e = new Date(isoStartMs(v.end));
    const text =
      e.getUTCMonth() === d.getUTCMonth()
        ? `${d.getUTCDate()}–${e.getUTCDate()} ${month} ${y}`
        : `${d.getUTCDate()} ${month} – ${e.getUTCDate()} ${MONTHS[e.getUTCMonth()]!} ${e.getUTCFullYear()}`;
    return { text, relative: false, timex: v.start };
  }
  if (v.part) {
    const word = { early: 'early', mid: 'mid-', late: 'late' }[v.part];
    return { text: `${word}${v.part === 'mid' ? '' : ' '}${month} ${y}`, relative: false, timex: v.start };
  }
  if (v.start.length === 4) return { text: v.start, relative: false, timex: v.start };
  if (v.start.length === 7) return { text: `${month} ${y}`, relative: false, timex: v.start };
  const x = r();
  if (x < 0.1) return { text: WEEKDAYS[d.getUTCDay()]!, relative: true, timex: v.start };
  if (x < 0.45) return { text: `${month} ${d.getUTCDate()}, ${y}`, relative: false, timex: v.start };
  return { text: `${d.getUTCDate()} ${month} ${y}`, relative: false, timex: v.start };
}

function drawDate(r: () => number): DateValue {
  // A dense main story (November 2025 to March 2026) and a long tail of background since 2010.
  const main = r() < 0.75;
  const day = main
    ? dayBetween(r, Date.UTC(2025, 10, 1), Date.UTC(2026, 3, 1))
    : dayBetween(r, Date.UTC(2010, 0, 1), Date.UTC(2026, 9, 1));
  const p = r();
  if (p < 0.62) return { start: isoDay(day) };
  if (p < 0.74) return { start: isoMonth(day) };
  if (p < 0.84) return { start: isoMonth(day), part: (['early', 'mid', 'late'] as Part[])[Math.floor(r() * 3)]! };
  if (p < 0.94) {
    const end = new Date(day.getTime() + (1 + Math.floor(r() * 20)) * DAY);
    return { start: isoDay(day), end: isoDay(end) };
  }
  return { start: String(day.getUTCFullYear()) };
}

function drawSourceCount(r: () => number): number {
  const x = r();
  if (x < 0.5) return 1;
  if (x < 0.75) return 2;
  if (x < 0.87) return 3;
  return 4 + Math.floor(r() * 5);
}

/** The named outlets first, then "Regional Gazette 13", … as many as asked for. */
function outletNames(n: number): string[] {
  const out = OUTLETS.slice(0, Math.max(1, n));
  for (let i = out.length; i < n; i++) out.push(`${REGIONAL[i % REGIONAL.length]} ${i + 1}`);
  return out;
}
const REGIONAL = ['Regional Gazette', 'County Courier', 'Valley News', 'Harbour Post', 'Il Giornale di Valle'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Build a synthetic timeline. Throws if the result does not pass `validateTimeline` (a bug here). */
export function syntheticTimeline(options: SyntheticOptions = {}): Timeline {
  const nEvents = options.events ?? 10_000;
  const nArticles = Math.max(1, options.articles ?? 300);
  const r = prng(options.seed ?? 1);
  const outlets = outletNames(options.outlets ?? OUTLETS.length);

  const drafts: Draft[] = [];
  for (let i = 0; i < nEvents; i++) {
    const date = drawDate(r);
    const count = Math.min(drawSourceCount(r), nArticles);
    const sources = new Set<number>();
    while (sources.size < count) sources.add(Math.floor(r() * nArticles));
    const flags: EventFlag[] = [];
    if (count > 1 && r() < 0.06) flags.push('conflict');
    if (date.start.length < 10 || date.part) flags.push('approximate');
    if (r() < 0.03) flags.push('inferred-date');
    const title = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
    drafts.push({ date, title, flags, sources: [...sources].sort((a, b) => a - b) });
  }
  drafts.sort((a, b) => compareValues(a.date, b.date));
  const eventIds = drafts.map((_, i) => `ev-${pad(i + 1, 6)}`);

  // What each article says: one placed mention per event it backs (sometimes two), in date order.
  const perArticle: { event: number }[][] = Array.from({ length: nArticles }, () => []);
  drafts.forEach((d, ei) => {
    for (const a of d.sources) {
      perArticle[a]!.push({ event: ei });
      if (r() < 0.08) perArticle[a]!.push({ event: ei });
    }
  });

  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const eventMentions: string[][] = drafts.map(() => []);

  for (let ai = 0; ai < nArticles; ai++) {
    const id = `art-${pad(ai + 1, 4)}`;
    const outlet = outlets[ai % outlets.length]!;
    const items = perArticle[ai]!;
    const lastDay = items.length
      ? Math.max(...items.map((it) => isoStartMs(drafts[it.event]!.date.start)))
      : Date.UTC(2026, 0, 20);
    const published = msToIsoDay(lastDay + DAY);
    const headline = `${outlet}: ${items.length ? drafts[items[0]!.event]!.title : 'Notes from the newsroom'}`;

    let text = '';
    const sentences: { start: number; end: number }[] = [];
    const excluded: Article['excluded'] = [];
    const local: Mention[] = [];
    const sentence = (
      parts: (
        | string
        | { mention: Omit<Mention, 'id' | 'articleId' | 'start' | 'end' | 'text' | 'sentence'> & { text: string } }
      )[],
    ) => {
      const start = text.length;
      const pending: { m: (typeof parts)[number]; at: number }[] = [];
      for (const p of parts) {
        if (typeof p === 'string') text += p;
        else {
          pending.push({ m: p, at: text.length });
          text += p.mention.text;
        }
      }
      const span = { start, end: text.length };
      sentences.push(span);
      text += ' ';
      for (const { m, at } of pending) {
        if (typeof m === 'string') continue;
        local.push({
          ...m.mention,
          id: `${id}:${at}-${at + m.mention.text.length}`,
          articleId: id,
          start: at,
          end: at + m.mention.text.length,
          sentence: span,
        });
      }
    };

    const metaLine = `Published: ${published}`;
    text += `${metaLine}\n${headline}\n\n`;
    excluded.push({ start: 0, end: metaLine.length, reason: 'metadata line' });

    items.forEach((it, k) => {
      const d = drafts[it.event]!;
      // The second source of a conflicting day-precision event names the day after.
      const conflicting =
        d.flags.includes('conflict') && d.sources.indexOf(ai) === 1 && d.date.start.length === 10 && !d.date.end;
      const value: DateValue = conflicting ? { start: msToIsoDay(isoStartMs(d.date.start) + DAY) } : d.date;
      const w = dateText(value, r);
      const mention = {
        text: w.text,
        kind: 'date' as const,
        value,
        timex: { type: 'DATE' as const, value: w.timex },
        relative: w.relative,
        eventId: eventIds[it.event]!,
        ...(conflicting ? { note: 'its date disagrees with the other sources for this event' } : {}),
      };
      // Mid-sentence, "The mayor" becomes "the mayor" but "Team USA" stays as it is.
      const lc = /^(A|The) /.test(d.title) ? d.title.charAt(0).toLowerCase() + d.title.slice(1) : d.title;
      const preposition = value.end !== undefined ? 'From ' : value.start.length === 10 ? 'On ' : 'In ';
      const t = r();
      if (t < 0.4) sentence([preposition, { mention }, `, ${lc}, ${outlet} reported.`]);
      else if (t < 0.7) sentence([`${d.title} (`, { mention }, ').']);
      else sentence([`Reports dated `, { mention }, ` say that ${lc}.`]);
      if (k % 7 === 3) sentence([pick(r, FILLER)]);
      if (k % 23 === 11) {
        sentence([
          'The inquiry could take ',
          {
            mention: {
              text: 'two years',
              kind: 'duration',
              value: null,
              timex: { type: 'DURATION', value: 'P2Y' },
              relative: false,
              eventId: null,
              note: 'a duration, not a date',
            },
          },
          '.',
        ]);
      }
      if (k % 29 === 5) {
        sentence([
          'Tensions remain high ',
          {
            mention: {
              text: 'now',
              kind: 'present-ref',
              value: null,
              timex: { type: 'DATE', value: 'PRESENT_REF' },
              relative: true,
              eventId: null,
              note: '"now" refers to the present in general, not a day',
            },
          },
          '.',
        ]);
      }
    });

    // A sidebar of related stories: page chrome, with a date that must not become an event.
    text += '\n\n';
    const chromeStart = text.length;
    sentence([
      'Related stories: “Snow forecast for the Games”, updated ',
      {
        mention: {
          text: 'yesterday',
          kind: 'date',
          value: { start: msToIsoDay(lastDay) },
          timex: { type: 'DATE', value: msToIsoDay(lastDay) },
          relative: true,
          eventId: null,
          note: 'page chrome (related-stories sidebar), not news text',
        },
      },
      '.',
    ]);
    excluded.push({ start: chromeStart, end: text.length - 1, reason: 'related-stories sidebar' });

    articles.push({
      id,
      file: `corpus/${pad(ai, 3)}_${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}.txt`,
      format: 'text',
      outlet,
      headline,
      url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/${id}`,
      byline: null,
      modified: null,
      language: 'en',
      published: { date: published, basis: 'metadata', evidence: { start: 11, end: metaLine.length } },
      text,
      excluded,
      sentences,
      warnings: [],
    });
    for (const m of local) {
      mentions.push(m);
      if (m.eventId !== null) eventMentions[Number(m.eventId.slice(3)) - 1]!.push(m.id);
    }
  }

  // One article repeats another word for word: kept, but its mentions are not placed again.
  const first = articles[0]!;
  const dupId = `art-${pad(nArticles + 1, 4)}`;
  articles.push({
    ...first,
    id: dupId,
    file: `corpus/${pad(nArticles, 3)}_copy.txt`,
    duplicateOf: first.id,
    warnings: [`repeats ${first.file}`],
  });
  for (const m of mentions.filter((x) => x.articleId === first.id)) {
    const start = m.start;
    mentions.push({
      ...m,
      id: `${dupId}:${start}-${m.end}`,
      articleId: dupId,
      eventId: null,
      note: `the article repeats ${first.id}`,
    });
  }

  const events: TimelineEvent[] = rankEvents(
    drafts.map((d, i) => ({
      id: eventIds[i]!,
      date: d.date,
      title: d.title,
      mentionIds: eventMentions[i]!,
      articleIds: d.sources.map((a) => articles[a]!.id),
      sourceCount: d.sources.length,
      flags: d.flags,
    })),
    mentions,
  );

  const timeline: Timeline = {
    schemaVersion: SCHEMA_VERSION,
    corpus: 'synthetic',
    articles,
    mentions,
    events,
    skipped: [{ file: 'corpus/scan.pdf', reason: 'not UTF-8 text' }],
  };
  const checked = validateTimeline(timeline);
  if (!checked.ok) throw new Error(`the synthetic timeline is invalid:\n${checked.errors.join('\n')}`);
  return timeline;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const t0 = performance.now();
  const timeline = syntheticTimeline({
    events: Number(flag(args, 'events') ?? 10_000),
    articles: Number(flag(args, 'articles') ?? 300),
    ...(flag(args, 'outlets') ? { outlets: Number(flag(args, 'outlets')) } : {}),
    seed: Number(flag(args, 'seed') ?? 1),
  });
  const json = JSON.stringify(timeline);
  const out = flag(args, 'out');
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  process.stderr.write(
    `synthetic timeline: ${timeline.events.length} events, ${timeline.mentions.length} mentions, ${timeline.articles.length} articles, ${(json.length / 1e6).toFixed(1)} MB, valid, ${(performance.now() - t0).toFixed(0)} ms\n`,
  );
}
