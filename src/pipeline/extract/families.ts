/**
 * The rule families every language shares, built from a language's vocabulary (`fr-words.ts`,
 * `de-words.ts`, `it-words.ts`, `pt-words.ts`): bare and modified years, "this/last/next" units and
 * weekdays, months with a year or a modifier, "N units ago", durations, sets, PRESENT_REF/PAST_REF/FUTURE_REF
 * and dates that lean on the date talked about ("le lendemain", "am selben Tag"). English, Dutch and
 * Spanish have richer grammars of their own (en.ts, nl.ts, es.ts); these reach the same families with
 * simpler patterns, over chrono's own parser for each language.
 */
import type * as chrono from 'chrono-node';
import type { Part } from '../../contract';
import { addDays, dayIso, monthPeriod, timexDuration, validYear, withPart, yearPeriod, type Ymd } from './calendar';
import {
  buildChrono,
  foundDate as date,
  foundDuration,
  foundRef,
  foundSet,
  type Lean,
  type LanguageHooks,
  type Rule,
  type TenseCues,
} from './core';
import { namedDayRule } from './named-days';
import { monthYear, shiftedPeriod, weekdayDay, weekendFor, type Unit } from './relative';
import { alternation, type UnitTable } from './words';

type Calendar = 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** What the shared families need to know of a language. */
export interface Vocabulary {
  lang: string;
  base: chrono.Chrono;
  /** Number words ('X' for vague amounts: "plusieurs", "einige"). */
  numbers: Record<string, number | 'X'>;
  /** Unit words (every inflected form) and their TimeML codes. */
  units: UnitTable;
  /** Unit words that name a calendar period with "this/last/next", in every form. */
  calendar: Record<string, Calendar>;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  /** Words before a unit or weekday meaning this / the last / the next one ("cette", "letzten", "prossimo"). */
  thisBefore: string[];
  lastBefore: string[];
  nextBefore: string[];
  /** The same words after the unit ("l'année dernière", "la settimana prossima", "o ano passado"). */
  lastAfter: string[];
  nextAfter: string[];
  /** Articles a relative unit may carry in the span ("l'", "la", "il", "o"). */
  articles: string[];
  /** "il y a", "vor", "há": before the amount; "fa", "atrás": after it. */
  agoBefore?: string;
  agoAfter?: string;
  /** Qualifiers TimeML keeps in a duration's span ("plus de", "mehr als", "più di"). */
  qualifiers: string[];
  /** Modifiers of a year or month ("début", "Anfang", "inizio") and the part each means. */
  mods: Record<string, Part>;
  present: string[];
  past: string[];
  future: string[];
  /** Words for "every" before a unit, and adjectives of recurrence with their period ("annuel": P1Y). */
  every: string[];
  recurrence: Record<string, string>;
  /** Phrases that lean on the date talked about ("le lendemain": the day after it). */
  anaphoric: Record<string, [Lean['unit'], number]>;
  /** Words after a number that make it a count, not a year. */
  counts: string[];
  /** Month names are capitalised in this language (German): a capital is no sign of a name then. */
  capitalMonths?: boolean;
  cues: TenseCues;
  leading: RegExp;
  strongTime: RegExp;
}

