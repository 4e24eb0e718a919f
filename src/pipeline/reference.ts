/**
 * The reference date of an article: the publication date relative expressions resolve against.
 *
 * Read, in order of trust: a metadata line (` date 2026-01-27`), a dateline (`ROME, Jan 27 :`), a page
 * stamp (`June 4, 2026, 6:32 p.m.`) unless the article contradicts it. Otherwise it is inferred from the
 * article's own dates (a weekday named with its date pins publication to the week after) and from the most
 * similar dated articles of the corpus; `published.note` says which.
 */
import * as chrono from 'chrono-node';
import type { Published, Span } from '../contract';
import { DAY_MS, isoDay, isoToMs, monthNumber, trimSpan, weekdayNumber, weekdayOf } from './text-utils';

export interface MetadataLine {
  /** The whole `date …` prefix. */
  span: Span;
  /** Just the value. */
  valueSpan: Span;
  /** The date when the value is a valid `YYYY-MM-DD`. */
  date: string | null;
  /** Plain-words problem when it is not. */
  problem?: string;
}

/** A metadata line at the very start of the file: `date 2026-01-27` (also `date:`, `published:`). */
export function readMetadataLine(text: string): MetadataLine | null {
  const m = /^(\s*)((?:date|published|pubdate|datum)\s*[:=]?[ \t]*)(\S+)/i.exec(text);
  if (!m || !/\d/.test(m[3]!)) return null;
  const start = m[1]!.length;
  const valueStart = start + m[2]!.length;
  const value = m[3]!;
  const span = { start, end: valueStart + value.length };
  const valueSpan = { start: valueStart, end: valueStart + value.length };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = iso ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  if (!date) {
    return {
      span,
      valueSpan,
      date: null,
      problem: `malformed metadata line: "${text.slice(span.start, span.end)}" is not a date of the form YYYY-MM-DD`,
    };
  }
  return { span, valueSpan, date };
}

/** A publication date in a file's path or a URL's path, and the part of the path it was read from. */
export interface PathDate {
  date: string;
  /** As written in the path: `2010-04-23` or `2019/01/03`. */
  written: string;
}

/** Years a path segment may name: the span of news archives, so a folder `1623` or a record number is not one. */
const PATH_YEARS = { min: 1900, max: 2100 };
/** A folder or file named after its day: `2010-04-23/`, `2010-04-23.txt`, `2010-04-23-slug.txt`. */
const DAY_SEGMENT = /^(\d{4})-(\d{2})-(\d{2})(?:$|[._-])/;

/**
 * The publication date a path gives, as news archives and sites lay them out: a folder (or file) named
 * `YYYY-MM-DD` (`2010-04-23/1623.txt`), or year, month and day folders (`…/2019/01/03/slug.txt`, also a
 * URL's path). A real calendar date only; the deepest one wins (the folder nearest the file).
 */
export function readPathDate(path: string): PathDate | null {
  const segments = path.split(/[/\\]+/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    const day = DAY_SEGMENT.exec(seg);
    if (day) {
      const date = pathDay(day[1]!, day[2]!, day[3]!);
      if (date) return { date, written: `${day[1]}-${day[2]}-${day[3]}` };
    }
    if (i >= 2 && /^\d{4}$/.test(segments[i - 2]!) && /^\d{1,2}$/.test(segments[i - 1]!) && /^\d{1,2}$/.test(seg)) {
      const date = pathDay(segments[i - 2]!, segments[i - 1]!, seg);
      if (date) return { date, written: `${segments[i - 2]}/${segments[i - 1]}/${seg}` };
    }
  }
  return null;
}

function pathDay(y: string, m: string, d: string): string | null {
  const year = Number(y);
  if (year < PATH_YEARS.min || year > PATH_YEARS.max) return null;
  return isoDay(year, Number(m), Number(d));
}

export interface Dateline {
  span: Span;
  month: number;
  day: number;
  year: number | null;
}

