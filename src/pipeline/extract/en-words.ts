/**
 * English vocabulary of the extractor: number words, units, month and weekday names, ordinals, seasons.
 * Each list is written once; the rules' patterns and triggers are derived from it (see `words.ts`).
 */
import type { Season } from './calendar';
import { alternation, group, type UnitTable } from './words';

/** Number words and their values ("a couple of" is 2, "half a" 0.5). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'couple of': 2,
  'a dozen': 12,
  dozen: 12,
  'half a': 0.5,
  'a half': 0.5,
};
export const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const ONES = 'one|two|three|four|five|six|seven|eight|nine';
export const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUM_WORD =
  `(?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|${ONES}|(?:a |one )?hundred|a couple(?: of)?|couple of|a dozen|` +
  'half a|an?)';
/** Amounts without a number: their durations have the value `X` ("several years" is PXY). */
const VAGUE = '(?:several|a few|few|many|some|numerous|the last few|a number of)';
/** A number in digits (with thousands commas, a decimal or "1/2") or words, or a vague amount. */
export const NUM = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|${NUM_WORD}|${VAGUE})`;

/** Unit words, singular and plural, with their TimeML codes. */
export const UNITS: UnitTable = {
  second: 'TS',
  seconds: 'TS',
  minute: 'TM',
  minutes: 'TM',
  hour: 'TH',
  hours: 'TH',
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  quarter: 'Q',
  quarters: 'Q',
  year: 'Y',
  years: 'Y',
  decade: 'DE',
  decades: 'DE',
  century: 'CE',
  centuries: 'CE',
};
/** Any unit word, as a trigger alternation and as a group for patterns. */
export const UNIT_WORDS = alternation(Object.keys(UNITS));
export const UNIT = `(?:${UNIT_WORDS})`;
/** Plural units alone, as in "for years", "over the decades". */
export const PLURAL_UNIT_WORDS = 'years|months|weeks|days|decades|hours|centuries';

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** Month names and abbreviations, as a trigger alternation (no dots). */
export const MONTH_WORDS = alternation(Object.keys(MONTHS));
/** A month name, or an abbreviation with an optional dot ("Sept."). */
export const MONTH = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((w) => (w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july' ? `${w}\\.?` : w))
  .join('|')})`;
export const monthNum = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;

/** Weekday names and abbreviations, ISO numbers (Monday 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};
/** Full weekday names only: the abbreviations are also words ("Sun", "Sat"). */
export const WEEKDAY_WORDS = alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')));
export const WEEKDAY = `(?:${WEEKDAY_WORDS})`;

/** Ordinals of quarters and halves ("last quarter" is the fourth). */
export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
};
export const ORD = group(Object.keys(ORDINALS).filter((w) => w !== 'last'));

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_WORDS = alternation(Object.keys(SEASONS));

/** Decades in words ("the nineties"), by their tens digit in the 1900s. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
