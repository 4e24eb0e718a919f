/**
 * Spanish vocabulary of the extractor: number words, units, month and weekday names, seasons.
 * Each list is written once; the rules' patterns and triggers are derived from it (see `words.ts`).
 */
import type { Season } from './calendar';
import { alternation, type UnitTable } from './words';

/** Number words; vague amounts ("varios", "unos") are 'X' (durations PXY). */
export const NUMBER_WORDS: Record<string, number | 'X'> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciocho: 18,
  veinte: 20,
  veinticinco: 25,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  cien: 100,
  ciento: 100,
  'un par de': 2,
  medio: 0.5,
  media: 0.5,
  varios: 'X',
  varias: 'X',
  unos: 'X',
  unas: 'X',
  algunos: 'X',
  algunas: 'X',
  muchos: 'X',
  muchas: 'X',
  pocos: 'X',
  pocas: 'X',
};
/** A number in digits (thousands dots, decimal comma) or words. */
export const NUM = `(?:\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|${alternation(Object.keys(NUMBER_WORDS))})`;

export const UNITS: UnitTable = {
  segundo: 'TS',
  segundos: 'TS',
  minuto: 'TM',
  minutos: 'TM',
  hora: 'TH',
  horas: 'TH',
  día: 'D',
  días: 'D',
  jornada: 'D',
  jornadas: 'D',
  semana: 'W',
  semanas: 'W',
  mes: 'M',
  meses: 'M',
  trimestre: 'Q',
  trimestres: 'Q',
  año: 'Y',
  años: 'Y',
  década: 'DE',
  décadas: 'DE',
  decenio: 'DE',
  decenios: 'DE',
  siglo: 'CE',
  siglos: 'CE',
};
export const UNIT_WORDS = alternation(Object.keys(UNITS));
export const UNIT = `(?:${UNIT_WORDS})`;
/** Plural units alone, as in "durante años", "desde hace meses". */
export const PLURAL_UNIT_WORDS = 'años|meses|semanas|días|décadas|siglos|horas';

export const MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
export const MONTH_WORDS = alternation(Object.keys(MONTHS));
export const MONTH = `(?:${MONTH_WORDS})`;

export const WEEKDAYS: Record<string, number> = {
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
  domingo: 7,
};
export const WEEKDAY_WORDS = alternation(Object.keys(WEEKDAYS));
export const WEEKDAY = `(?:${WEEKDAY_WORDS})`;

export const SEASONS: Record<string, Season> = { primavera: 'SP', verano: 'SU', otoño: 'FA', invierno: 'WI' };
export const SEASON_WORDS = alternation(Object.keys(SEASONS));

/** Relative units named with "este", "pasado", "próximo": the calendar unit each stands for. */
export const RELATIVE_UNITS: Record<string, 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century'> =
  {
    semana: 'week',
    'fin de semana': 'weekend',
    mes: 'month',
    trimestre: 'quarter',
    año: 'year',
    década: 'decade',
    siglo: 'century',
  };