const DATELINE =
  /^([A-Z][A-Z.'’\- ]{1,40}?(?:\s*\([A-Za-z .]+\))?)\s*,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})(?:\s*,?\s*(\d{4}))?\s*(?:\([^)]{1,30}\)\s*)?[:\-–—]/;

/** A wire-style dateline at the start of the story ("ROME, Jan 27 :"), after any metadata prefix. */
export function readDateline(text: string, from = 0): Dateline | null {
  const lead = /^\s*/.exec(text.slice(from))![0].length;
  const start = from + lead;
  const m = DATELINE.exec(text.slice(start, start + 120));
  if (!m) return null;
  const month = monthNumber(m[2]!);
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return null;
  return { span: trimSpan(text, { start, end: start + m[0].length }), month, day, year: m[4] ? Number(m[4]) : null };
}

export interface PageStamp {
  span: Span;
  date: string;
}

/** The dateline and page stamp at the top of an article: read before the chrome, which must not start inside them. */
export interface ArticleHead {
  dateline: Dateline | null;
  stamp: PageStamp | null;
}

/**
 * The head of an article: a dateline right after what the ingest excluded at the start (a metadata line …),
 * and a page stamp, looked for only when the ingest found no metadata: a file that declares its date (or
 * has a metadata line, even a malformed one) has no stamp to trust.
 */
export function readHead(text: string, language: string, ingested: { excluded: Span[]; dated: boolean }): ArticleHead {
  const dateline = readDateline(text, leadEnd(text, ingested.excluded));
  const declared = ingested.dated || ingested.excluded.length > 0;
  return { dateline, stamp: declared ? null : readPageStamp(text, language) };
}

/** Where the story starts: after the spans excluded at the head of the text (a metadata line …). */
function leadEnd(text: string, excluded: Span[]): number {
  let at = 0;
  for (const e of [...excluded].sort((a, b) => a.start - b.start)) {
    if (e.start < at || text.slice(at, e.start).trim() !== '') break;
    at = e.end;
  }
  return at;
}

/** A page timestamp: one of the first short lines holding nothing but a full date (and a time). */
export function readPageStamp(text: string, language = 'en'): PageStamp | null {
  const parsers = language === 'nl' ? [chrono.nl.casual, chrono.en.casual] : [chrono.en.casual];
  let seen = 0;
  // Only the first few lines matter: walk them without splitting the whole text.
  for (let start = 0; start <= text.length && seen < 3;) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const line = { start, end: nl };
    start = nl + 1;
    const span = trimSpan(text, line);
    if (span.start === span.end) continue;
    if (++seen > 3) break;
    const t = text.slice(span.start, span.end);
    if (t.split(/\s+/).length > 8) break;
    // A stamp holds a full date with a year: skip chrono for lines that cannot be one.
    if (!/\b\d{4}\b/.test(t)) continue;
    const results = parsers.flatMap((p) => p.parse(t, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }));
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      const covered = r.text.replace(/\W/g, '').length / Math.max(1, t.replace(/\W/g, '').length);
      if (covered < 0.6) continue;
      const date = isoDay(c.get('year')!, c.get('month')!, c.get('day')!);
      if (date) return { span, date };
    }
  }
  return null;
}

/** A weekday named together with its date ("on Tuesday (January 27th)", "dinsdag 27 januari"). */
export interface WeekdayPin {
  span: Span;
  weekday: number;
  month: number;
  day: number;
}

const WD =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
const MON =
  '(jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch)?|maart|apr(?:il)?|may|mei|june?|juni|july?|juli|aug(?:ust|ustus)?|sept?(?:ember)?|oct(?:ober)?|oktober|nov(?:ember)?|dec(?:ember)?)';
