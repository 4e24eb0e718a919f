/**
 * Spanish date grammar on top of chrono's casual Spanish parser: the families Spanish TimeBank annotates in
 * news that chrono does not cover (bare years, "este año", "la semana pasada", "el próximo lunes", "hace
 * dos años", durations, sets, PRESENT_REF/PAST_REF/FUTURE_REF, "hoy, jueves") and tense-aware weekdays,
 * days and months. Spanish TimeBank keeps the article in the span ("el 5 de mayo", "del sábado"): so do we.
 */
import * as chrono from 'chrono-node';
import type { Part } from '../../contract';
import { addDays, dayIso, daysInMonth, monthPeriod, timexDuration, validYear, withPart, yearPeriod } from './calendar';
import {
  buildChrono,
  foundDate as date,
  foundDuration,
  foundRef as ref,
  foundSet,
  type Env,
  type LanguageHooks,
  type Lean,
  type Rule,
} from './core';
import {
  MONTH,
  MONTH_WORDS,
  MONTHS,
  NUM,
  NUMBER_WORDS,
  PLURAL_UNIT_WORDS,
  RELATIVE_UNITS,
  UNIT,
  UNIT_WORDS,
  UNITS,
  WEEKDAY,
  WEEKDAY_WORDS,
  WEEKDAYS,
} from './es-words';
import { readCount } from './words';
import { namedDayRule } from './named-days';
import { monthYear, shiftedPeriod, weekdayDay, weekendFor, type Unit } from './relative';

const num = (s: string) => readCount(s, NUMBER_WORDS);

const durationValue = (n: number | 'X', unit: string) => timexDuration(n, UNITS[unit.toLowerCase()] ?? 'X');

const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';
/** Not followed by a letter: `\b` does not see accented letters. */
const END = '(?![\\p{L}\\d])';

/** Modifiers inside the span: "a principios de mayo", "a finales de año", "mediados de los noventa". */
const MOD = '(?:principios|comienzos|inicios|mediados|finales|fines)\\s+de(?:l)?';
function partOf(mod: string | undefined): Part | undefined {
  if (!mod) return undefined;
  if (/principios|comienzos|inicios/i.test(mod)) return 'early';
  if (/mediados/i.test(mod)) return 'mid';
  return 'late';
}

/** Where a rule's expression is found from: see `Rule.trigger` and `Rule.back`. */
interface Head {
  on: string;
  back: number;
}

/** A rule: its name, its head (trigger word and look-back in words), its whole pattern and what it finds. */
const R = (name: string, head: Head, src: string, fn: Rule['fn']): Rule => ({
  name,
  trigger: head.on,
  back: head.back,
  re: new RegExp(src, 'iud'),
  fn,
});

const PAST = /^(?:pasad[oa]|anterior|último|última)$/i;
const NEXT = /^(?:próxim[oa]|que viene|siguiente|entrante)$/i;
const shiftOf = (w: string | undefined) => (!w ? 0 : PAST.test(w) ? -1 : NEXT.test(w) ? 1 : 0);

/** Words after a number that make it a count, not a year ("2000 personas", "1500 euros"). */
const COUNT_AFTER =
  /^\s*(?:%|por\s*ciento|personas|habitantes|muertos|heridos|euros|dólares|pesetas|pesos|millones|kilómetros|km|metros|toneladas|votos|hectáreas|empleados|trabajadores|soldados|casos|puntos|años|horas|días)(?![\p{L}])/iu;
const NUMBER_BEFORE = /(?:\$|€|#|\bn[º°o]\.?|\bnúmero|\bradio|\bcanal|\bvuelo|\bruta|[\d.,:/+-])\s*$/iu;

/** The day "el 5 de mayo" means without a year: the last one in past-tense reporting, the next in future. */
function dayYear(env: Env, mo: number, d: number, mode: string): number {
  const refKey = env.ref.m * 100 + env.ref.d;
  const key = mo * 100 + d;
  if (mode === 'last' || mode === 'past')
    return key <= refKey + (mode === 'past' ? 200 : 0) ? env.ref.y : env.ref.y - 1;
  if (mode === 'next' || mode === 'future') return key >= refKey ? env.ref.y : env.ref.y + 1;
  return env.ref.y;
}

const dayFound = (d: { y: number; m: number; d: number }) =>
  date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);

