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
  type Season,
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
import { monthYear, quarterFor, seasonFor, shiftedPeriod, weekdayDay, weekendFor, type Unit } from './relative';

const NUMS: Record<string, number> = {
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
  'een paar': 'X' as unknown as number,
  enkele: 'X' as unknown as number,
  meerdere: 'X' as unknown as number,
  vele: 'X' as unknown as number,
  'een aantal': 'X' as unknown as number,
};
const NUM = `(?:\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|een paar|een aantal|enkele|meerdere|vele|anderhalf|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig|veertig|vijftig|honderd)`;
function num(s: string): number | 'X' {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  const v = NUMS[t];
  return typeof v === 'number' ? v : 'X';
}

const UNITS: Record<string, string> = {
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
const UNIT =
  '(?:seconden?|minuut|minuten|uur|uren|dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal|jaren|jaar|decennia|decennium|eeuwen|eeuw)';
function durationValue(n: number | 'X', unit: string): string {
  return timexDuration(n, UNITS[unit.toLowerCase()] ?? 'X');
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const WEEKDAYS: Record<string, number> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
};
const WEEKDAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';
const SEASONS: Record<string, Season> = {
  lente: 'SP',
  voorjaar: 'SP',
  zomer: 'SU',
  herfst: 'FA',
  najaar: 'FA',
  winter: 'WI',
};

/** Modifiers inside the span: "begin deze maand", "half maart", "eind vorig jaar", "midden jaren negentig". */
const MOD =
  '(?:begin|eind|einde|half|halverwege|midden|medio|eerder|later|vroeg in|laat in|aan het begin van|aan het eind van|aan het einde van|het begin van|het eind van|het einde van|in de loop van)';
function partOf(mod: string | undefined): Part | undefined {
  if (!mod) return undefined;
  const t = mod.toLowerCase();
  if (/begin|vroeg/.test(t)) return 'early';
  if (/half|midden|medio|halverwege/.test(t)) return 'mid';
  if (/eind|laat/.test(t)) return 'late';
  return undefined;
}

const R = (name: string, src: string, fn: Rule['fn']): Rule => ({ name, re: new RegExp(src, 'i'), fn });

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

export const NL_RULES: Rule[] = [
  // "twee jaar geleden", "drie weken geleden"
  R('geleden', `(?:(?:ongeveer|bijna|ruim|zo'n|circa)\\s+)?(${NUM})\\s+(${UNIT})\\s+geleden`, (m, env) => {
    const n = num(m[1]!);
    if (n === 'X') return ref('past-ref');
    const code = UNITS[m[2]!.toLowerCase()];
    const unit: Unit | null =
      code === 'Y' ? 'year' : code === 'M' ? 'month' : code === 'W' ? 'week' : code === 'D' ? 'day' : null;
    if (!unit || !Number.isInteger(n)) return null;
    const p = unit === 'year' ? yearPeriod(env.ref.y - n) : shiftedPeriod(env.ref, unit, -n);
    return p ? date(p, true) : null;
  }),
  // "het derde kwartaal (van 2013)", "Q3 2013"
  R(
    'kwartaal',
    `(?:het\\s+)?(eerste|tweede|derde|vierde|laatste)\\s+kwartaal(?:\\s+van\\s+(${YEAR4}|dit jaar|vorig jaar|volgend jaar))?`,
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
    `(?:(${MOD})\\s+)?(?:(deze|dit|vorige|vorig|afgelopen|volgende|volgend|komende|de|het)\\s+)?(lente|voorjaar|zomer|herfst|najaar|winter)(?:\\s+(?:van\\s+)?(${YEAR4}))?`,
    (m, env, i) => {
      const s = SEASONS[m[3]!.toLowerCase()]!;
      const det = m[2]?.toLowerCase();
      const end = i + m[0].length;
      if (/^\s*(?:spelen|olympische|sport|tijd\b)/i.test(env.text.slice(end, end + 12))) return null;
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
    `(?:(${MOD})\\s+)?(?:de\\s+)?jaren\\s+(?:'?(\\d)0|(19|20)(\\d)0|(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))\\b`,
    (m) => {
      const w: Record<string, number> = {
        twintig: 2,
        dertig: 3,
        veertig: 4,
        vijftig: 5,
        zestig: 6,
        zeventig: 7,
        tachtig: 8,
        negentig: 9,
      };
      const start = m[2]
        ? (Number(m[2]) <= 2 ? 2000 : 1900) + Number(m[2]) * 10
        : m[3]
          ? Number(m[3]) * 100 + Number(m[4]) * 10
          : 1900 + w[m[5]!.toLowerCase()]! * 10;
      return date(withPart(decadePeriod(start), partOf(m[1])), false);
    },
  ),
  // "deze week", "vorige maand", "begin deze maand", "eerder deze maand", "eind vorig jaar", "het afgelopen jaar"
  R(
    'relatief',
    `(?:(${MOD})\\s+)?(?:het\\s+|de\\s+)?(deze|dit|huidige|vorige|vorig|afgelopen|volgende|volgend|komende|aanstaande)\\s+(week|weekend|maand|kwartaal|jaar|decennium|eeuw)\\b`,
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
  R('het-weekend', `het\\s+weekend\\b`, (m, env, i) => date(weekendFor(env.ref, env.tense(i, i + m[0].length)), true)),
  // "begin maart", "eind januari 2012", "vorige maand"-style months: "afgelopen april", "volgende maand mei"
  R('maand', `(?:(${MOD})\\s+|(vorige|afgelopen|volgende|komende)\\s+)(${MONTH})(?:\\s+(${YEAR4}))?`, (m, env, i) => {
    const mo = MONTHS[m[3]!.toLowerCase()]!;
    if (m[4]) return date(withPart(monthPeriod(Number(m[4]), mo), partOf(m[1])), false);
    const det = m[2]?.toLowerCase();
    const mode = det === 'vorige' || det === 'afgelopen' ? 'last' : det ? 'next' : env.tense(i, i + m[0].length);
    return date(withPart(monthPeriod(monthYear(env.ref, mo, mode), mo), partOf(m[1])), true);
  }),
  // Parts of a day written as one word: "zaterdagavond", "maandagochtend", "gisteravond", "vanmiddag"
  R('dagdeel', `(${WEEKDAY}|gister|gisteren|van|morgen)(ochtend|morgen|middag|avond|nacht)`, (m, env, i) => {
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
  }),
  // "vorige week dinsdag", "afgelopen vrijdag", "volgende maandag"
  R('weekdag', `(vorige|afgelopen|volgende|komende|aanstaande|deze)\\s+(${WEEKDAY})`, (m, env) => {
    const det = m[1]!.toLowerCase();
    const d = weekdayDay(
      env.ref,
      WEEKDAYS[m[2]!.toLowerCase()]!,
      det === 'vorige' || det === 'afgelopen' ? 'last' : det === 'deze' ? 'this' : 'next',
    );
    return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
  }),
  // Years: "in 2009", "begin 2012", "eind 1998", "het jaar 2000"
  R(
    'jaar',
    `(?:(${MOD})\\s+)?(?:(?:het jaar|boekjaar)\\s+)?(${YEAR4})(?![.,:/]\\d|\\s*[-–]\\s*\\d|\\s*%|\\s+(?:procent|mensen|euro|dollar|kilometer|km|meter|stuks|doden|leden|stemmen|punten)\\b)`,
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
  R('nu', `(?:op dit moment|momenteel|tegenwoordig|thans|nu)`, () => ref('present-ref')),
  R(
    'onlangs',
    `(?:onlangs|recentelijk|recent|kortgeleden|kort geleden|de afgelopen tijd|in het verleden|het verleden|vroeger)`,
    (m, _env, i) => {
      const t = m[0].toLowerCase();
      if (t === 'in het verleden') return { ...ref('past-ref'), start: i + 3 };
      return ref('past-ref');
    },
  ),
  R(
    'binnenkort',
    `(?:binnenkort|straks|in de toekomst|de toekomst|de komende (?:tijd|weken|maanden|jaren|dagen))`,
    (m, _env, i) => {
      if (/^in de toekomst$/i.test(m[0])) return { ...ref('future-ref'), start: i + 3 };
      return ref('future-ref');
    },
  ),
  // Sets: "elke week", "iedere dag", "jaarlijks", "twee keer per jaar"
  R(
    'set',
    `(?:elke|iedere)\\s+(${UNIT}|${WEEKDAY})|(?:\\w+\\s+keer|eens)\\s+per\\s+(${UNIT})|(jaarlijks|maandelijks|wekelijks|dagelijks|elk jaar|ieder jaar)`,
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
    `(?:(?:de|het)\\s+(?:afgelopen|komende|laatste|eerste|volgende)\\s+)?(?:(?:ongeveer|bijna|ruim|zo'n|circa|meer dan|minder dan)\\s+)?(${NUM})\\s+(${UNIT})(?!\\s+geleden)`,
    (m, env, i) => {
      const n = num(m[1]!);
      const lower = m[1]!.toLowerCase();
      const after = env.text.slice(i + m[0].length, i + m[0].length + 6);
      if ((lower === 'een' || lower === 'één') && /^\s+(?:van|op)\b/i.test(after)) return null;
      return foundDuration(durationValue(n, m[2]!));
    },
  ),
  R('duur-vaag', `(jaren|maanden|weken|dagen|uren|decennia|eeuwen)lang`, (m) =>
    foundDuration(durationValue('X', m[1]!)),
  ),
];

/** Each rule's head word and how many words before it the expression may start (see `Rule.trigger`). */
const NL_TRIGGERS: Record<string, [string, number]> = {
  geleden: ['geleden', 5],
  kwartaal: ['kwartaal', 3],
  helft: ['helft|jaarhelft', 3],
  seizoen: ['lente|voorjaar|zomer|herfst|najaar|winter', 6],
  decennium: ['jaren', 6],
  relatief: ['week|weekend|maand|kwartaal|jaar|decennium|eeuw', 7],
  'het-weekend': ['weekend', 1],
  maand: ['januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december', 5],
  weekdag: ['maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag', 1],
  dagdeel: [
    '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gister|gisteren|van|morgen)(?:ochtend|morgen|middag|avond|nacht)',
    0,
  ],
  jaar: ['1[6-9]\\d\\d|20\\d\\d', 6],
  nu: ['nu|momenteel|tegenwoordig|thans|moment', 2],
  onlangs: ['onlangs|recentelijk|recent|kortgeleden|kort|tijd|verleden|vroeger', 3],
  binnenkort: ['binnenkort|straks|toekomst|tijd|weken|maanden|jaren|dagen', 3],
  set: ['elke|iedere|per|jaarlijks|maandelijks|wekelijks|dagelijks|jaar', 2],
  duur: [`${UNIT.slice(3, -1)}`, 7],
  'duur-vaag': ['jarenlang|maandenlang|wekenlang|dagenlang|urenlang|decennialang|eeuwenlang', 0],
};
for (const r of NL_RULES) {
  const t = NL_TRIGGERS[r.name];
  if (t) [r.trigger, r.back] = t;
}

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

export const nlChrono: chrono.Chrono = buildChrono(chrono.nl.casual, NL_RULES, NL_HOOKS);
