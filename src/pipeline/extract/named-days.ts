/**
 * Named days: holidays and observances written by name ("Thanksgiving", "Koningsdag", "Día de la
 * Hispanidad", "Holocaust Remembrance Day"). National holidays come from `date-holidays` (a maintained
 * calendar of fixed, nth-weekday and Easter-based rules for every country, in the country's languages);
 * international observances, which no national calendar lists, from the small table below. The year
 * comes from a year written after the name, "last"/"next"/"this", or the tense, as for a month name.
 */
import Holidays from 'date-holidays';
import { addDays, dayIso, weekday, type Ymd } from './calendar';
import { foundDate, type Env, type Rule } from './core';
import { alternation } from './words';

/** Countries whose holiday names are read in each language, the first one's date winning for shared names. */
const COUNTRIES: Record<string, string[]> = {
  en: ['US', 'GB', 'IE', 'CA', 'AU'],
  nl: ['NL', 'BE'],
  es: ['ES', 'MX', 'AR'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CA'],
  it: ['IT'],
  pt: ['PT', 'BR'],
};

/**
 * Holiday names that are also places, people or common words ("Natal", "Asunción", "San José", "Toussaint",
 * "Silvester", "Ascension", "Sint-Maarten"), and names several days share ("Carnaval"): never read as days.
 */
const AMBIGUOUS = new Set([
  'natal',
  'asunción',
  'san josé',
  'toussaint',
  'silvester',
  'ascension',
  'sint-maarten',
  'santo stefano',
  'carnaval',
  'epifania',
  'assomption',
  'corpo de deus',
  'sinterklaas',
  'wapenstilstand',
  'tax day',
  'día de la madre',
]);

/** A day of an international observance (UN and similar), with the names it goes by in each language. */
interface Observance {
  month: number;
  day: number;
  names: Record<string, string[]>;
  what: string;
}

const OBSERVANCES: Observance[] = [
  {
    month: 1,
    day: 27,
    what: 'International Holocaust Remembrance Day (UN), 27 January',
    names: {
      en: ['Holocaust Remembrance Day', 'International Holocaust Remembrance Day', 'Holocaust Memorial Day'],
      nl: ['Holocaust Herdenkingsdag', 'Internationale Holocaust Herdenkingsdag', 'Holocaustherdenkingsdag'],
      es: ['Día Internacional de Conmemoración en Memoria de las Víctimas del Holocausto', 'Día del Holocausto'],
      de: ['Holocaust-Gedenktag', 'Internationaler Holocaust-Gedenktag'],
      fr: ['Journée internationale dédiée à la mémoire des victimes de l’Holocauste', 'Journée de la mémoire'],
      it: ['Giorno della Memoria', 'Giornata della Memoria'],
      pt: ['Dia Internacional em Memória das Vítimas do Holocausto', 'Dia da Lembrança do Holocausto'],
    },
  },
  {
    month: 3,
    day: 8,
    what: "International Women's Day (UN), 8 March",
    names: {
      en: ["International Women's Day", 'Women’s Day'],
      nl: ['Internationale Vrouwendag', 'Vrouwendag'],
      es: ['Día Internacional de la Mujer', 'Día de la Mujer'],
      de: ['Internationaler Frauentag', 'Weltfrauentag', 'Frauentag'],
      fr: ['Journée internationale des droits des femmes', 'Journée de la femme'],
      it: ['Giornata internazionale della donna', 'Festa della donna'],
      pt: ['Dia Internacional da Mulher', 'Dia da Mulher'],
    },
  },
  {
    month: 12,
    day: 1,
    what: 'World AIDS Day, 1 December',
    names: {
      en: ['World AIDS Day'],
      nl: ['Wereldaidsdag'],
      es: ['Día Mundial del Sida', 'Día Mundial de la Lucha contra el Sida'],
      de: ['Welt-Aids-Tag'],
      fr: ['Journée mondiale de lutte contre le sida'],
      it: ["Giornata mondiale contro l'AIDS"],
      pt: ['Dia Mundial de Luta Contra a Aids'],
    },
  },
  {
    month: 12,
    day: 10,
    what: 'Human Rights Day (UN), 10 December',
    names: {
      en: ['Human Rights Day'],
      nl: ['Dag van de Rechten van de Mens'],
      es: ['Día de los Derechos Humanos'],
      de: ['Tag der Menschenrechte'],
      fr: ['Journée des droits de l’homme'],
      it: ['Giornata dei diritti umani'],
      pt: ['Dia dos Direitos Humanos'],
    },
  },
  {
    month: 5,
    day: 3,
    what: 'World Press Freedom Day (UN), 3 May',
    names: {
      en: ['World Press Freedom Day'],
      nl: ['Dag van de Persvrijheid'],
      es: ['Día Mundial de la Libertad de Prensa'],
      de: ['Internationaler Tag der Pressefreiheit'],
      fr: ['Journée mondiale de la liberté de la presse'],
      it: ['Giornata mondiale della libertà di stampa'],
      pt: ['Dia Mundial da Liberdade de Imprensa'],
    },
  },
  {
    month: 6,
    day: 20,
    what: 'World Refugee Day (UN), 20 June',
    names: {
      en: ['World Refugee Day'],
      nl: ['Wereldvluchtelingendag'],
      es: ['Día Mundial del Refugiado'],
      de: ['Weltflüchtlingstag'],
      fr: ['Journée mondiale des réfugiés'],
      it: ['Giornata mondiale del rifugiato'],
      pt: ['Dia Mundial do Refugiado'],
    },
  },
  {
    month: 10,
    day: 12,
    what: 'Spain’s national day (Fiesta Nacional, Día de la Hispanidad), 12 October',
    names: { es: ['Día de la Hispanidad', 'Fiesta de la Hispanidad'] },
  },
  {
    month: 12,
    day: 31,
    what: "New Year's Eve, 31 December",
    names: { en: ["New Year's Eve"], es: ['Nochevieja'], de: ['Silvesterabend'], fr: ['Saint-Sylvestre'] },
  },
  {
    month: 12,
    day: 24,
    what: 'Christmas Eve, 24 December',
    names: {
      en: ['Christmas Eve'],
      nl: ['Kerstavond'],
      es: ['Nochebuena'],
      de: ['Heiligabend'],
      it: ['Vigilia di Natale'],
    },
  },
];

/** A named day: how to find it in a given year, and where that rule comes from (for the mention's note). */
interface NamedDay {
  on: (y: number) => Ymd | null;
  source: string;
}

/** The Tuesday after the first Monday of November: US federal elections. */
function usElectionDay(y: number): Ymd {
  const first = { y, m: 11, d: 1 };
  return addDays(first, ((1 - weekday(first) + 7) % 7) + 1);
}

const calendars = new Map<string, Holidays>();
const yearCache = new Map<string, Map<string, Ymd>>();

/** The country's holidays of one year by lower-case name (cached: a corpus asks for few years). */
function holidaysOf(country: string, lang: string, y: number): Map<string, Ymd> {
  const k = `${country}/${lang}/${y}`;
  let days = yearCache.get(k);
  if (days) return days;
  let cal = calendars.get(country);
  if (!cal) calendars.set(country, (cal = new Holidays(country)));
  days = new Map();
  for (const h of cal.getHolidays(y, lang)) {
    const name = cleanName(h.name);
    if (!name || days.has(name)) continue;
    const [yy, mm, dd] = h.date.slice(0, 10).split('-').map(Number);
    days.set(name, { y: yy!, m: mm!, d: dd! });
  }
  yearCache.set(k, days);
  return days;
}

/** A holiday name as read in text: lower case, no "(substitute day)", none with a year in it. */
function cleanName(name: string): string | null {
  // "First Monday in May" (Irish bank holidays) is a weekday rule, read as such by the language's rules.
  if (/\(|\d/.test(name) || /^(?:first|last)\s/i.test(name)) return null;
  const n = name.toLowerCase().replace(/’/g, "'").trim();
  return AMBIGUOUS.has(n) ? null : n;
}

/** Every named day of a language, by lower-case name. */
function namedDays(lang: string): Map<string, NamedDay> {
  const out = new Map<string, NamedDay>();
  for (const o of OBSERVANCES) {
    for (const n of o.names[lang] ?? []) {
      out.set(n.toLowerCase().replace(/’/g, "'"), { on: (y) => ({ y, m: o.month, d: o.day }), source: o.what });
    }
  }
  const sampleYear = 2026;
  for (const country of COUNTRIES[lang] ?? []) {
    for (const name of holidaysOf(country, lang, sampleYear).keys()) {
      if (out.has(name)) continue;
      out.set(name, {
        on: (y) => holidaysOf(country, lang, y).get(name) ?? null,
        source: `the ${country} holiday calendar (date-holidays)`,
      });
    }
  }
  if (lang === 'en') {
    const source = 'the US federal Election Day rule (the Tuesday after the first Monday of November)';
    out.set('election day', { on: usElectionDay, source });
    // Names news uses for holidays the calendar lists under a longer one.
    for (const [short, long] of [
      ['thanksgiving', 'thanksgiving day'],
      ['christmas', 'christmas day'],
      ['easter', 'easter sunday'],
      ["valentine's day", "valentine's day"],
    ] as const) {
      const d = out.get(long);
      if (d) out.set(short, d);
    }
  }
  return out;
}

/** Words before a named day that choose its year, per language. */
const DETERMINERS: Record<string, { last: string; next: string; self: string }> = {
  en: { last: 'last', next: 'next', self: 'this' },
};

/** How far ahead of the reference a day named in past-tense reporting may lie (see core.ts PAST_SLACK). */
const PAST_SLACK_MONTHS = 2;

/**
 * A named day before a noun for a stretch of time names that stretch, not the day ("Easter week", "the
 * Christmas holidays", "Thanksgiving weekend").
 */
const STRETCH_AFTER = /^[\s-]+(?:week|weekend|season|holidays?|break|period|vacation|recess)\b/i;

const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';

/** Which occurrence of a day the text means: the year written, "last"/"next"/"this", else the tense. */
function yearFor(on: (y: number) => Ymd | null, env: Env, mode: 'last' | 'next' | 'this' | string): number {
  const thisYear = on(env.ref.y);
  if (!thisYear) return env.ref.y;
  const key = (d: Ymd) => d.m * 100 + d.d;
  const gone = key(thisYear) <= key(env.ref);
  if (mode === 'last') return gone && key(thisYear) !== key(env.ref) ? env.ref.y : env.ref.y - 1;
  if (mode === 'next' || mode === 'future') return gone ? env.ref.y + 1 : env.ref.y;
  // As for a month or a day named without a year, a day up to two months ahead is this year's even in a
  // sentence reporting the past ("protesters prayed as Easter week began", a week before Easter).
  if (mode === 'past')
    return gone || key(thisYear) <= key(env.ref) + PAST_SLACK_MONTHS * 100 ? env.ref.y : env.ref.y - 1;
  if (mode === 'this') return env.ref.y;
  // No tense cue: the nearest occurrence (King's Day in a text of late January is the last one).
  const dist = (y: number) => {
    const d = on(y);
    return d ? Math.abs(Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(env.ref.y, env.ref.m - 1, env.ref.d)) : Infinity;
  };
  return [env.ref.y - 1, env.ref.y + 1].reduce((best, y) => (dist(y) < dist(best) ? y : best), env.ref.y);
}

/** The named-day rule of a language: every name of its holiday calendars and of the observances table. */
export function namedDayRule(lang: string): Rule | null {
  const days = namedDays(lang);
  if (days.size === 0) return null;
  const names = alternation([...days.keys()]).replace(/'/g, "['’]");
  // The dispatcher looks for the first word of each name only (a few dozen words, not hundreds of phrases),
  // without a final accented letter, which its \b does not see ("Lunedì" is found from "Luned").
  const heads = alternation(
    [...days.keys()].map((n) => n.split(/[\s'’-]/)[0]!.replace(/[^a-z0-9]+$/i, '')).filter((w) => /^[a-z0-9]/i.test(w)),
  );
  const det = DETERMINERS[lang];
  const detRe = det ? `(?:(${det.last}|${det.next}|${det.self})\\s+)?` : '()?';
  return {
    name: 'named-day',
    trigger: heads,
    back: det ? 1 : 0,
    re: new RegExp(`${detRe}(${names})(?:,?\\s+(${YEAR4}))?`, 'iu'),
    fn(m, env, i) {
      const raw = m[2]!;
      const name = raw.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
      const day = days.get(name);
      if (!day) return null;
      if (STRETCH_AFTER.test(env.text.slice(i + m[0].length, i + m[0].length + 12))) return null;
      // One-word names of the calendars are also words ("natale", "pasen"): only when written as a name.
      if (!/\s/.test(raw) && !/^\p{Lu}/u.test(raw)) return null;
      const d0 = m[1]?.toLowerCase();
      const mode =
        !d0 || !det ? env.tense(i, i + m[0].length) : d0 === det.last ? 'last' : d0 === det.next ? 'next' : 'this';
      const y = m[3] ? Number(m[3]) : yearFor(day.on, env, mode);
      const d = day.on(y);
      if (!d) return null;
      const iso = dayIso(d);
      const how = m[3] ? 'the year written' : d0 ? `"${m[1]}"` : 'the publication date and tense';
      return {
        ...foundDate({ timex: iso, value: { start: iso } }, !m[3]),
        note: `Named day: ${raw} is dated by ${day.source}; the year from ${how}.`,
      };
    },
  };
}
