/**
 * English date grammar on top of chrono's casual English parser: the families TimeML annotates in news
 * that chrono does not cover (bare years, decades, seasons, quarters, halves, weeks, durations, sets,
 * PRESENT_REF/PAST_REF/FUTURE_REF, modifiers such as "early"/"late"/"the end of") and tense-aware
 * resolution of relative expressions.
 */
import * as chrono from 'chrono-node';
import type { Part } from '../../contract';
import {
  timexDuration,
  addDays,
  centuryPeriod,
  dayPeriod,
  dayIso,
  daysInMonth,
  decadePeriod,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  validYear,
  seasonPeriod,
  weekPeriod,
  withPart,
  yearIso,
  yearPeriod,
} from './calendar';
import {
  buildChrono,
  foundDate as date,
  foundDuration as duration,
  foundRef as ref,
  foundSet as set,
  type Env,
  type LanguageHooks,
  type Lean,
  type Rule,
} from './core';
import {
  DECADE_WORDS,
  MONTH,
  MONTH_WORDS,
  monthNum,
  NUM,
  NUMBER_WORDS,
  ONES,
  ORD,
  ORDINALS,
  PLURAL_UNIT_WORDS,
  SEASON_WORDS,
  SEASONS,
  TEENS,
  TENS,
  UNIT,
  UNIT_WORDS,
  UNITS,
  WEEKDAY,
  WEEKDAY_WORDS,
  WEEKDAYS,
} from './en-words';
import { alternation } from './words';
import { namedDayRule } from './named-days';
import {
  monthYear,
  pastSevenDays,
  quarterFor,
  seasonFor,
  shiftedPeriod,
  weekdayDay,
  weekendFor,
  type Unit,
} from './relative';

/** A number written in digits or words; 'X' for vague amounts ("several", "a few"). */
export function parseNumber(s: string): number | 'X' {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const half = /^(\d+)\s+1\/2$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const parts = t.split(/[\s-]/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS)
    return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return 'X';
}

/** A unit word in the singular ("centuries" is "century"). */
const unitOf = (s: string) => s.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

function durationValue(n: number | 'X', unit: string): string {
  return timexDuration(n, UNITS[unit.toLowerCase()] ?? 'X');
}

const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';
const SPELLED_YEAR = `(?:nineteen|twenty)[\\s-](?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|oh[\\s-](?:${ONES})|hundred)|two thousand(?:(?: and)? (?:${ONES}|${TEENS}))?`;

/** Modifiers kept inside the span (TimeML MOD), with the part of the period they mean. */
const MOD =
  '(?:early|late|mid|mid-|the (?:end|beginning|start|middle|close|turn|rest|remainder|balance) of|' +
  'the first part of|the latter part of|the latter half of|earlier|later|the early part of|the late)';
