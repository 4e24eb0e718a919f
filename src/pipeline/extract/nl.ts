/**
 * Dutch date grammar on top of chrono's casual Dutch parser: the same families as English (years,
 * decades, seasons, quarters, halves, weeks, modifiers inside the span — begin/half/eind/midden —,
 * durations, sets, generic present/past/future references) and tense-aware weekdays and months.
 */
import * as chrono from 'chrono-node';
import type { Part } from '../../contract';
import {
  addDays,
  seasonPeriod,
  decadePeriod,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  withPart,
  yearPeriod,
  validYear,
  dayIso,
  timexDuration,
} from './calendar';
import {
  buildChrono,
  foundDate as date,
  foundDuration,
  foundRef as ref,
  foundSet,
  type LanguageHooks,
  type Rule,
} from './core';
import {
  DECADE_WORDS,
  MONTH,
  MONTH_WORDS,
  MONTHS,
  NUM,
  NUMBER_WORDS,
  SEASON_WORDS,
  SEASONS,
  UNIT,
  UNIT_WORDS,
  UNITS,
  WEEKDAY,
  WEEKDAY_WORDS,
  WEEKDAYS,
} from './nl-words';
import { alternation, readCount } from './words';
import { namedDayRule } from './named-days';
import { monthYear, quarterFor, seasonFor, shiftedPeriod, weekdayDay, weekendFor, type Unit } from './relative';

const num = (s: string) => readCount(s, NUMBER_WORDS);

function durationValue(n: number | 'X', unit: string): string {
  return timexDuration(n, UNITS[unit.toLowerCase()] ?? 'X');
}

const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';

/** Modifiers inside the span: "begin deze maand", "half maart", "eind vorig jaar", "midden jaren negentig". */
const MOD =
  '(?:begin|eind|einde|half|halverwege|midden|medio|eerder|later|vroeg in|laat in|aan het begin van|' +
  'aan het eind van|aan het einde van|het begin van|het eind van|het einde van|in de loop van)';
function partOf(mod: string | undefined): Part | undefined {
  if (!mod) return undefined;
  const t = mod.toLowerCase();
  if (/begin|vroeg/.test(t)) return 'early';
  if (/half|midden|medio|halverwege/.test(t)) return 'mid';
  if (/eind|laat/.test(t)) return 'late';
  return undefined;
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
  re: new RegExp(src, 'i'),
  fn,
});

const DET_SHIFT: Record<string, number> = {
  deze: 0,
  dit: 0,
  huidige: 0,
  vorige: -1,
  vorig: -1,
  afgelopen: -1,
  volgende: 1,
  volgend: 1,
  komende: 1,
  aanstaande: 1,
};
const UNIT_OF: Record<string, Unit> = {
  week: 'week',
  weekend: 'weekend',
  maand: 'month',
  kwartaal: 'quarter',
  jaar: 'year',
  decennium: 'decade',
  eeuw: 'century',
};

/**
 * A season word before a noun it qualifies names a thing, not a season: the Games ("Olympische Winter
 * Spelen", "zomer spelen" as written apart), a sport, a time of year in the sense of a period of custom
 * ("zomertijd" written "zomer tijd"). The English rule has the same reason (see `en.ts`).
 */
const SEASON_AS_ADJECTIVE = /^\s*(?:spelen|olympische|sport|tijd\b)/i;