const PIN_RES = [
  new RegExp(`\\b${WD}\\b[\\s,(]{1,4}(?:the\\s+)?${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi'),
  new RegExp(`\\b${WD}\\b[\\s,(]{1,4}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|e)?\\s+(?:of\\s+)?${MON}\\b`, 'gi'),
];

export function findWeekdayPins(text: string): WeekdayPin[] {
  const out: WeekdayPin[] = [];
  for (const [i, re] of PIN_RES.entries()) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const weekday = weekdayNumber(m[1]!);
      const month = monthNumber(i === 0 ? m[2]! : m[3]!);
      const day = Number(i === 0 ? m[3] : m[2]);
      if (weekday === null || month === null || day < 1 || day > 31) continue;
      // "Tuesday (January 27th)": keep the closing bracket with the pin, so messages quote it whole.
      let end = m.index! + m[0].length;
      if (m[0].includes('(') && text[end] === ')') end++;
      out.push({ span: { start: m.index!, end }, weekday, month, day });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The date of a pin in the year nearest to `aroundYear` (±1) where the weekday matches, or null. */
export function pinDate(pin: WeekdayPin, aroundYear: number): string | null {
  for (const y of [aroundYear, aroundYear - 1, aroundYear + 1]) {
    const iso = isoDay(y, pin.month, pin.day);
    if (iso && weekdayOf(iso) === pin.weekday) return iso;
  }
  return null;
}

/** Sentences that speak of a date in the future tense ("will be held from February 6th", "upcoming … in December"). */
export interface FutureClaim {
  span: Span;
  month: number;
  day: number | null;
}

const FUTURE_CUE =
  /\b(?:will|shall|upcoming|forthcoming|is set to|are set to|slated|scheduled|to be held|zal|zullen|worden .{0,40}geopend|aanstaande|komende)\b/i;
const MONTH_DAY = new RegExp(
  `\\b${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th|e)?\\s+(?:of\\s+)?${MON}\\b`,
  'gi',
);

export function findFutureClaims(text: string, sentences: Span[]): FutureClaim[] {
  const out: FutureClaim[] = [];
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    if (!FUTURE_CUE.test(t)) continue;
    for (const m of t.matchAll(MONTH_DAY)) {
      // The future word must come before the date and close to it ("will be held from February 6th").
      if (!FUTURE_CUE.test(t.slice(Math.max(0, m.index! - 50), m.index!))) continue;
      const month = monthNumber(m[1] ?? m[4]!);
      const day = Number(m[2] ?? m[3]);
      if (month === null || !(day >= 1 && day <= 31)) continue;
      out.push({ span: { start: s.start + m.index!, end: s.start + m.index! + m[0].length }, month, day });
    }
  }
  return out;
}

/** Reasons the article's own words contradict a page stamp (empty when they do not). */
export function stampContradictions(text: string, stamp: string, pins: WeekdayPin[], future: FutureClaim[]): string[] {
  const reasons: string[] = [];
  const year = Number(stamp.slice(0, 4));
  const stampMs = isoToMs(stamp);
  for (const p of pins) {
    const d = pinDate(p, year);
    if (!d) continue;
    const days = (stampMs - isoToMs(d)) / DAY_MS;
    // A weekday named in the past tense ("on Tuesday") lies in the week before publication.
    const named = `"${text.slice(p.span.start, p.span.end)}" (${d})`;
    if (days > 7) reasons.push(`it names ${named} as a recent weekday`);
    else if (days < 0) reasons.push(`it names ${named}, a later day, as a recent weekday`);
  }
  for (const f of future) {
    const d = isoDay(year, f.month, f.day ?? 1);
    if (d && isoToMs(d) < stampMs)
      reasons.push(`it speaks of ${text.slice(f.span.start, f.span.end)} in the future tense`);
  }
  return reasons;
}

/** A dated article of the corpus that resembles the one being dated. */
export interface SimilarDated {
  articleId: string;
  date: string;
  /** Names both articles share (for the note). */
  shared: string[];
}

export interface InferenceInput {
  pins: WeekdayPin[];
  /** Years written in full in the article (2024, 2026 …). */
  years: number[];
  /** Full dates written with a year ("June 4, 2026"), excluding a rejected stamp. */
  fullDates: string[];
  similar: SimilarDated | null;
  /** Why an explicit stamp or line was not used, to prefix the note. */
  rejected?: string;
  /** The year of a rejected page stamp: wrong about the day, still a hint for the year of a weekday pin. */
  stampYear?: number;
  /** Dates the article speaks of in the future tense: publication lies before them. */
  future?: FutureClaim[];
}

/** Infer a publication date from the article's own dates and the corpus; null when nothing supports one. */
export function inferPublished(input: InferenceInput): Published | null {
  let prefix = input.rejected ? `${input.rejected} ` : 'No metadata line or dateline. ';
  // A similar article dated after something this one still calls future is another moment of the story.
  if (input.similar && input.future?.length) {
    const y = Number(input.similar.date.slice(0, 4));
    const passed = input.future.find((f) => {
      const d = isoDay(y, f.month, f.day ?? 1);
      return d !== null && d < input.similar!.date;
    });
    if (passed) {
      prefix += `The most similar dated article (${input.similar.articleId}, ${input.similar.date}) was not used: this one still speaks of ${isoDay(y, passed.month, passed.day ?? 1)} in the future tense. `;
      input = { ...input, similar: null };
    }
  }
  const yearHint = input.similar
    ? Number(input.similar.date.slice(0, 4))
    : (input.stampYear ?? (input.years.length ? Math.max(...input.years) : null));
  let pinned: { date: string; text: string } | null = null;
  if (yearHint !== null) {
    for (const p of input.pins) {
      const d = pinDate(p, yearHint);
      if (d && (!pinned || d > pinned.date)) pinned = { date: d, text: '' };
    }
  }
  if (pinned) {
    const lo = isoToMs(pinned.date);
    if (input.similar) {
      const c = isoToMs(input.similar.date);
      if (c >= lo && c <= lo + 6 * DAY_MS) {
        return {
          date: input.similar.date,
          basis: 'inferred',
          note: `${prefix}Inferred ${input.similar.date}: the article names a weekday with its date (${pinned.date}), which puts publication within the week after it, and the closest dated articles of the corpus (${input.similar.articleId}, sharing ${input.similar.shared.slice(0, 5).join(', ')}) date it ${input.similar.date}.`,
        };
      }
    }
    return {
      date: pinned.date,
      basis: 'inferred',
      note: `${prefix}Inferred ${pinned.date}: the article names a weekday with its date (${pinned.date}), so it was published on or shortly after that day.`,
    };
  }
  if (input.similar) {
    return {
      date: input.similar.date,
      basis: 'inferred',
      note: `${prefix}Inferred ${input.similar.date} from the most similar dated articles of the corpus (the middle date of the closest ones: ${input.similar.articleId}, sharing ${input.similar.shared.slice(0, 5).join(', ')}).`,
    };
  }
  if (input.fullDates.length) {
    const latest = [...input.fullDates].sort().at(-1)!;
    return {
      date: latest,
      basis: 'inferred',
      note: `${prefix}Inferred ${latest}: the latest full date the article itself gives; nothing else dates it.`,
    };
  }
  return null;
}

/** Full dates with a year written in the text ("June 4, 2026", "4 juni 2026", "2026-01-27"), as `YYYY-MM-DD`. */
export function findFullDates(text: string): { span: Span; date: string }[] {
  const out: { span: Span; date: string }[] = [];
  const re = new RegExp(
    `\\b${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b(\\d{1,2})(?:st|nd|rd|th|e)?\\s+(?:of\\s+)?${MON}\\.?,?\\s+(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    let d: string | null;
    if (m[1]) d = isoDay(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2]));
    else if (m[5]) d = isoDay(Number(m[6]), monthNumber(m[5]) ?? 0, Number(m[4]));
    else d = isoDay(Number(m[7]), Number(m[8]), Number(m[9]));
    if (d) out.push({ span: { start: m.index!, end: m.index! + m[0].length }, date: d });
  }
  return out;
}

/** Four-digit years between 1900 and 2100 written in the text. */
export function findYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b(19\d\d|20\d\d|2100)\b/g)) out.push(Number(m[1]));
  return out;
}

/** Date of a dateline in a given year. */
export function datelineDate(d: Dateline, year: number): string | null {
  return isoDay(d.year ?? year, d.month, d.day);
}