const YEAR4 = '(?:1[6-9]\\d\\d|20\\d\\d)';
/** Not followed by a letter: `\b` does not see accented letters. */
const END = '(?![\\p{L}\\d])';
const NOT_YEAR_BEFORE = /(?:\$|€|£|#|\bn[º°o]\.?|\bnr\.?|\bradio|\bkanal|\bcanal|[\d.,:/+-])\s*$/iu;

const R = (name: string, on: string, back: number, src: string, fn: Rule['fn']): Rule => ({
  name,
  trigger: on,
  back,
  re: new RegExp(src, 'iud'),
  fn,
});

/**
 * Trigger words as the dispatcher's `\b` sees them: the first part of each phrase that starts with an ASCII
 * letter, without a final accented letter ("há" is found from "h", "lunedì" from "luned").
 */
const triggerOf = (words: Iterable<string>) =>
  alternation(
    [...words]
      .map((w) => (w.split(/[\s'’-]/).find((p) => /^[a-z0-9]/i.test(p)) ?? '').replace(/[^a-z0-9]+$/i, ''))
      .filter(Boolean),
  );

function yearRule(v: Vocabulary): Rule {
  const mods = alternation(Object.keys(v.mods));
  const counts = new RegExp(`^\\s*(?:%|${alternation(v.counts)})(?![\\p{L}])`, 'iu');
  return R(
    'year',
    '1[6-9]\\d\\d|20\\d\\d',
    3,
    `(?:(${mods})\\s+)?(${YEAR4})(?![\\d.,:/]\\d|\\s*[-–]\\s*\\d)`,
    (m, env, i) => {
      const y = Number(m[2]);
      if (!validYear(y)) return null;
      const end = i + m[0].length;
      if (!m[1] && NOT_YEAR_BEFORE.test(env.text.slice(Math.max(0, i - 12), i))) return null;
      if (counts.test(env.text.slice(end, end + 20))) return null;
      return date(withPart(yearPeriod(y), m[1] ? v.mods[m[1].toLowerCase()] : undefined), false);
    },
  );
}

function relativeRule(v: Vocabulary): Rule {
  const units = alternation(Object.keys(v.calendar));
  const before = alternation([...v.thisBefore, ...v.lastBefore, ...v.nextBefore]);
  const after = alternation([...v.lastAfter, ...v.nextAfter]);
  const arts = alternation(v.articles);
  const mods = alternation(Object.keys(v.mods));
  const shift = (w: string | undefined): number | null => {
    if (!w) return null;
    const t = w.toLowerCase();
    if (v.thisBefore.includes(t)) return 0;
    if (v.lastBefore.includes(t) || v.lastAfter.includes(t)) return -1;
    if (v.nextBefore.includes(t) || v.nextAfter.includes(t)) return 1;
    return null;
  };
  return R(
    'relative-unit',
    triggerOf(Object.keys(v.calendar)),
    5,
    `(?:(${mods})\\s+(?:(?:de|des|du|di|del|della|dello|do|da)\\s+)?)?(?:(${arts})\\s*)?(?:(${before})\\s*)?(${units})(?:\\s+(${after}))?${END}`,
    (m, env) => {
      const s = shift(m[3]) ?? shift(m[5]);
      if (s === null || (m[3] && m[5])) return null;
      const unit = v.calendar[m[4]!.toLowerCase()]!;
      const p = unit === 'weekend' && s === 0 ? weekendFor(env.ref, 'future') : shiftedPeriod(env.ref, unit, s);
      return p ? date(withPart(p, m[1] ? v.mods[m[1].toLowerCase()] : undefined), true) : null;
    },
  );
}

function weekdayRule(v: Vocabulary): Rule {
  const days = alternation(Object.keys(v.weekdays));
  const before = alternation([...v.thisBefore, ...v.lastBefore, ...v.nextBefore]);
  const after = alternation([...v.lastAfter, ...v.nextAfter]);
  return R(
    'weekday-relative',
    triggerOf(Object.keys(v.weekdays)),
    2,
    `(?:(${before})\\s+)?(${days})(?:\\s+(${after}))?${END}`,
    (m, env) => {
      const w = (m[1] ?? m[3])?.toLowerCase();
      if (!w) return null;
      const mode = v.thisBefore.includes(w)
        ? 'this'
        : v.lastBefore.includes(w) || v.lastAfter.includes(w)
          ? 'last'
          : 'next';
      const d = weekdayDay(env.ref, v.weekdays[m[2]!.toLowerCase()]!, mode);
      return date({ timex: dayIso(d), value: { start: dayIso(d) } }, true);
    },
  );
}

function monthRule(v: Vocabulary): Rule {
  const months = alternation(Object.keys(v.months));
  const mods = alternation(Object.keys(v.mods));
  return R(
    'month',
    triggerOf(Object.keys(v.months)),
    3,
    `(?:(${mods})\\s+(?:(?:de|des|du|di|del|do|da)\\s+)?)?(${months})(?:\\s+(?:de|del|di|do|of)?\\s*(${YEAR4}))?${END}`,
    (m, env, i) => {
      const raw = m[2]!;
      // A capitalised month inside a sentence is a name ("Mars" the planet, "Marzo" a surname), except in German.
      if (
        !v.capitalMonths &&
        /^\p{Lu}/u.test(raw) &&
        !/(?:^|[.!?\n:"“«]\s*)$/.test(env.text.slice(Math.max(0, i - 3), i))
      )
        return null;
      if (v.capitalMonths && !m[1] && !m[3]) return null; // "August" may be a name: German months need a year or a modifier
      const after = env.text.slice(i + m[0].length, i + m[0].length + 3);
      if (!m[3] && /^\s*\d/.test(after)) return null;
      const mo = v.months[raw.toLowerCase()]!;
      const y = m[3] ? Number(m[3]) : monthYear(env.ref, mo, env.tense(i, i + m[0].length));
      return date(withPart(monthPeriod(y, mo), m[1] ? v.mods[m[1].toLowerCase()] : undefined), !m[3]);
    },
  );
}

function number(v: Vocabulary, s: string): number | 'X' {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return v.numbers[t] ?? 'X';
}

function agoRule(v: Vocabulary): Rule | null {
  if (!v.agoBefore && !v.agoAfter) return null;
  const nums = `(?:\\d{1,3}(?:[.,]\\d+)?|${alternation(Object.keys(v.numbers))})`;
  const units = alternation(Object.keys(v.units));
  const src = v.agoBefore
    ? `(?:${v.agoBefore})\\s+(?:(?:${alternation(v.qualifiers)})\\s+)?(${nums})\\s+(${units})${END}`
    : `(${nums})\\s+(${units})\\s+(?:${v.agoAfter})${END}`;
  const on = v.agoBefore ? triggerOf([v.agoBefore.split('|')[0]!]) : triggerOf(v.agoAfter!.split('|'));
  return R('ago', on, v.agoBefore ? 0 : 3, src, (m, env) => {
    const n = number(v, m[1]!);
    const code = v.units[m[2]!.toLowerCase()];
    if (n === 'X') return foundDuration(timexDuration('X', code ?? 'X'));
    if (!Number.isInteger(n)) return null;
    if (code === 'Y') return date(yearPeriod(env.ref.y - n), true);
    const unit: Unit | null = code === 'M' ? 'month' : code === 'W' ? 'week' : code === 'D' ? 'day' : null;
    const p = unit ? shiftedPeriod(env.ref, unit, -n) : null;
    return p ? date(p, true) : null;
  });
}

function durationRule(v: Vocabulary): Rule {
  const nums = `(?:\\d{1,3}(?:[.,]\\d+)?|${alternation(Object.keys(v.numbers))})`;
  const units = alternation(Object.keys(v.units));
  return R(
    'duration',
    triggerOf(Object.keys(v.units)),
    5,
    `(?:(?:${alternation(v.qualifiers)})\\s+)?(${nums})\\s+(${units})${END}`,
    (m) => {
      const n = number(v, m[1]!);
      return foundDuration(timexDuration(n, v.units[m[2]!.toLowerCase()] ?? 'X'));
    },
  );
}

function refRule(name: string, words: string[], k: 'present-ref' | 'past-ref' | 'future-ref'): Rule | null {
  if (words.length === 0) return null;
  return R(name, triggerOf(words), 3, `(?:${alternation(words)})${END}`, () => foundRef(k));
}

function setRule(v: Vocabulary): Rule {
  const every = alternation(v.every);
  const units = alternation(Object.keys(v.units));
  const days = alternation(Object.keys(v.weekdays));
  const adjectives = alternation(Object.keys(v.recurrence));
  return R(
    'set',
    triggerOf([...v.every, ...Object.keys(v.recurrence)]),
    1,
    `(?:(?:${every})\\s+(${units}|${days})|(${adjectives}))${END}`,
    (m, env, i) => {
      if (m[1]) {
        const w = m[1].toLowerCase();
        if (w in v.weekdays) return foundSet(`XXXX-WXX-${v.weekdays[w]}`);
        return foundSet(timexDuration(1, v.units[w] ?? 'X'));
      }
      // "le quotidien Le Monde", "die Tageszeitung": an adjective of recurrence after an article is the newspaper
      if (/(?:^|\s)(?:le|un|il|o|um|der|die|das)\s+$/i.test(env.text.slice(Math.max(0, i - 5), i))) return null;
      return foundSet(v.recurrence[m[2]!.toLowerCase()]!);
    },
  );
}

function anaphoricRule(v: Vocabulary): Rule | null {
  const phrases = Object.keys(v.anaphoric);
  if (phrases.length === 0) return null;
  return R('anaphoric', triggerOf(phrases), 3, `(?:${alternation(phrases)})${END}`, (m, env) => {
    const key = m[0].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const [unit, shift] = v.anaphoric[key] ?? [];
    if (!unit) return null;
    const say = shift === 0 ? `The same ${unit} as` : `The ${unit} ${shift! > 0 ? 'after' : 'before'}`;
    const d: Ymd = addDays(env.ref, 0);
    return { ...date({ timex: dayIso(d), value: { start: dayIso(d) } }, true), lean: { unit, shift: shift!, say } };
  });
}

/** The shared families of a language as rules (named days included). */
export function familyRules(v: Vocabulary): Rule[] {
  const rules = [
    anaphoricRule(v),
    relativeRule(v),
    weekdayRule(v),
    monthRule(v),
    agoRule(v),
    yearRule(v),
    setRule(v),
    durationRule(v),
    refRule('present-ref', v.present, 'present-ref'),
    refRule('past-ref', v.past, 'past-ref'),
    refRule('future-ref', v.future, 'future-ref'),
    namedDayRule(v.lang),
  ];
  return rules.filter((r): r is Rule => r !== null);
}

/** A language's chrono instance with the shared families on top of chrono's own parser. */
export function familyChrono(v: Vocabulary): chrono.Chrono {
  const hooks: LanguageHooks = {
    cues: v.cues,
    leading: v.leading,
    strongTime: v.strongTime,
    reject(text, start, end) {
      const s = text.slice(start, end);
      // A weekday or month abbreviation alone ("So", "Di", "mar") is a word in running text ("So kam es").
      if (/^\p{L}{1,3}\.?$/u.test(s)) return true;
      return /^\d/.test(s) && NOT_YEAR_BEFORE.test(text.slice(Math.max(0, start - 10), start));
    },
  };
  return buildChrono(v.base, familyRules(v), hooks);
}