export const NL_RULES: Rule[] = [
  // "twee jaar geleden", "drie weken geleden"
  R(
    'geleden',
    { on: 'geleden', back: 5 },
    `(?:(?:ongeveer|bijna|ruim|zo'n|circa)\\s+)?(${NUM})\\s+(${UNIT})\\s+geleden`,
    (m, env) => {
      const n = num(m[1]!);
      if (n === 'X') return ref('past-ref');
      const code = UNITS[m[2]!.toLowerCase()];
      const unit: Unit | null =
        code === 'Y' ? 'year' : code === 'M' ? 'month' : code === 'W' ? 'week' : code === 'D' ? 'day' : null;
      if (!unit || !Number.isInteger(n)) return null;
      const p = unit === 'year' ? yearPeriod(env.ref.y - n) : shiftedPeriod(env.ref, unit, -n);
      return p ? date(p, true) : null;
    },
  ),
  // "het derde kwartaal (van 2013)", "Q3 2013"
  R(
    'kwartaal',
    { on: 'kwartaal', back: 3 },
    `(?:het\\s+)?(eerste|tweede|derde|vierde|laatste)\\s+kwartaal(?:\\s+van\\s+(${YEAR4}|dit jaar|` +
      `vorig jaar|volgend jaar))?`,
    (m, env, i) => {
      const q = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 }[m[1]!.toLowerCase() as 'eerste']!;
      const y = m[2]
        ? /^\d/.test(m[2])
          ? Number(m[2])
          : env.ref.y + (DET_SHIFT[m[2].split(' ')[0]!.toLowerCase()] ?? 0)
        : null;
      return date(
        y !== null ? quarterPeriod(y, q) : quarterFor(env.ref, q, env.tense(i, i + m[0].length)),
        !m[2] || !/^\d/.test(m[2]),
      );
    },
  ),
  // "de eerste helft van 2012", "de tweede jaarhelft"
  R(
    'helft',
    { on: 'helft|jaarhelft', back: 3 },
    `(?:de\\s+)?(eerste|tweede)\\s+(?:helft|jaarhelft)(?:\\s+van\\s+(${YEAR4}|dit jaar|vorig jaar|volgend jaar))?`,
    (m, env, i) => {
      const h = m[1]!.toLowerCase() === 'eerste' ? 1 : 2;
      const after = env.text.slice(i + m[0].length, i + m[0].length + 5);
      if (!m[2] && /^\s+van\b/i.test(after)) return null;
      const y = m[2]
        ? /^\d/.test(m[2])
          ? Number(m[2])
          : env.ref.y + (DET_SHIFT[m[2].split(' ')[0]!.toLowerCase()] ?? 0)
        : env.ref.y;
      return date(halfPeriod(y, h), !m[2] || !/^\d/.test(m[2]));
    },
  ),
  // Seasons: "deze zomer", "vorige winter", "de zomer van 2012", "zomer 2012"
  R(
    'seizoen',
    { on: SEASON_WORDS, back: 6 },
    `(?:(${MOD})\\s+)?(?:(deze|dit|vorige|vorig|afgelopen|volgende|volgend|komende|de|het)\\s+)?(${SEASON_WORDS})(?:\\s+(?:van\\s+)?(${YEAR4}))?`,
    (m, env, i) => {
      const s = SEASONS[m[3]!.toLowerCase()]!;
      const det = m[2]?.toLowerCase();
      const end = i + m[0].length;
      if (SEASON_AS_ADJECTIVE.test(env.text.slice(end, end + 12))) return null;
      if (m[4]) return date(withPart(seasonPeriod(Number(m[4]), s), partOf(m[1])), false);
      if (!det && !m[1] && !/\b(?:in|deze|vorige|volgende|sinds|tot)\s+$/i.test(env.text.slice(Math.max(0, i - 10), i)))
        return null;
      const shift = det ? DET_SHIFT[det] : undefined;
      const mode = shift === 0 ? 'this' : shift === -1 ? 'last' : shift === 1 ? 'next' : env.tense(i, end);
      return date(withPart(seasonFor(env.ref, s, mode), partOf(m[1])), true);
    },
  ),
  // Decades: "de jaren negentig", "de jaren '90", "de jaren 90", "begin jaren tachtig"
  R(
    'decennium',
    { on: 'jaren', back: 6 },
    `(?:(${MOD})\\s+)?(?:de\\s+)?jaren\\s+(?:'?(\\d)0|(19|20)(\\d)0|(${alternation(Object.keys(DECADE_WORDS))}))\\b`,
    (m) => {
      const start = m[2]
        ? (Number(m[2]) <= 2 ? 2000 : 1900) + Number(m[2]) * 10
        : m[3]
          ? Number(m[3]) * 100 + Number(m[4]) * 10
          : 1900 + DECADE_WORDS[m[5]!.toLowerCase()]! * 10;
      return date(withPart(decadePeriod(start), partOf(m[1])), false);
    },
  ),
  // "deze week", "vorige maand", "begin deze maand", "eerder deze maand", "eind vorig jaar", "het afgelopen jaar"
  R(
    'relatief',
    { on: 'week|weekend|maand|kwartaal|jaar|decennium|eeuw', back: 7 },
    `(?:(${MOD})\\s+)?(?:het\\s+|de\\s+)?(deze|dit|huidige|vorige|vorig|afgelopen|volgende|volgend|` +
      `komende|aanstaande)\\s+(week|weekend|maand|kwartaal|jaar|decennium|eeuw)\\b`,
    (m, env) => {
      const shift = DET_SHIFT[m[2]!.toLowerCase()]!;
      const unit = UNIT_OF[m[3]!.toLowerCase()]!;
      // "het afgelopen jaar" / "de komende maanden" are spans of time, not calendar periods, in Dutch news
      if (/^(?:het|de)\s/i.test(m[0].slice(m[1]?.length ?? 0).trimStart()) && /afgelopen|komende/i.test(m[2]!)) {
        return foundDuration(durationValue(1, m[3]!));
      }
      const p = unit === 'weekend' && shift === 0 ? weekendFor(env.ref, 'future') : shiftedPeriod(env.ref, unit, shift);
      if (!p) return null;
      return date(withPart(p, partOf(m[1])), true);
    },
  ),
  R('het-weekend', { on: 'weekend', back: 1 }, `het\\s+weekend\\b`, (m, env, i) =>
    date(weekendFor(env.ref, env.tense(i, i + m[0].length)), true),
  ),
  // "begin maart", "eind januari 2012", "vorige maand"-style months: "afgelopen april", "volgende maand mei"
  R(
    'maand',
    { on: MONTH_WORDS, back: 5 },
    `(?:(${MOD})\\s+|(vorige|afgelopen|volgende|komende)\\s+)(${MONTH})(?:\\s+(${YEAR4}))?`,
    (m, env, i) => {
      const mo = MONTHS[m[3]!.toLowerCase()]!;
      if (m[4]) return date(withPart(monthPeriod(Number(m[4]), mo), partOf(m[1])), false);
      const det = m[2]?.toLowerCase();
      const mode = det === 'vorige' || det === 'afgelopen' ? 'last' : det ? 'next' : env.tense(i, i + m[0].length);
      return date(withPart(monthPeriod(monthYear(env.ref, mo, mode), mo), partOf(m[1])), true);
    },
  ),
  // Parts of a day written as one word: "zaterdagavond", "maandagochtend", "gisteravond", "vanmiddag"
  R(
    'dagdeel',
    { on: `(?:${WEEKDAY_WORDS}|gister|gisteren|van|morgen)(?:ochtend|morgen|middag|avond|nacht)`, back: 0 },
    `(${WEEKDAY}|gister|gisteren|van|morgen)(ochtend|morgen|middag|avond|nacht)`,
    (m, env, i) => {
      const w = m[1]!.toLowerCase();
      const part = m[2]!.toLowerCase();
      const code =
        part === 'ochtend' || part === 'morgen' ? 'MO' : part === 'middag' ? 'AF' : part === 'avond' ? 'EV' : 'NI';
      if (w === 'morgen' && part === 'morgen') return null;
      const d =
        w in WEEKDAYS
          ? weekdayDay(env.ref, WEEKDAYS[w]!, env.tense(i, i + m[0].length))
          : w.startsWith('gister')
            ? addDays(env.ref, -1)
            : w === 'morgen'
              ? addDays(env.ref, 1)
              : env.ref;
      return { kind: 'date', type: 'TIME', tv: `${dayIso(d)}T${code}`, value: { start: dayIso(d) }, rel: true };
    },
  ),
  // "vorige week dinsdag", "afgelopen vrijdag", "volgende maandag"
  R(
    'weekdag',
    { on: WEEKDAY_WORDS, back: 1 },
    `(vorige|afgelopen|volgende|komende|aanstaande|deze)\\s+(${WEEKDAY})`,
    (m, env) => {
      const det = m[1]!.toLowerCase();
      const d = weekdayDay(
        env.ref,
        WEEKDAYS[m[2]!.toLowerCase()]!,
        det === 'vorige' || det === 'afgelopen' ? 'last' : det === 'deze' ? 'this' : 'next',
      );
      return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
    },
  ),
  // Years: "in 2009", "begin 2012", "eind 1998", "het jaar 2000"
  R(
    'jaar',
    { on: '1[6-9]\\d\\d|20\\d\\d', back: 6 },
    `(?:(${MOD})\\s+)?(?:(?:het jaar|boekjaar)\\s+)?(${YEAR4})(?![.,:/]\\d|\\s*[-–]\\s*\\d|\\s*%|` +
      `\\s+(?:procent|mensen|euro|dollar|kilometer|km|meter|stuks|doden|leden|stemmen|punten)\\b)`,
    (m, env, i) => {
      const y = Number(m[2]);
      if (!validYear(y)) return null;
      const before = env.text.slice(Math.max(0, i - 12), i);
      if (
        !m[1] &&
        /(?:\$|€|£|#|\bnr\.?|\bnummer|\bradio|\brtl|\broute|\bweg|\blijn|\bbus|\btel\.?|[\d.,:/+-])\s*$/i.test(before)
      )
        return null;
      return date(withPart(yearPeriod(y), partOf(m[1])), false);
    },
  ),
  // Generic references
  R(
    'nu',
    { on: 'nu|momenteel|tegenwoordig|thans|moment', back: 2 },
    `(?:op dit moment|momenteel|tegenwoordig|thans|nu)`,
    () => ref('present-ref'),
  ),
  R(
    'onlangs',
    { on: 'onlangs|recentelijk|recent|kortgeleden|kort|tijd|verleden|vroeger', back: 3 },
    `(?:onlangs|recentelijk|recent|kortgeleden|kort geleden|de afgelopen tijd|in het verleden|het verleden|vroeger)`,
    (m, _env, i) => {
      const t = m[0].toLowerCase();
      if (t === 'in het verleden') return { ...ref('past-ref'), start: i + 3 };
      return ref('past-ref');
    },
  ),
  R(
    'binnenkort',
    { on: 'binnenkort|straks|toekomst|tijd|weken|maanden|jaren|dagen', back: 3 },
    `(?:binnenkort|straks|in de toekomst|de toekomst|de komende (?:tijd|weken|maanden|jaren|dagen))`,
    (m, _env, i) => {
      if (/^in de toekomst$/i.test(m[0])) return { ...ref('future-ref'), start: i + 3 };
      return ref('future-ref');
    },
  ),
  // Sets: "elke week", "iedere dag", "jaarlijks", "twee keer per jaar"
  R(
    'set',
    { on: 'elke|iedere|per|jaarlijks|maandelijks|wekelijks|dagelijks|jaar', back: 2 },
    `(?:elke|iedere)\\s+(${UNIT}|${WEEKDAY})|(?:\\w+\\s+keer|eens)\\s+per\\s+(${UNIT})|(jaarlijks|` +
      `maandelijks|wekelijks|dagelijks|elk jaar|ieder jaar)`,
    (m) => {
      if (m[1]) {
        const w = m[1].toLowerCase();
        if (w in WEEKDAYS) return foundSet(`XXXX-WXX-${WEEKDAYS[w]}`);
        return foundSet(durationValue(1, w));
      }
      if (m[2]) return foundSet(durationValue(1, m[2]));
      const w = m[3]!.toLowerCase();
      const tv = /jaar|jaarlijks/.test(w) ? 'P1Y' : w === 'maandelijks' ? 'P1M' : w === 'wekelijks' ? 'P1W' : 'P1D';
      return foundSet(tv);
    },
  ),
  // Durations: "twee jaar", "al twee jaar" (span "twee jaar"), "de afgelopen drie maanden", "jarenlang", "dagenlang"
  R(
    'duur',
    { on: UNIT_WORDS, back: 7 },
    `(?:(?:de|het)\\s+(?:afgelopen|komende|laatste|eerste|volgende)\\s+)?(?:(?:ongeveer|bijna|ruim|` +
      `zo'n|circa|meer dan|minder dan)\\s+)?(${NUM})\\s+(${UNIT})(?!\\s+geleden)`,
    (m, env, i) => {
      const n = num(m[1]!);
      const lower = m[1]!.toLowerCase();
      const after = env.text.slice(i + m[0].length, i + m[0].length + 6);
      if ((lower === 'een' || lower === 'één') && /^\s+(?:van|op)\b/i.test(after)) return null;
      return foundDuration(durationValue(n, m[2]!));
    },
  ),
  R(
    'duur-vaag',
    { on: 'jarenlang|maandenlang|wekenlang|dagenlang|urenlang|decennialang|eeuwenlang', back: 0 },
    `(jaren|maanden|weken|dagen|uren|decennia|eeuwen)lang`,
    (m) => foundDuration(durationValue('X', m[1]!)),
  ),
];