/** "un día después", "dos semanas antes": the amount counted from the date the text is talking about. */
function countedLean(n: number | 'X', unitWord: string, dir: string | undefined): Lean | undefined {
  const code = UNITS[unitWord.toLowerCase()];
  const unit = code === 'D' ? 'day' : code === 'W' ? 'week' : code === 'M' ? 'month' : code === 'Y' ? 'year' : null;
  if (!dir || !unit || n === 'X' || !Number.isInteger(n)) return undefined;
  const shift = /después|más tarde/i.test(dir) ? n : -n;
  return { unit, shift, say: `${n} × ${unit} ${shift > 0 ? 'after' : 'before'}`, keep: true };
}

export const ES_RULES: Rule[] = [
  // "hace dos años" (the year two years back), "hace tres meses", "hace unos días" (a vague duration)
  R(
    'hace',
    { on: 'hace', back: 0 },
    `hace\\s+(?:(?:más\\s+de|menos\\s+de|casi|cerca\\s+de|unos|unas|alrededor\\s+de)\\s+)?(${NUM})\\s+(${UNIT})${END}`,
    (m, env) => {
      const n = num(m[1]!);
      const code = UNITS[m[2]!.toLowerCase()];
      if (n === 'X') return foundDuration(durationValue('X', m[2]!));
      if (!Number.isInteger(n)) return null;
      if (code === 'Y') return date(yearPeriod(env.ref.y - n), true);
      const unit: Unit | null = code === 'M' ? 'month' : code === 'W' ? 'week' : code === 'D' ? 'day' : null;
      const p = unit ? shiftedPeriod(env.ref, unit, -n) : null;
      return p ? date(p, true) : foundDuration(durationValue(n, m[2]!));
    },
  ),
  // "este año", "esta semana", "el año pasado", "el pasado año", "la próxima semana", "a finales del año pasado"
  R(
    'relativo',
    { on: 'año|mes|semana|trimestre|siglo|década|fin', back: 5 },
    `(?:(${MOD})\\s+)?(?:(este|esta|el|la|del|al)\\s+)?(?:(pasad[oa]|próxim[oa])\\s+)?` +
      `(año|mes|semana|trimestre|siglo|década|fin\\s+de\\s+semana)` +
      `(?:\\s+(pasad[oa]|próxim[oa]|que\\s+viene|anterior|siguiente|entrante))?${END}`,
    (m, env, i) => {
      const det = m[2]?.toLowerCase();
      const before = m[3];
      const after = m[5]?.replace(/\s+/g, ' ');
      const unit = RELATIVE_UNITS[m[4]!.toLowerCase().replace(/\s+/g, ' ')]!;
      const isThis = det === 'este' || det === 'esta';
      if (!isThis && !before && !after) return null; // "el año" alone: not a date of its own
      if (isThis && (before || after)) return null;
      if (before && after) return null;
      const shift = shiftOf(before ?? after);
      const p = unit === 'weekend' && isThis ? weekendFor(env.ref, 'future') : shiftedPeriod(env.ref, unit, shift);
      if (!p) return null;
      // "el año anterior", "la semana siguiente": counted from the date the text is talking about
      const lean: Lean | undefined =
        after && /anterior|siguiente/i.test(after) && unit !== 'weekend' && unit !== 'quarter'
          ? {
              unit: unit === 'decade' || unit === 'century' ? 'year' : unit,
              shift,
              say: `The ${unit} ${shift > 0 ? 'after' : 'before'}`,
              keep: true,
            }
          : undefined;
      const found = { ...date(withPart(p, partOf(m[1])), true), lean };
      // "al año" after an amount is a rate (the set rule), not a date
      if (det === 'al') return { ...found, start: i + 3 };
      return found;
    },
  ),
  // "hoy, jueves", "mañana viernes", "ayer, lunes": one day, named twice
  R('hoy-dia', { on: WEEKDAY_WORDS, back: 1 }, `(hoy|ayer|mañana),?\\s+(${WEEKDAY})${END}`, (m, env) => {
    const w = m[1]!.toLowerCase();
    return dayFound(addDays(env.ref, w === 'hoy' ? 0 : w === 'ayer' ? -1 : 1));
  }),
  // "el próximo lunes", "el pasado domingo", "el lunes pasado", "este miércoles", "del sábado", "el jueves"
  R(
    'dia-semana',
    { on: WEEKDAY_WORDS, back: 2 },
    `(?:(el|del|este|al)\\s+)?(?:(pasado|próximo)\\s+)?(${WEEKDAY})(?:\\s+(pasado|próximo|que\\s+viene))?${END}`,
    (m, env, i) => {
      const det = m[1]?.toLowerCase();
      const mod = m[2] ?? m[4];
      const after = env.text.slice(i + m[0].length, i + m[0].length + 12);
      if (/^,?\s+(?:\d{1,2}|día)\b/i.test(after)) return null; // "el lunes 5 de mayo": chrono reads the day
      const wd = WEEKDAYS[m[3]!.toLowerCase()]!;
      const mode = mod ? (shiftOf(mod) < 0 ? 'last' : 'next') : det === 'este' ? 'this' : env.tense(i, i + m[0].length);
      const found = dayFound(weekdayDay(env.ref, wd, mode));
      return det === 'al' ? { ...found, start: i + 3 } : found;
    },
  ),
  // "el 5 de mayo", "del 12 de enero de 2000", "el pasado 3 de diciembre", "el día 8", "el primero de mayo"
  R(
    'dia-mes',
    { on: `${MONTH_WORDS}|día|\\d{1,2}|primero`, back: 3 },
    `(?:(el|del)\\s+)?(?:(pasado|próximo)\\s+)?(?:(día)\\s+)?(\\d{1,2}|primero)` +
      `(?:\\s+de\\s+(${MONTH})(?:\\s+(?:de|del)\\s+(${YEAR4}))?)?${END}`,
    (m, env, i) => {
      if (!m[5] && !m[3]) return null; // "el 8" alone may be anything
      if (!m[1] && !m[5]) return null;
      const d = m[4]!.toLowerCase() === 'primero' ? 1 : Number(m[4]);
      const mode = m[2] ? (shiftOf(m[2]) < 0 ? 'last' : 'next') : env.tense(i, i + m[0].length);
      let mo: number;
      let y: number;
      if (m[5]) {
        mo = MONTHS[m[5].toLowerCase()]!;
        y = m[6] ? Number(m[6]) : dayYear(env, mo, d, mode);
      } else {
        // "el día 8": this month's 8th, or last month's when that lies ahead in past-tense reporting
        mo = env.ref.m;
        y = env.ref.y;
        if (d > env.ref.d && mode !== 'future' && mode !== 'next') [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
        if (d < env.ref.d && (mode === 'future' || mode === 'next')) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      }
      if (d < 1 || d > daysInMonth(y, mo)) return null;
      return { ...dayFound({ y, m: mo, d }), rel: !m[6] };
    },
  ),
  // "mayo pasado", "junio próximo", "a finales de mayo", "principios de marzo de 1998"
  R(
    'mes',
    { on: MONTH_WORDS, back: 3 },
    `(?:(${MOD})\\s+)?(${MONTH})(?:\\s+(pasado|próximo|que\\s+viene)|\\s+(?:de|del)\\s+(${YEAR4}))?${END}`,
    (m, env, i) => {
      if (!m[1] && !m[3]) return null; // bare months and "mayo de 2000": chrono's parser
      const raw = m[2]!;
      if (/^\p{Lu}/u.test(raw) && !m[1] && !sentenceStart(env.text, i)) return null; // "Mayo", "Marzo": names
      const mo = MONTHS[raw.toLowerCase()]!;
      const y = m[4]
        ? Number(m[4])
        : monthYear(env.ref, mo, m[3] ? (shiftOf(m[3]) < 0 ? 'last' : 'next') : env.tense(i, i + m[0].length));
      return date(withPart(monthPeriod(y, mo), partOf(m[1])), !m[4]);
    },
  ),
  // Years: "1998", "en el 2000" (span "el 2000"), "del 98"-style two digits are left alone
  R(
    'año',
    { on: '1[6-9]\\d\\d|20\\d\\d', back: 3 },
    `(?:(${MOD})\\s+)?(?:(el|del)\\s+)?(?:año\\s+)?(${YEAR4})(?![\\d.,:/]\\d|\\s*[-–]\\s*\\d)`,
    (m, env, i) => {
      const y = Number(m[3]);
      if (!validYear(y)) return null;
      const end = i + m[0].length;
      if (!m[1] && !m[2] && NUMBER_BEFORE.test(env.text.slice(Math.max(0, i - 12), i))) return null;
      if (COUNT_AFTER.test(env.text.slice(end, end + 20))) return null;
      return date(withPart(yearPeriod(y), partOf(m[1])), false);
    },
  ),
  // Dates that lean on the date the text is talking about: "el mismo día", "ese día", "aquel año",
  // "al día siguiente", "el día anterior" (resolved in anaphora.ts)
  R(
    'anaforico',
    { on: 'día|semana|mes|año', back: 3 },
    `(?:(?:ese|esa|aquel|aquella)\\s+(?:mism[oa]\\s+)?|(?:el|la|al|del)\\s+mism[oa]\\s+|(?:el|al|del)\\s+(?=día\\s+(?:anterior|siguiente)))` +
      `(día|semana|mes|año)(?:\\s+(anterior|siguiente))?${END}`,
    (m, env, i) => {
      const word = m[1]!.toLowerCase();
      const unit = word === 'día' ? 'day' : word === 'semana' ? 'week' : word === 'mes' ? 'month' : 'year';
      const shift = !m[2] ? 0 : /anterior/i.test(m[2]) ? -1 : 1;
      const say = shift === 0 ? `The same ${unit} as` : `The ${unit} ${shift > 0 ? 'after' : 'before'}`;
      const found = { ...dayFound(env.ref), lean: { unit, shift, say } as Lean };
      return /^al\s/i.test(m[0]) ? { ...found, start: i + 3 } : found;
    },
  ),
  // Times of day: "esta noche", "esta tarde", "esta mañana", "anoche"
  R(
    'parte-dia',
    { on: 'noche|tarde|mañana|anoche', back: 1 },
    `(?:esta\\s+(noche|tarde|mañana)|(anoche))${END}`,
    (m, env) => {
      const part = (m[1] ?? 'noche').toLowerCase();
      const code = part === 'noche' ? 'NI' : part === 'tarde' ? 'AF' : 'MO';
      const d = m[2] ? addDays(env.ref, -1) : env.ref;
      return { kind: 'date', type: 'TIME', tv: `${dayIso(d)}T${code}`, value: { start: dayIso(d) }, rel: true };
    },
  ),
  // The present: "ahora", "actualmente", "la actualidad", "estos días", "en estos momentos", "actual"
  R(
    'ahora',
    { on: 'ahora|actualmente|actualidad|días|momentos|momento|actual|actuales|hoy', back: 2 },
    `(?:ahora|actualmente|la\\s+actualidad|estos\\s+días|estos\\s+momentos|este\\s+momento|el\\s+momento|` +
      `hoy\\s+(?:en\\s+)?día|hoy\\s+por\\s+hoy|actual(?:es)?)${END}`,
    (m, env, i) => {
      const t = m[0].toLowerCase();
      if (t === 'el momento' && !/\ben\s+$/i.test(env.text.slice(Math.max(0, i - 4), i))) return null;
      return ref('present-ref');
    },
  ),
  // The past: "recientemente", "recién", "entonces", "el pasado", "pasado"/"pasada" as adjectives
  R(
    'pasado',
    { on: 'recientemente|recién|reciente|recientes|entonces|pasado|pasada|pasados|pasadas', back: 1 },
    `(?:recientemente|recién|recientes?|entonces|(el\\s+)?pasad[oa]s?)${END}`,
    (m, env, i) => {
      const t = m[0].toLowerCase();
      const before = env.text.slice(Math.max(0, i - 12), i);
      if (/^pasad/.test(t)) {
        // Only as an adjective after a noun ("la temporada pasada") or a noun ("del pasado"): not "ha pasado"
        if (/\b(?:ha|han|había|habían|haber|he|hemos|has)\s+$/i.test(before)) return null;
        if (!/\p{L}\s+$/u.test(before)) return null;
      }
      return ref('past-ref');
    },
  ),
  // The future: "el futuro", "próximamente", "pronto", "próximo"/"próxima" before a noun
  R(
    'futuro',
    { on: 'futuro|futura|futuros|futuras|próximamente|pronto|próximo|próxima|próximos|próximas', back: 1 },
    `(?:(el\\s+)?futur[oa]s?|próximamente|pronto|próxim[oa]s?)${END}`,
    (m, env, i) => {
      const end = i + m[0].length;
      const after = env.text.slice(end, end + 16);
      if (
        /^próxim/i.test(m[0]) &&
        new RegExp(`^\\s+(?:${UNIT_WORDS}|${WEEKDAY_WORDS}|${MONTH_WORDS}|\\d)`, 'iu').test(after)
      )
        return null;
      return ref('future-ref');
    },
  ),
  // Sets: "cada día", "cada año", "anual", "mensuales", "diaria", "al año", "por mes"
  R(
    'set',
    { on: `cada|anual|anuales|mensual|mensuales|semanal|semanales|diaria|diarias|diarios|año|mes|día|semana`, back: 1 },
    `(?:cada\\s+(${UNIT}|${WEEKDAY})|(anual(?:es)?|mensual(?:es)?|semanal(?:es)?|diari[oa]s?)|` +
      `(?:al|por)\\s+(año|mes|día|semana))${END}`,
    (m, env, i) => {
      const before = env.text.slice(Math.max(0, i - 24), i);
      if (m[1]) {
        const w = m[1].toLowerCase();
        if (w in WEEKDAYS) return foundSet(`XXXX-WXX-${WEEKDAYS[w]}`);
        return foundSet(durationValue(1, w));
      }
      if (m[2]) {
        const w = m[2].toLowerCase();
        // "el diario El País", "los diarios": the newspaper, not a recurrence
        if (/^diari/.test(w) && /\b(?:el|un|los|del|al|unos)\s+$/i.test(before)) return null;
        return foundSet(/^anual/.test(w) ? 'P1Y' : /^mensual/.test(w) ? 'P1M' : /^semanal/.test(w) ? 'P1W' : 'P1D');
      }
      // "al año" is a rate only after an amount ("300 millones al año")
      if (!/(?:\d|millones|mil|veces|euros|dólares|pesetas|%)\s*$/iu.test(before)) return null;
      return foundSet(durationValue(1, m[3]!));
    },
  ),
  // Durations: "dos años", "más de un año", "los últimos tres meses", "un día después", "varios meses"
  R(
    'duracion',
    { on: UNIT_WORDS, back: 6 },
    `(?:(?:los|las)\\s+(?:últim[oa]s|próxim[oa]s|primer[oa]s)\\s+)?` +
      `(?:(?:más\\s+de|menos\\s+de|casi|cerca\\s+de|alrededor\\s+de|apenas|al\\s+menos|unos|unas)\\s+)?` +
      `(${NUM})\\s+(${UNIT})(?:\\s+(después|antes|más\\s+tarde)|\\s+más)?${END}`,
    (m, env, i) => {
      const n = num(m[1]!);
      const lower = m[1]!.toLowerCase();
      const before = env.text.slice(Math.max(0, i - 6), i);
      if (/\bhace\s+$/i.test(before)) return null; // the "hace" rule
      if (/^(?:medio|media)$/.test(lower) && !/^(?:hora|año)$/i.test(m[2]!)) return null;
      return { ...foundDuration(durationValue(n, m[2]!)), lean: countedLean(n, m[2]!, m[3]) };
    },
  ),
  // "los últimos días", "las últimas semanas", "los próximos meses": vague durations
  R(
    'duracion-vaga',
    { on: PLURAL_UNIT_WORDS, back: 2 },
    `(?:(?:los|las)\\s+(?:últim[oa]s|próxim[oa]s)\\s+|(?:durante|desde\\s+hace|tras)\\s+)(${PLURAL_UNIT_WORDS})${END}`,
    (m, _env, i) => {
      const unit = m[1]!;
      const prep = /^(?:durante|desde\s+hace|tras)\s+/i.exec(m[0]);
      return { ...foundDuration(durationValue('X', unit)), start: prep ? i + prep[0].length : i };
    },
  ),
];

/** True when position `i` starts a sentence (a capital there is no sign of a name). */
function sentenceStart(text: string, i: number): boolean {
  return /(?:^|[.!?¡¿:\n"“«]\s*)$/.test(text.slice(Math.max(0, i - 4), i));
}

/** Spanish tense cues: future forms and "va a"; preterite and perfect forms, reporting verbs. */
export const ES_CUES = {
  future: /(?<![\p{L}])(?:va\s+a|van\s+a|vamos\s+a|próxim[oa]s?|\p{L}+r(?:á|án|emos))(?![\p{L}])/giu,
  past: /(?<![\p{L}])(?:fue|fueron|era|eran|había|habían|ha|han|hubo|dijo|dijeron|hizo|tuvo|estuvo|ayer|pasad[oa]|hace|\p{L}+(?:ó|aron|ieron|ió|aba|aban))(?![\p{L}])/giu,
};

const ES_HOOKS: LanguageHooks = {
  cues: ES_CUES,
  leading: /^(?:en|desde|hasta|para|por|durante|de|a|hacia|tras|entre)\s+/i,
  article: /(?:^|[^\p{L}])((?:el|del)\s+)$/iu,
  reject(text, start, end) {
    const s = text.slice(start, end);
    // "mar" (the sea), "sab", "nov", "tarde" (late) alone; "Mayo", "Marzo" as names inside a sentence
    if (/^(?:mar|sab|dom|mié|jue|vie|lun|nov|tarde|noche)\.?$/i.test(s)) return true;
    if (
      /^\p{Lu}\p{Ll}+$/u.test(s) &&
      /^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i.test(s)
    )
      return !sentenceStart(text, start);
    if (/^\d{1,2}[-–]\d{1,2}$/.test(s)) return true;
    return NUMBER_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && /^\d/.test(s);
  },
  anchored: /(?:^|\s)(?:dentro\s+de|después|antes|hace|más\s+tarde)(?:\s|$)/i,
  strongTime: /\d[:.]\d\d|\bhoras?\b|\bh\b|gmt|mediodía|medianoche|de\s+la\s+(?:mañana|tarde|noche)/i,
  dropParsers: ['ESTimeUnitWithinFormatParser'],
};

const NAMED_DAYS = namedDayRule('es');

export const esChrono: chrono.Chrono = buildChrono(
  chrono.es.casual,
  NAMED_DAYS ? [...ES_RULES, NAMED_DAYS] : ES_RULES,
  ES_HOOKS,
);
