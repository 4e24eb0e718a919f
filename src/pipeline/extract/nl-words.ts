/**
 * Dutch vocabulary of the extractor: number words, units, month and weekday names, seasons, decades.
 * Each list is written once; the rules' patterns and triggers are derived from it (see `words.ts`).
 */
import type { Season } from './calendar';
import { alternation, type UnitTable } from './words';

/** Number words; vague amounts ("een paar", "enkele") are 'X' (durations PXY). */
export const NUMBER_WORDS: Record<string, number | 'X'> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  honderd: 100,
  anderhalf: 1.5,
  'een paar': 'X',
  'een aantal': 'X',
  enkele: 'X',
  meerdere: 'X',
  vele: 'X',
};
/** A number in digits (thousands dots, decimal comma) or words. */
export const NUM = `(?:\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|${alternation(Object.keys(NUMBER_WORDS))})`;

export const UNITS: UnitTable = {
  seconde: 'TS',
  seconden: 'TS',
  minuut: 'TM',
  minuten: 'TM',
  uur: 'TH',
  uren: 'TH',
  dag: 'D',
  dagen: 'D',
  week: 'W',
  weken: 'W',
  maand: 'M',
  maanden: 'M',
  kwartaal: 'Q',
  kwartalen: 'Q',
  jaar: 'Y',
  jaren: 'Y',
  decennium: 'DE',
  decennia: 'DE',
  eeuw: 'CE',
  eeuwen: 'CE',
};
export const UNIT_WORDS = alternation(Object.keys(UNITS));
export const UNIT = `(?:${UNIT_WORDS})`;

/** Full month names: the abbreviations ("mei" is already short) are only read by chrono, with a day. */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
export const MONTHS: Record<string, number> = Object.fromEntries(MONTH_NAMES.map((n, k) => [n, k + 1]));
export const MONTH_WORDS = alternation(MONTH_NAMES);
export const MONTH = `(?:${MONTH_WORDS})`;

export const WEEKDAYS: Record<string, number> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
};
export const WEEKDAY_WORDS = alternation(Object.keys(WEEKDAYS));
export const WEEKDAY = `(?:${WEEKDAY_WORDS})`;

export const SEASONS: Record<string, Season> = {
  lente: 'SP',
  voorjaar: 'SP',
  zomer: 'SU',
  herfst: 'FA',
  najaar: 'FA',
  winter: 'WI',
};
export const SEASON_WORDS = alternation(Object.keys(SEASONS));

/** "de jaren negentig": decades in words by their tens digit in the 1900s. */
export const DECADE_WORDS: Record<string, number> = {
  twintig: 2,
  dertig: 3,
  veertig: 4,
  vijftig: 5,
  zestig: 6,
  zeventig: 7,
  tachtig: 8,
  negentig: 9,
};