export const NL_CUES = {
  future: /\b(?:zal|zullen|zult|zou gaan|gaat|gaan|volgende|komende|aanstaande|binnenkort|wordt|worden)\b/gi,
  past: /\b(?:was|waren|had|hadden|werd|werden|zei|zeiden|vertelde|heeft|hebben|vorige|afgelopen|geleden|ge\w{3,}[dt])\b/gi,
};

const NL_HOOKS: LanguageHooks = {
  cues: NL_CUES,
  leading: /^(?:op|in|om|tijdens|sinds|tot|van|vanaf|per|rond|voor|na|sinds)\s+/i,
  reject(text, start, end) {
    const s = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 10), start);
    if (/^\d{1,2}[-–]\d{1,2}$/.test(s)) return true;
    if (/(?:\bradio|\brtl|\broute|\bnr\.|#|\$|€)\s*$/i.test(before) && /^\d/.test(s)) return true;
    if (/^nu$/i.test(s)) return true; // "nu" is PRESENT_REF (our rule), never a day
    return false;
  },
  anchored: /\b(?:binnen|later|na|geleden)\b/i,
  strongTime: /\d[:.]\d\d|\buur\b|middernacht|ochtend|middag|avond|nacht/i,
};

const NAMED_DAYS = namedDayRule('nl');

export const nlChrono: chrono.Chrono = buildChrono(
  chrono.nl.casual,
  NAMED_DAYS ? [...NL_RULES, NAMED_DAYS] : NL_RULES,
  NL_HOOKS,
);