function partOf(mod: string | undefined): Part | undefined {
  if (!mod) return undefined;
  const t = mod.toLowerCase();
  if (/early|beginning|start|first part/.test(t)) return 'early';
  if (/mid|middle/.test(t)) return 'mid';
  if (/late|end|close|turn|latter/.test(t)) return 'late';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Results

function yearOf(s: string | undefined, env: Env): number | null {
  if (!s) return null;
  const t = s.toLowerCase().replace(/^fiscal\s+/, '');
  if (/^\d{4}$/.test(t)) return Number(t);
  if (t === 'this year' || t === 'the year' || t === 'the current year') return env.ref.y;
  if (t === 'last year' || t === 'the previous year') return env.ref.y - 1;
  if (t === 'next year' || t === 'the following year' || t === 'the coming year') return env.ref.y + 1;
  return spelledYear(t);
}

function spelledYear(t: string): number | null {
  const m = /^(nineteen|twenty)[\s-](.+)$/.exec(t);
  if (m) {
    const hi = m[1] === 'nineteen' ? 1900 : 2000;
    const rest = m[2]!.replace(/^oh[\s-]/, '');
    if (rest === 'hundred') return hi;
    const n = parseNumber(rest);
    return n === 'X' ? null : hi + n;
  }
  const k = /^two thousand(?:(?: and)? (.+))?$/.exec(t);
  if (k) {
    if (!k[1]) return 2000;
    const n = parseNumber(k[1]);
    return n === 'X' ? null : 2000 + n;
  }
  return null;
}

/** Broadcasters and channels: the number after one is a channel or frequency ("Radio 538", "RTL 4"). */
const BROADCASTER = '\\bradio|\\brtl|\\bchannel';

/** Words after a four-digit number that make it a quantity, not a year. */
const COUNT_NOUN = new RegExp(
  `^\\s*(?:${[
    '%',
    'percent',
    'per cent',
    'people',
    'persons',
    'men',
    'women',
    'children',
    'troops',
    'soldiers',
    'police',
    'officers',
    'workers',
    'employees',
    'jobs',
    'votes',
    'shares',
    'units',
    'cars',
    'vehicles',
    'homes',
    'houses',
    'points',
    'feet',
    'foot',
    'miles',
    'meters',
    'metres',
    'kilometers',
    'kilometres',
    'km',
    'tons',
    'tonnes',
    'pounds',
    'kg',
    'dollars',
    'euros',
    'yen',
    'barrels',
    'acres',
    'students',
    'members',
    'delegates',
    'cases',
    'deaths',
    'copies',
    'rooms',
    'beds',
    'seats',
    'calories',
    'words',
    'pages',
    'hours',
    'minutes',
    'days',
    'weeks',
    'years',
    'times',
    'ft',
    'm',
    'mph',
    'kph',
  ].join('|')})\\b`,
  'i',
);
/**
 * Words before a four-digit number that make it a name, a code or an amount, not a year: a number after a
 * currency sign, a counter ("no.", "page", "article"), a vehicle or route ("Flight 447", "Route 66",
 * "Boeing 747": TE3 and the H1N1 stories) or a broadcaster and its channel ("Channel 125", "BBC Radio 4 2000
 * BST" in the stories, "RTL 4" in Dutch news) is never a year.
 */
const NOT_YEAR_BEFORE = new RegExp(
  '(?:\\$|€|£|¥|#|\\bno\\.?|\\bnumber|\\broute|\\bhighway|\\bflight|\\bboeing|\\bairbus|\\bmodel|\\broom|' +
    '\\bpage|\\bversion|\\bv\\.?|\\bcode|\\bpin|\\bapartment|\\bsuite|\\bbuilding|\\bunit|\\bline|\\bbus|' +
    '\\btel\\.?|\\bphone|\\bfax|views?:?|\\bp\\.|\\bpp\\.|\\bart\\.|\\barticle|\\bsection|\\bclause|' +
    `${BROADCASTER}|[\\d.,:/+-])\\s*$`,
  'i',
);

function yearContextOk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (NOT_YEAR_BEFORE.test(before)) return false;
  const after = text.slice(end, end + 16);
  if (/^(?:[.,:/]\d|-\d{2,}|\s*[-–]\s*\d{1,2}\b(?!\d)|\d)/.test(after)) return false;
  if (COUNT_NOUN.test(after)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Rules. Regexes are compiled once; each rule normalises one family.

/** Where a rule's expression is found from: see `Rule.trigger` and `Rule.back`. */
interface Head {
  on: string;
  back: number;
}

/**
 * A rule: its name, its head (the trigger word the expression cannot do without, and how many words before
 * it the expression may start), its whole pattern and what it finds.
 */
const R = (name: string, head: Head, src: string, fn: Rule['fn'], flags = 'id'): Rule => ({
  name,
  trigger: head.on,
  back: head.back,
  re: new RegExp(src, flags),
  fn,
});

/** Absolute offset of capture group `k` (patterns carry the `d` flag; chrono rewrites `index` to absolute). */
function groupStart(m: RegExpExecArray, k: number, i: number): number {
  const ind = m.indices;
  if (!ind || !ind[k] || !ind[0]) return i;
  return i + (ind[k]![0] - ind[0]![0]);
}

function relUnit(word: string): Unit | null {
  const w = word.toLowerCase().replace(/^fiscal\s+/, '');
  if (w === 'week') return 'week';
  if (w === 'weekend') return 'weekend';
  if (w === 'month') return 'month';
  if (w === 'quarter') return 'quarter';
  if (w === 'year') return 'year';
  if (w === 'decade') return 'decade';
  if (w === 'century') return 'century';
  return null;
}

function shiftOf(word: string): number {
  const w = word.toLowerCase();
  if (/last|past|previous|preceding|latest/.test(w)) return -1;
  if (/next|following|coming/.test(w)) return 1;
  return 0;
}

/**
 * A season word before a noun it qualifies names a thing, not a season: an event ("the Summer Olympics",
 * four times in TE3 and the stories; "Winter Games"), a product or an institution ("winter wheat", "spring
 * term", "Summer Palace").
 */
const SEASON_AS_ADJECTIVE =
  /^\s*(?:Olympics|Games|Olympic|Paralympics|sports?|storms?|wheat|coats?|solstice|term|session|break|semester|collection|palace|garden|fashion)\b/i;

/** Parts of the day a leaning date may name ("the next morning", "that night"). */
const DAY_PARTS: Record<string, Lean['dayPart']> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "three days later", "a week earlier": the amount counted from the date the text is talking about. */
function countedLean(n: number | 'X', unitWord: string, after: string): Lean | undefined {
  const dir = /^\s+(later|earlier)\b/i.exec(after)?.[1]?.toLowerCase();
  const unit = unitOf(unitWord);
  if (!dir || n === 'X' || !Number.isInteger(n)) return undefined;
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return undefined;
  const shift = dir === 'later' ? n : -n;
  const say = `${n} ${unit}${n === 1 ? '' : 's'} ${shift > 0 ? 'after' : 'before'}`;
  return { unit, shift, say: say[0]!.toUpperCase() + say.slice(1), keep: true };
}

/** Prepositions after which a bare "weekend" is the weekend meant ("over weekend"), as "the weekend" is. */
const BARE_WEEKEND_BEFORE = /\b(?:over|at|during|all|through|throughout|until|till)\s+$/i;

export const EN_RULES: Rule[] = [
  // "two years ago", "nearly four years ago", "a week earlier", "three days from now"
  R(
    'ago',
    { on: 'ago|earlier|before|later|now|hence', back: 7 },
    `(?:(?:about|nearly|almost|some|roughly|more than|less than|over|just|only|at least)\\s+)?(${NUM})[\\s-]+(${UNIT})\\s+(ago|` +
      `earlier|before|later|from now|hence)\\b`,
    (m, env) => {
      const n = parseNumber(m[1]!);
      const unit = unitOf(m[2]!);
      const dir = /later|from now|hence/i.test(m[3]!) ? 1 : -1;
      if (n === 'X') return /ago|from now|hence/i.test(m[3]!) ? (dir < 0 ? ref('past-ref') : ref('future-ref')) : null;
      const w = m[3]!.toLowerCase();
      // "three days later", "a day earlier": anchored on another event, TimeBank marks the amount as a duration
      if (w === 'before' || w === 'later' || (w === 'earlier' && unit !== 'year')) return null;
      const k = dir * n;
      if (!Number.isInteger(k)) return null;
      if (unit === 'year' && n === 1 && /earlier|ago/i.test(m[3]!))
        return { ...date(yearPeriod(env.ref.y - 1), true), anaphor: 'year-before' };
      if (unit === 'year') return date(yearPeriod(env.ref.y + k), true);
      if (unit === 'month' || unit === 'week' || unit === 'day' || unit === 'quarter' || unit === 'decade') {
        const p = shiftedPeriod(env.ref, unit as Unit, k);
        return p ? date(p, true) : null;
      }
      return null;
    },
  ),
  // "year-earlier", "the year-ago quarter", "the year-earlier period"
  R(
    'year-ago-adj',
    { on: 'year', back: 3 },
    `(?:(the|its)\\s+)?(?:comparable\\s+|same\\s+)?(?:last\\s+year's\\s+(?:same\\s+|comparable\\s+)?(quarter|` +
      `period)|year(?:-(?:ago|earlier)(?:\\s+(?:${ORD}[\\s-])?(quarter|period))?|\\s+(?:ago|earlier)\\s+(?:${ORD}[\\s-])?(quarter|` +
      `period)))`,
    (m, env, i) => {
      // "year-earlier profit" is the year; "the year-ago quarter" the quarter a year before the one reported
      if (!m[2] && !m[3] && !m[4])
        return {
          ...date(yearPeriod(env.ref.y - 1), true),
          start: m[1] ? i + m[1].length + 1 : i,
          anaphor: 'year-before',
        };
      return { ...date(yearPeriod(env.ref.y - 1), true), anaphor: 'year-before' };
    },
  ),
  // "the third quarter", "third-quarter", "the fiscal first quarter", "the third quarter of 1997", "1997's third quarter"
  R(
    'quarter',
    { on: 'quarter', back: 6 },
    `(?:(the|this|last|next|that|its|a|their)\\s+)?(?:(this year's|last year's|next year's|${YEAR4}'s|` +
      `${YEAR4})\\s+)?(?:(?:fiscal|flat|strong|weak|latest|current|same|comparable|calendar)[\\s-]+)*(${ORD})[\\s-]+(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR4}|` +
      `this year|last year|next year|the year))?`,
    (m, env, i) => {
      const q = ORDINALS[m[3]!.toLowerCase()] ?? 4;
      const yWord = m[2]?.replace(/'s$/, '') ?? m[4];
      const y = yearOf(yWord, env);
      const p = y !== null ? quarterPeriod(y, q) : quarterFor(env.ref, q, env.tense(i, i + m[0].length));
      const det = m[1]?.toLowerCase();
      // "third-quarter profit", "its fourth quarter": the determiner belongs to the noun phrase, not the timex
      const dropDet =
        det &&
        (/^(?:its|a|that)$/.test(det) ||
          (/quarter-?$/i.test(m[0]) && /-quarter/i.test(m[0])) ||
          /-quarter/i.test(m[0]));
      const found = date(p, y === null || !/^\d/.test(yWord ?? ''));
      return dropDet && !m[2] ? { ...found, start: i + m[1]!.length + 1 } : found;
    },
  ),
  // "the quarter", "the latest quarter", "the current quarter", "last quarter", "the period"
  R(
    'the-quarter',
    { on: 'quarter|period', back: 3 },
    `(the|this|last|next|that)\\s+(?:(${YEAR4})\\s+)?(?:(latest|current|recent|past|previous|same|` +
      `comparable|most recent|coming|next|final)\\s+)?(quarter|period)\\b`,
    (m, env, i) => {
      const det = m[1]!.toLowerCase();
      const adj = (m[3] ?? '').toLowerCase();
      const noun = m[4]!.toLowerCase();
      if (m[2]) return { ...date(yearPeriod(Number(m[2])), false), anaphor: 'same-quarter', anaphorYear: Number(m[2]) };
      const after = env.text.slice(i + m[0].length, i + m[0].length + 12);
      if (/^\s*(?:of|-|century|point|mile|hour)/i.test(after)) return null;
      if (noun === 'period') {
        if (det !== 'the' || !/latest|same|comparable|^$/.test(adj)) return null;
        return { ...date({ timex: '', value: { start: yearPeriod(env.ref.y).timex } }, true), anaphor: 'same-quarter' };
      }
      if (adj === 'current' || det === 'this') return date(shiftedPeriod(env.ref, 'quarter', 0)!, true);
      if (det === 'last' || adj === 'past' || adj === 'previous')
        return date(shiftedPeriod(env.ref, 'quarter', -1)!, true);
      if (det === 'next' || adj === 'coming' || adj === 'next')
        return date(shiftedPeriod(env.ref, 'quarter', 1)!, true);
      return { ...date(shiftedPeriod(env.ref, 'quarter', -1)!, true), anaphor: 'same-quarter' };
    },
  ),
  // "Q3 2013", "3Q 1998"
  R(
    'q-number',
    { on: 'Q[1-4]|[1-4]Q', back: 0 },
    `(?:Q([1-4])|([1-4])Q)(?:\\s*(${YEAR4}))?`,
    (m, env, i) => {
      const q = Number(m[1] ?? m[2]);
      const y = m[3] ? Number(m[3]) : null;
      return date(y !== null ? quarterPeriod(y, q) : quarterFor(env.ref, q, env.tense(i, i + m[0].length)), y === null);
    },
    '',
  ),
  // "the first half of 1998", "first-half", "the second half"
  R(
    'half',
    { on: 'half', back: 4 },
    `(?:the\\s+)?(?:(this year's|last year's|next year's|${YEAR4}'s)\\s+)?(first|second|1st|2nd|` +
      `latter)[\\s-]half(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR4}|this year|last year|next year|the year))?`,
    (m, env, i) => {
      const h = /^(first|1st)$/i.test(m[2]!) ? 1 : 2;
      const after = env.text.slice(i + m[0].length, i + m[0].length + 4);
      if (!m[3] && /^\s+of\b/i.test(after)) return null; // "the first half of the match"
      const y = yearOf(m[1]?.replace(/'s$/, '') ?? m[3], env);
      if (y !== null) return date(halfPeriod(y, h), !/^\d/.test(m[1] ?? m[3] ?? ''));
      const refH = env.ref.m <= 6 ? 1 : 2;
      const yy = h > refH && env.tense(i, i + m[0].length) !== 'future' ? env.ref.y - 1 : env.ref.y;
      return date(halfPeriod(yy, h), true);
    },
  ),
  // Seasons: "summer 2012", "last winter", "the spring of 1998", "early this fall"
  R(
    'season',
    { on: SEASON_WORDS, back: 5 },
    `(?:(${MOD})[\\s-]+)?(?:(this|last|next|the|that|this year's|last year's|next year's)\\s+)?(${SEASON_WORDS})(?:(?:\\s+of)?\\s+(${YEAR4}))?`,
    (m, env, i) => {
      const s = SEASONS[m[3]!.toLowerCase()]!;
      const det = m[2]?.toLowerCase();
      const end = i + m[0].length;
      const after = env.text.slice(end, end + 20);
      if (SEASON_AS_ADJECTIVE.test(after)) return null;
      if (!m[4] && /^\s+of\b/i.test(after)) return null; // "the fall of the Berlin Wall", "the spring of discontent"
      const before = env.text.slice(Math.max(0, i - 10), i);
      // "fall" and "spring" are also verbs and nouns: only with a determiner, a year, a modifier or "in".
      if (!det && !m[4] && !m[1] && !/\b(?:in|during|by|until|through|since|this|last|next)\s+$/i.test(before))
        return null;
      if (m[4]) return date(withPart(seasonPeriod(Number(m[4]), s), partOf(m[1])), false);
      const mode =
        det === 'this' || det === "this year's"
          ? 'this'
          : det === 'last' || det === "last year's"
            ? 'last'
            : det === 'next' || det === "next year's"
              ? 'next'
              : env.tense(i, end);
      return date(withPart(seasonFor(env.ref, s, mode), partOf(m[1])), true);
    },
  ),
  // Decades and centuries: "the 1990s", "the late '80s", "the nineties", "mid-1990s", "the 20th century"
  R(
    'decade',
    { on: `(?:1[0-9]|20)\\d0'?s|\\d0s|${alternation(Object.keys(DECADE_WORDS))}`, back: 5 },
    `(?:the\\s+)?(?:(${MOD})[\\s-]*)?(?:(1[0-9]|20)(\\d)0'?s|'(\\d)0s|(${alternation(Object.keys(DECADE_WORDS))}))\\b`,
    (m) => {
      let start: number;
      if (m[2]) start = Number(m[2]) * 100 + Number(m[3]) * 10;
      else if (m[4]) start = (Number(m[4]) <= 2 ? 2000 : 1900) + Number(m[4]) * 10;
      else start = 1900 + DECADE_WORDS[m[5]!.toLowerCase()]! * 10;
      return date(withPart(decadePeriod(start), partOf(m[1])), false);
    },
  ),
  R(
    'century',
    { on: 'century', back: 5 },
    `(?:the\\s+)?(?:(${MOD})[\\s-]*)?(?:(\\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first|` +
      `eighteenth))[\\s-]century`,
    (m) => {
      const w: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
      const n = m[2] ? Number(m[2]) : w[m[3]!.toLowerCase()]!;
      if (n < 1) return null;
      return date(withPart(centuryPeriod((n - 1) * 100), partOf(m[1])), false);
    },
  ),
  // Dates that lean on the date the text is talking about: "the same day", "that week", "the following
  // month", "the next morning", "earlier that day", "later that year" (resolved in anaphora.ts)
  R(
    'anaphoric',
    { on: 'day|morning|afternoon|evening|night|week|month|year', back: 3 },
    `(?:(earlier|later)\\s+)?(that\\s+same|the\\s+same|that|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+` +
      `(day|morning|afternoon|evening|night|week|month|year)\\b(?![-'’])`,
    (m, env, i) => {
      const det = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const word = m[3]!.toLowerCase();
      const dayPart = DAY_PARTS[word];
      const unit = dayPart ? 'day' : (word as 'day' | 'week' | 'month' | 'year');
      const shift = /following|next/.test(det) ? 1 : /previous|preceding/.test(det) ? -1 : 0;
      // "the next week/month/year" is counted from now in news ("talks resume the next month" is rare)
      if (det === 'the next' && unit !== 'day') return null;
      if (
        det === 'that' &&
        !m[1] &&
        /^\s+(?:when|in which|on which)\b/i.test(env.text.slice(i + m[0].length, i + m[0].length + 12))
      )
        return null;
      const lean: Lean = {
        unit,
        shift,
        dayPart,
        part: m[1] && unit !== 'day' ? (/earlier/i.test(m[1]) ? 'early' : 'late') : undefined,
        say: shift === 0 ? `The same ${unit} as` : `The ${unit} ${shift > 0 ? 'after' : 'before'}`,
        // Without a date to lean on, "the following year" is the year after the publication's.
        keep: shift !== 0,
      };
      const p = unit === 'day' ? dayPeriod(addDays(env.ref, shift)) : shiftedPeriod(env.ref, unit, shift)!;
      return { ...date(p, true), lean };
    },
  ),
  // "this week", "last month", "early next year", "the end of this week", "earlier this year", "the past year"
  R(
    'relative-unit',
    { on: 'week|weekend|month|quarter|year|decade|century', back: 5 },
    `(?:(${MOD})\\s+)?(this|last|next|the current|the past|the previous|the following|the coming|` +
      `the latest|the last|the next|the same|the current fiscal|the latest fiscal|the fiscal|the full|` +
      `the whole|the entire|the calendar)\\s+(fiscal\\s+year|week|weekend|month|quarter|year|decade|` +
      `century)(?!['’]?s?\\s*-)\\b`,
    (m, env, i) => {
      const det = m[2]!.toLowerCase();
      const unit = relUnit(m[3]!)!;
      if (
        /^[A-Z]/.test(m[3]!) &&
        /^[A-Z]/.test(m[2]!) &&
        i > 0 &&
        !/[.!?\n"“]\s*$/.test(env.text.slice(Math.max(0, i - 3), i))
      )
        return null; // "This Week" (a programme)
      const end = i + m[0].length;
      const after = env.text.slice(end, end + 12);
      // "the last year of his term", "the same month": not tied to the reference.
      if (/^\s+(?:of|in|before|after|when|that)\b/i.test(after) && /the (last|same|next|past)/.test(det)) return null;
      if (det === 'the same') return null;
      if (/^\s+or\s+(?:so|two)/i.test(after)) return null;
      let shift = shiftOf(det);
      if (/full|whole|entire|fiscal|calendar/.test(det)) shift = 0;
      // "the past decade" is the ten years up to now, a duration, not the calendar decade
      if (/the (last|past|next|coming)/.test(det) && (unit === 'decade' || unit === 'century'))
        return duration(unit === 'decade' ? 'P10Y' : 'P100Y');
      if (
        /the (last|past|next|coming)/.test(det) &&
        unit !== 'year' &&
        unit !== 'week' &&
        unit !== 'month' &&
        unit !== 'quarter'
      )
        return null;
      if (unit === 'week' && /the (last|past)/.test(det) && !m[1]) return date(pastSevenDays(env.ref), true);
      const p =
        unit === 'weekend' && shift === 0 && det === 'this'
          ? weekendFor(env.ref, 'future')
          : shiftedPeriod(env.ref, unit, shift);
      if (!p) return null;
      const found = date(withPart(p, partOf(m[1])), true);
      return found;
    },
  ),
  // "late yesterday", "early Tuesday", "earlier Sunday": the day itself
  R(
    'mod-day',
    { on: `yesterday|today|tomorrow|${WEEKDAY_WORDS}`, back: 1 },
    `(early|late|earlier|later)\\s+(yesterday|today|tomorrow|${WEEKDAY})\\b`,
    (m, env, i) => {
      const w = m[2]!.toLowerCase();
      const d =
        w === 'yesterday'
          ? addDays(env.ref, -1)
          : w === 'tomorrow'
            ? addDays(env.ref, 1)
            : w === 'today'
              ? env.ref
              : weekdayDay(env.ref, WEEKDAYS[w]!, env.tense(i, i + m[0].length));
      return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
    },
  ),
  // "the weekend", "over the weekend" (span "the weekend")
  R('the-weekend', { on: 'weekend', back: 1 }, `the\\s+weekend\\b`, (m, env, i) =>
    date(weekendFor(env.ref, env.tense(i, i + m[0].length)), true),
  ),
  // "over weekend", "at weekend" (headline and British style): the same weekend as "the weekend". Without such
  // a preposition a bare "weekend" qualifies something ("weekend shifts", "a long weekend") and is no date.
  R('bare-weekend', { on: 'weekend', back: 0 }, `weekend\\b(?!['’-])`, (m, env, i) =>
    BARE_WEEKEND_BEFORE.test(env.text.slice(Math.max(0, i - 12), i))
      ? date(weekendFor(env.ref, env.tense(i, i + m[0].length)), true)
      : null,
  ),
  // "the year", "the fiscal year": in news the year being reported
  R(
    'the-year',
    { on: 'year', back: 3 },
    `the\\s+(?:(?:current|full|fiscal|calendar)\\s+)*year\\b(?!\\s+(?:of|before|after|when|that|in|-|\\d)|['’]s|-)`,
    (m, env, i) => {
      // "the fiscal year ended June 30" is a year-long period ending on that day, not the calendar year
      const after = env.text.slice(i + m[0].length, i + m[0].length + 10);
      if (/^\s+(?:ended|ending|that ended)\b/i.test(after)) return duration('P1Y');
      return date(yearPeriod(env.ref.y), true);
    },
  ),
  // "the year" / "the month" as the current one in reports ("earlier in the year", "the end of the year")
  R(
    'mod-the-unit',
    { on: 'year|month|week', back: 5 },
    `(${MOD})\\s+(?:the|this)\\s+(year|month|week)\\b`,
    (m, env) => {
      const unit = relUnit(m[2]!)!;
      const found = date(withPart(shiftedPeriod(env.ref, unit, 0)!, partOf(m[1])), true);
      return found;
    },
  ),
  // "last April", "this September", "next May", "early September", "late November 1997", "April last year"
  R(
    'month-relative',
    { on: MONTH_WORDS, back: 5 },
    `(?:(${MOD})[\\s-]+)?(?:(this|last|next)\\s+)?(${MONTH})(?:(?:\\s+of)?\\s+(${YEAR4}|this year|` +
      `last year|next year))?(?![\\s.]*\\d)`,
    (m, env, i) => {
      if (!m[1] && !m[2] && !m[4]) return null; // bare month names: chrono's parser (tense-fixed later)
      const mo = monthNum(m[3]!);
      if (!mo) return null;
      const raw = m[3]!;
      if (/^may$/i.test(raw) && !m[4] && !m[1] && !m[2]) return null;
      if (/^(mar|jun|jul|sep|oct|dec|jan|feb|apr|aug|nov)$/.test(raw)) return null; // lower-case short forms are words
      if (/^[a-z]/.test(raw) && raw.length <= 5 && !m[2]) return null;
      const yNamed = yearOf(m[4], env);
      const det = m[2]?.toLowerCase() as 'this' | 'last' | 'next' | undefined;
      const y = yNamed ?? monthYear(env.ref, mo, det ?? env.tense(i, i + m[0].length));
      return date(withPart(monthPeriod(y, mo), partOf(m[1])), !(m[4] && /^\d/.test(m[4])));
    },
  ),
  // "last Friday", "next Tuesday", "this Monday", "Friday morning", "yesterday afternoon", "tonight"
  R('weekday-relative', { on: WEEKDAY_WORDS, back: 1 }, `(last|next|this|coming|past)\\s+(${WEEKDAY})\\b`, (m, env) => {
    const det = m[1]!.toLowerCase();
    const mode = det === 'last' || det === 'past' ? 'last' : det === 'next' || det === 'coming' ? 'next' : 'this';
    const d = weekdayDay(env.ref, WEEKDAYS[m[2]!.toLowerCase()]!, mode);
    return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
  }),
  R(
    'day-part',
    {
      on: 'morning|afternoon|evening|night|tonight|overnight|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      back: 2,
    },
    `(?:(this|yesterday|today|tomorrow|last|${WEEKDAY})\\s+(?:mid-?)?(morning|afternoon|evening|` +
      `night)|(?:mid-?)?(morning|afternoon|evening)\\s+(yesterday|today|tomorrow|${WEEKDAY})|(tonight|` +
      `overnight))\\b`,
    (m, env, i) => {
      const w = (m[1] ?? m[4] ?? m[5] ?? '').toLowerCase();
      const part = (m[2] ?? m[3] ?? 'night').toLowerCase();
      const code = part === 'morning' ? 'MO' : part === 'afternoon' ? 'AF' : part === 'evening' ? 'EV' : 'NI';
      if (w === 'overnight') return null;
      let d = env.ref;
      // "Friday night", "Tuesday morning": news uses them for the day; TimeBank mostly normalises them to it
      if (w in WEEKDAYS && (part === 'night' || part === 'morning')) {
        const wd = weekdayDay(env.ref, WEEKDAYS[w]!, env.tense(i, i + m[0].length));
        return date({ timex: dayIso(wd), value: { start: dayIso(wd) } }, true);
      }
      if (w === 'yesterday' || (w === 'last' && part === 'night')) d = addDays(env.ref, -1);
      else if (w === 'tomorrow') d = addDays(env.ref, 1);
      else if (w === 'last') return null;
      else if (w in WEEKDAYS) d = weekdayDay(env.ref, WEEKDAYS[w]!, env.tense(i, i + m[0].length));
      return { kind: 'date', type: 'TIME', tv: `${dayIso(d)}T${code}`, value: { start: dayIso(d) }, rel: true };
    },
  ),
  // Year ranges and fiscal-year forms: "2010-2012", "2012-13", "FY2014", "H1 2013", "1H13"
  R(
    'year-range',
    { on: '1[6-9]\\d\\d|20\\d\\d', back: 0 },
    `(${YEAR4})\\s*[-–]\\s*(${YEAR4}|\\d{2})(?!\\d|[.,:/-]\\d)`,
    (m, env, i) => {
      const a = Number(m[1]);
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (b <= a || b - a > 30 || !yearContextOk(env.text, i, i + m[0].length)) return null;
      return { kind: 'date', type: 'DATE', tv: yearIso(a), value: { start: yearIso(a), end: yearIso(b) }, rel: false };
    },
  ),
  R(
    'fiscal-year',
    { on: 'FY|FY\\d{2}|FY\\d{4}', back: 0 },
    `FY\\s?(${YEAR4}|\\d{2})`,
    (m) => {
      const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      return date(yearPeriod(y), false);
    },
    'd',
  ),
  R(
    'h-number',
    { on: 'H[12]|[12]H|[12]H\\d{2}|[12]H\\d{4}', back: 0 },
    `(?:H([12])\\s*(${YEAR4})|([12])H\\s?(${YEAR4}|\\d{2}))`,
    (m) => {
      const h = Number(m[1] ?? m[3]);
      const raw = m[2] ?? m[4]!;
      const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      return date(halfPeriod(y, h), false);
    },
    'd',
  ),
  // "the day after tomorrow", "the day before yesterday"
  R('day-after', { on: 'day', back: 1 }, `the\\s+day\\s+(after\\s+tomorrow|before\\s+yesterday)`, (m, env) => {
    const d = addDays(env.ref, /after/i.test(m[1]!) ? 2 : -2);
    return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
  }),
  // "the week of March 9": the week holding that day; "the first week of March": the early part of the month
  R(
    'week-of',
    { on: 'week', back: 2 },
    `the\\s+(?:(first|second|third|fourth|last|final)\\s+)?week\\s+of\\s+(${MONTH})(?:\\s+(\\d{1,2})(?:st|` +
      `nd|rd|th)?)?(?:,?\\s+(${YEAR4}))?`,
    (m, env, i) => {
      const mo = monthNum(m[2]!);
      if (!mo || !!m[1] === !!m[3]) return null;
      const y = m[4] ? Number(m[4]) : monthYear(env.ref, mo, env.tense(i, i + m[0].length));
      if (m[3]) {
        const d = Number(m[3]);
        if (d < 1 || d > daysInMonth(y, mo)) return null;
        return date(weekPeriod({ y, m: mo, d }), !m[4]);
      }
      const ord = m[1]!.toLowerCase();
      const part = ord === 'first' ? 'early' : ord === 'last' || ord === 'final' || ord === 'fourth' ? 'late' : 'mid';
      return date(withPart(monthPeriod(y, mo), part), !m[4]);
    },
  ),
  // Bare and modified years: "1998", "fiscal 1997", "early 1999", "the end of 2000", "mid-1990", "nineteen ninety-six"
  R(
    'year',
    { on: '1[6-9]\\d\\d|20\\d\\d|nineteen|twenty|two', back: 5 },
    `(?:(${MOD})[\\s-]+)?(?:(?:fiscal|calendar|the year|year)\\s+)?(${YEAR4}|${SPELLED_YEAR})(?!['’]s\\b|` +
      `\\s*(?:-|–)\\s*(?:\\d|${MONTH}))`,
    (m, env, i) => {
      const y = yearOf(m[2]!, env);
      if (y === null || !validYear(y)) return null;
      const yStart = i + m[0].length - m[2]!.length;
      if (
        /^\d/.test(m[2]!) &&
        !yearContextOk(env.text, m[1] || /fiscal|year/i.test(m[0]) ? i : yStart, i + m[0].length)
      ) {
        if (!m[1] && !/fiscal|year/i.test(m[0])) return null;
      }
      return date(withPart(yearPeriod(y), partOf(m[1])), false);
    },
  ),
  // "year-end", "year's end": the end of the reference year
  R('year-end', { on: 'year', back: 0 }, `year(?:-|\\s+|['’]s\\s+)end\\b`, (_m, env) =>
    date(withPart(yearPeriod(env.ref.y), 'late'), true),
  ),
  // "current" as an adjective of the present ("current market conditions"), not "the current quarter"
  R(
    'current',
    { on: 'current', back: 0 },
    `current(?!\\s+(?:quarter|year|month|week|fiscal|period|account|affairs|events|system|source|names?|visit)\\b)`,
    (m, env, i) => {
      const after = env.text.slice(i + m[0].length, i + m[0].length + 3);
      if (!/^\s+[a-z]/.test(after)) return null;
      return ref('present-ref');
    },
  ),
  // Generic references: PRESENT_REF / PAST_REF / FUTURE_REF
  R(
    'present-ref',
    { on: 'now|currently|present|presently|days|nowadays|moment|time', back: 2 },
    `(?:right\\s+)?now|currently|at present|presently|these days|nowadays|at the moment|at this time|the present`,
    (m, _env, i) => {
      const right = /^right\s+/i.exec(m[0]);
      return right ? { ...ref('present-ref'), start: i + right[0].length } : ref('present-ref');
    },
  ),
  R(
    'past-ref',
    { on: 'recent|recently|lately|past', back: 2 },
    `recent\\s+(?:years|months|weeks|days|decades|times|history)(?:\\s+and\\s+(?:years|months|weeks|` +
      `days))?|recently|lately|in the past|the past`,
    (m, env, i) => {
      const t = m[0].toLowerCase();
      const after = env.text.slice(i + m[0].length, i + m[0].length + 30);
      if (t === 'the past' || t === 'in the past') {
        if (new RegExp(`^\\s+(?:${NUM}|${UNIT}|few|several)`, 'i').test(after)) return null;
        if (t === 'in the past') return { ...ref('past-ref'), start: i + 3 };
      }
      return ref('past-ref');
    },
  ),
  R(
    'future-ref',
    { on: 'future|soon|term|coming|come|possible|quarters|date', back: 4 },
    `the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?:future|coming)\\s+quarters|a\\s+later\\s+date|` +
      `soon|the\\s+(?:near|short)\\s+term|(?:the\\s+)?coming\\s+(?:months|weeks|days|decades)|(?:the\\s+)?years\\s+to\\s+come|` +
      `as soon as possible`,
    (m, env, i) => {
      const after = env.text.slice(i + m[0].length, i + m[0].length + 10);
      if (/^soon$/i.test(m[0]) && /^\s+(?:after|as)\b/i.test(after)) return null;
      if (/^future$/i.test(m[0]) && /^\s*(?:of|tense|s)\b/i.test(after)) return null;
      return ref('future-ref');
    },
  ),
  // Sets: "every week", "each year", "annually", "twice a month", "every other day", "every Monday"
  R(
    'set',
    {
      on: `${MONTH_WORDS}|every|each|annually|yearly|monthly|weekly|daily|nightly|hourly|biweekly|biannually|semiannually|semi|${UNIT_WORDS}`,
      back: 4,
    },
    `(?:every|each)\\s+(?:(other|${NUM})\\s+)?(${UNIT}|${WEEKDAY}|${MONTH}|morning|evening|night)|` +
      `(?:once|twice|\\w+ times)\\s+(?:a|an|per|each|every)\\s+(${UNIT})|(annually|yearly|monthly|` +
      `weekly|daily|nightly|hourly|biweekly|biannually|semiannually|semi-annually)|(?:per|a)\\s+(year|` +
      `month|week|day)(?=\\s*[.,;)]|\\s+(?:and|or|in|for|to|from|at|on|by|until|over)\\b)`,
    (m, env, i) => {
      if (m[1] !== undefined || m[2]) {
        const what = m[2]!.toLowerCase();
        if (what in WEEKDAYS) return set(`XXXX-WXX-${WEEKDAYS[what]}`);
        if (monthNum(what)) return set(`XXXX-${String(monthNum(what)).padStart(2, '0')}`); // "each July"
        if (what === 'morning' || what === 'evening' || what === 'night')
          return set(`T${what === 'morning' ? 'MO' : what === 'evening' ? 'EV' : 'NI'}`);
        const n = m[1] ? (m[1].toLowerCase() === 'other' ? 2 : parseNumber(m[1])) : 1;
        return set(durationValue(n, what));
      }
      if (m[3]) return set(durationValue(1, m[3]));
      if (m[4]) {
        const w = m[4]
          .toLowerCase()
          .replace(/^semi-?/, 'semi')
          .replace(/ly$/, '');
        const map: Record<string, string> = {
          annual: 'P1Y',
          year: 'P1Y',
          month: 'P1M',
          week: 'P1W',
          dai: 'P1D',
          night: 'P1D',
          hour: 'PT1H',
          quarter: 'P3M',
          biweek: 'P2W',
          biannual: 'P6M',
          semiannual: 'P6M',
        };
        // A frequency adverb right after a name is a newspaper's noun ("la Repubblica daily", "the
        // Communist Party daily Granma", "Mexico City daily La Jornada" in TE3 and the stories), not a
        // recurrence
        const prev = /(\S+)\s+$/.exec(env.text.slice(Math.max(0, i - 30), i))?.[1] ?? '';
        if (/^[A-Z]/.test(prev) && !/[.!?:]$/.test(prev) && !/^(?:The|A|An|It|They|He|She|We)$/.test(prev)) return null;
        return set(map[w] ?? 'P1Y');
      }
      // "$5 million a year": only after an amount
      const before = env.text.slice(Math.max(0, i - 30), i);
      if (!/(?:\d|million|billion|thousand|dollars|percent|%|cents?|hours|times)\s*$/i.test(before)) return null;
      return set(durationValue(1, m[5]!));
    },
  ),
  // Durations: "two years", "the past two months", "the last twenty four hours", "the first nine months", "two-year", "for days"
  R(
    'duration',
    { on: UNIT_WORDS, back: 7 },
    `(?:(the|a|an|another|its|their|his|her|that)\\s+)?(?:(past|last|next|first|final|coming|previous|` +
      `following|remaining|latest|additional|entire|full|whole|same|initial|better part of the|year-earlier|` +
      `year-ago)\\s+)?(?:(?:about|nearly|almost|some|roughly|more than|less than|no more than|over|` +
      `at least|up to|only|just|around|approximately)\\s+)?(${NUM})([\\s-]+(?:(?:more|additional|` +
      `extra|trading|business|working|calendar|straight|consecutive)\\s+)?)(${UNIT})(?:\\s+or\\s+so)?(?![\\s-]+(?:old|` +
      `ago|from now|hence)\\b)`,
    (m, env, i) => {
      const det = m[1]?.toLowerCase();
      const adj = m[2];
      const n = parseNumber(m[3]!);
      const unit = m[5]!;
      const end = i + m[0].length;
      const after = env.text.slice(end, end + 12);
      const lowerNum = m[3]!.toLowerCase();
      // "a quarter of", "one day he will": not durations
      if (/^[A-Z]/.test(unit)) return null; // "60 Minutes": a title
      if (/^seconds?$/i.test(unit) && /^(a|an)$/.test(lowerNum)) return null; // "a second time"
      if (/^quarters?$/i.test(unit) && (/^(a|an|one)$/.test(lowerNum) || /^\s+of\b/i.test(after))) return null; // "three-quarters of": a fraction
      if (/^\s+of\s+(?!the\s+(?:year|month)|\d)/i.test(after) && /^(a|an|one)$/.test(lowerNum)) return null;
      if (/^an?$/.test(lowerNum) && /^\s+(?:and|or)\s+a\s+half/i.test(after)) return null;
      // "$5 a day" is a rate (set), handled by the set rule
      const before = env.text.slice(Math.max(0, i - 12), i);
      if (/^an?$/.test(lowerNum) && !det && /(?:\d|million|billion|times|once|twice)\s*$/i.test(before)) return null;
      if (/^(?:some|many)$/i.test(lowerNum) && /^(?:day|week|month|year)$/i.test(unit)) return null;
      const numStart = groupStart(m, 3, i);
      // Where the span starts. Qualifiers ("about", "only", "nearly") stay outside, as TimeML marks them as a
      // modifier; a duration used as an adjective ("a five-year plan", "the 30-day period") leaves the article
      // to its noun; "the past two years" keeps its head.
      const adjectival = m[4]!.startsWith('-') || (typeof n === 'number' && n !== 1 && !/s$/i.test(unit));
      const headEnd = adj ? groupStart(m, 2, i) + adj.length : det ? i + m[1]!.length : i;
      const qualified = env.text.slice(headEnd, numStart).trim().length > 0;
      let start = numStart;
      if (!adjectival && !qualified) {
        if (det && !/^(?:its|their|his|her|that)$/.test(det)) start = i;
        else if (adj) start = groupStart(m, 2, i);
      }
      return { ...duration(durationValue(n, unit)), start, lean: countedLean(n, unit, after) };
    },
  ),
  // Vague plural durations: "for years", "for days", "over the years", "decades-long"
  R(
    'vague-duration',
    { on: PLURAL_UNIT_WORDS, back: 2 },
    `(?:(for|over)\\s+)?(?:the\\s+)?(${PLURAL_UNIT_WORDS})(?:-long)?\\b`,
    (m, env, i) => {
      const prep = m[1];
      const hasThe = /the\s+/i.test(m[0]);
      if (!prep && !hasThe && !/-long$/i.test(m[0])) {
        const before = env.text.slice(Math.max(0, i - 12), i);
        if (!/\b(?:for|in|within|after|take|took|takes|lasted|last)\s+$/i.test(before)) return null;
      }
      if (hasThe && !prep) return null;
      const unit = m[2]!;
      const s = prep ? i + prep.length + 1 : i;
      return { ...duration(durationValue('X', unit)), start: s };
    },
  ),
];

/** Past auxiliaries, reporting verbs and the common past forms of news verbs. */
const PAST_VERBS = [
  'was',
  'were',
  'had',
  'did',
  'said',
  'says',
  'told',
  'ago',
  'last',
  'earlier',
  'began',
  'came',
  'went',
  'got',
  'made',
  'took',
  'gave',
  'saw',
  'met',
  'won',
  'lost',
  'fell',
  'rose',
  'left',
  'held',
  'sent',
  'kept',
  'paid',
  'sold',
  'bought',
  'brought',
  'thought',
  'found',
  'spoke',
  'wrote',
  'became',
  'announced',
  'ended',
  'reported',
  'added',
  'noted',
  'called',
  'asked',
  'agreed',
  'rejected',
  'arrived',
  'killed',
  'died',
  'started',
  'signed',
  'voted',
  'closed',
  'opened',
  'declined',
  'gained',
  'dropped',
  'jumped',
  'climbed',
  'increased',
  'posted',
  'earned',
  'completed',
  'filed',
  'released',
  'launched',
  'raised',
  'named',
  'resigned',
  'elected',
  'appointed',
  'arrested',
  'charged',
  'accused',
  'claimed',
  'confirmed',
  'denied',
  'warned',
  'visited',
  'returned',
  'happened',
  'occurred',
  'struck',
  'attacked',
  'fired',
  'sentenced',
  'convicted',
  'shot',
  'published',
  'issued',
  'received',
  'decided',
  'approved',
  'passed',
];

/** Tense cues in English news: future auxiliaries and schedule words; past auxiliaries, reporting verbs, -ed forms. */
export const EN_CUES = {
  future:
    /(?:\b(?:will|won't|shall|going to|plans? to|planning to|scheduled|upcoming|due to|intends? to|is to|are to|expected to|is expected|are expected|as early as|as soon as)\b|'ll\b)/gi,
  // A participle in a future passive ("will be held", "is to be opened") is no past-tense cue.
  past: new RegExp(
    `(?<!\\b(?:will|won't|shall|to|'ll)\\s+(?:not\\s+)?(?:be|have\\s+been)\\s+)\\b(?:${PAST_VERBS.join('|')})\\b`,
    'gi',
  ),
};

/** Words before a number chrono read as a date that make it a name or a count ("Flight 447", "RTL 4"). */
const NAMED_NUMBER_BEFORE = new RegExp(
  `(?:${BROADCASTER}|\\broute|\\bhighway|\\bflight|views?:|\\bno\\.|#|\\$)\\s*$`,
  'i',
);

const EN_HOOKS: LanguageHooks = {
  cues: EN_CUES,
  leading: /^(?:on|in|at|by|during|since|until|till|from|of|for|over|as of|before|after|around|about)\s+/i,
  reject(text, start, end) {
    const s = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 14), start);
    if (/^\d{1,2}[-–]\d{1,2}$/.test(s)) return true; // "a 2-1 win"
    if (/^\d+(?:[.,:]\d+)+$/.test(s) && !/[ap]\.?m/i.test(text.slice(end, end + 5))) return true;
    if (NAMED_NUMBER_BEFORE.test(before) && /^\d/.test(s)) return true;
    if (/^\d/.test(s) && /^\d/.test(text.slice(end, end + 1))) return true;
    if (/^(?:sun|sat|wed|mon|tue|thu|fri)\.?$/i.test(s)) return true; // "the Sun" (a newspaper), abbreviations alone
    if (
      /^(?:morning|afternoon|evening|night|noon|midnight|the sec|sec|second|the day|this day|an? (?:second|quarter|minute))$/i.test(
        s,
      )
    )
      return true;
    if (/^(?:may|march)$/.test(s)) return true; // lower-case: the verb
    if (/^weekend$/i.test(s)) return true; // chrono's bare "weekend" is a Saturday; the weekend rules read it
    const frac = /^(?:to\s+)?(?:\d+\s+)?(\d{1,2})\/(\d{1,2})$/.exec(s);
    if (frac && [2, 4, 8, 16, 32].includes(Number(frac[2])) && Number(frac[1]) < Number(frac[2])) return true; // "112 5/8": a price
    return false;
  },
  anchored: /\b(?:within|later|after|before|from now|ago|since)\b/i,
  // "23.24 BST": a clock time with a dot is believed when a time zone follows it (page timestamps).
  strongTime:
    /\d:\d\d|\d\.\d\d\s*(?:GMT|BST|UTC|CES?T|[ECMP][SD]T)\b|\b[ap]\.?m\b|noon|midnight|o'clock|morning|afternoon|evening|night/i,
  dropRefiners: ['ENMergeDateRangeRefiner'],
  // "three days ago", "within a week", "5 days later", "next 2 weeks": the duration and "ago" rules cover these
  // with TimeML's reading; chrono's versions are anchored elsewhere or day-precise, and cost a full scan each.
  dropParsers: [
    'ENTimeUnitWithinFormatParser',
    'ENTimeUnitAgoFormatParser',
    'ENTimeUnitLaterFormatParser',
    'ENTimeUnitCasualRelativeFormatParser',
  ],
};

// Named days ("Thanksgiving", "Christmas Eve", "Holocaust Remembrance Day") come from the holiday calendars.
const NAMED_DAYS = namedDayRule('en');

export const enChrono: chrono.Chrono = buildChrono(
  chrono.en.casual,
  NAMED_DAYS ? [...EN_RULES, NAMED_DAYS] : EN_RULES,
  EN_HOOKS,
);
