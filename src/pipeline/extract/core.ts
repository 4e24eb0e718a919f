/**
 * The machinery shared by every language: how custom rules become chrono parsers (one dispatching parser
 * per language), how our findings travel past chrono's refiner chain untouched (held aside by a first
 * refiner, keyed by result), and the final refiner that turns chrono's own results into mentions
 * (tense-aware, TimeML spans), resolves document-level anaphora and settles overlaps.
 */
import type * as chrono from 'chrono-node';
import type { DateValue, MentionKind, Timex } from '../../contract';
import {
  addDays,
  dayIso,
  daysInMonth,
  monthIso,
  monthPeriod,
  quarterPeriod,
  validYear,
  weekday,
  yearIso,
  type Period,
  type Ymd,
} from './calendar';

/** What a rule found: everything a mention needs except its text. */
export interface Meta {
  start: number;
  end: number;
  kind: MentionKind;
  type: Timex['type'];
  tv: string;
  value: DateValue | null;
  rel: boolean;
  /** Value depends on an earlier mention in the document ("the quarter", "a year earlier"). */
  anaphor?: 'same-quarter' | 'year-before';
  /** Year named with an anaphoric quarter ("the 1988 period"). */
  anaphorYear?: number;
  /** True for our own rules (they win ties against chrono's generic parsers). */
  custom?: boolean;
  /** What the reader should know about the value: where a named day's date comes from. */
  note?: string;
  /** The value leans on the closest earlier date of the text ("the same day", "two days later"). */
  lean?: Lean;
}

/**
 * A date counted from another date of the same text: `shift` units of `unit` from the anchor (0 for "that
 * day", "the same week"). `need` is the precision the anchor must have; `say` words the relation for the note.
 * `keep`: without an anchor the mention keeps what its rule found ("three days" a duration, "the following
 * year" counted from the publication date); otherwise it is dropped.
 */
export interface Lean {
  unit: 'day' | 'week' | 'month' | 'year';
  shift: number;
  /** A part of the day ("the next morning": MO) or of the period ("later that month"). */
  dayPart?: 'MO' | 'AF' | 'EV' | 'NI';
  part?: 'early' | 'mid' | 'late';
  say: string;
  keep?: boolean;
}

/** Months up to two ahead of the reference are usually upcoming events, even in a sentence reporting the past ("said talks resume in February"). */
const PAST_SLACK = 2;

export type Tense = 'past' | 'future' | 'present';

/** The context a rule sees: the whole text, the reference day and a lazily computed tense. */
export interface Env {
  text: string;
  ref: Ymd;
  tense(start: number, end: number): Tense;
}

export interface TenseCues {
  future: RegExp;
  past: RegExp;
}

const SENTENCE_END = /[.!?\n;]/;

/**
 * The grammatical tense governing a mention: the nearest tense cue (future auxiliary, past-tense or
 * reporting verb) inside the sentence around it, cues before the mention weighing a little more.
 * `present` when there is no cue; callers then fall back to the nearest date or to the past for weekdays.
 */
export function findTense(text: string, start: number, end: number, cues: TenseCues): Tense {
  let a = start;
  const minA = Math.max(0, start - 160);
  while (a > minA && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + 120);
  while (b < maxB && !SENTENCE_END.test(text[b]!)) b++;
  let best: Tense | null = null;
  let bestDist = Infinity;
  const scan = (re: RegExp, t: Tense, from: number, to: number) => {
    const seg = text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) {
      const pos = from + m.index;
      const dist = pos < start ? start - (pos + m[0].length) : pos - end;
      // Cues before the mention govern it a little more often than cues after it.
      const w = pos < start ? dist : dist * 1.5 + 5;
      if (w < bestDist) {
        bestDist = w;
        best = t;
      }
    }
  };
  scan(cues.future, 'future', a, start);
  scan(cues.future, 'future', end, b);
  scan(cues.past, 'past', a, start);
  scan(cues.past, 'past', end, b);
  return best ?? 'present';
}

export type RuleFn = (
  m: RegExpExecArray,
  env: Env,
  index: number,
) => (Omit<Meta, 'start' | 'end'> & { start?: number; end?: number }) | null;

export interface Rule {
  name: string;
  /** The whole expression, matched from the expression's first word (compiled once). */
  re: RegExp;
  fn: RuleFn;
  /**
   * The word the expression cannot do without ("quarter", a unit, a month name). Rules with a trigger are
   * run by one dispatching parser: a single scan for all triggers, then each rule tried from the few word
   * starts just before the trigger. That is several times faster than one full-text scan per rule.
   */
  trigger?: string;
  /** How many words before the trigger the expression may start (default 7). */
  back?: number;
}

/** Our findings travel on the chrono results they belong to (chrono does not clone results before the first refiner). */
const META = new WeakMap<chrono.ParsingResult, Meta>();

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function envOf(context: chrono.ParsingContext, cues: TenseCues): Env {
  const t = context.reference.instant;
  const ref = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  const text = context.text;
  return { text, ref, tense: (s, e) => findTense(text, s, e, cues) };
}

/** A custom rule as a chrono parser: the regex finds candidates, the rule function normalises or rejects them. */
export function ruleParser(rule: Rule, cues: TenseCues): chrono.Parser {
  const envs = new WeakMap<chrono.ParsingContext, Env>();
  return {
    pattern: () => rule.re,
    extract(context, match) {
      const i = match.index ?? 0;
      const text = context.text;
      const endI = i + match[0].length;
      // chrono re-runs the pattern on the rest of the text, so word boundaries are checked on the full text.
      if (i > 0 && WORD_CHAR.test(text[i - 1]!)) return null;
      if (endI < text.length && WORD_CHAR.test(text[endI]!) && WORD_CHAR.test(text[endI - 1]!)) return null;
      let env = envs.get(context);
      if (!env) envs.set(context, (env = envOf(context, cues)));
      let found: ReturnType<RuleFn>;
      try {
        found = rule.fn(match as RegExpExecArray, env, i);
      } catch {
        // A rule that cannot normalise a candidate skips it; the text as a whole is still extracted.
        found = null;
      }
      if (!found) return null;
      const meta: Meta = { ...found, start: found.start ?? i, end: found.end ?? endI, custom: true };
      const result = context.createParsingResult(i, match[0]);
      META.set(result, meta);
      return result;
    },
  };
}

/** Split a regex source at its top-level `|` (outside groups and classes). */
function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      cur += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;

/** How many words before a trigger an expression may start ("more than twenty four years ago"). */
const WORDS_BACK = 7;

/** Rules with triggers as one chrono parser: one scan for every trigger, then the rules tried around each hit. */
export function dispatchParser(rules: Rule[], cues: TenseCues): chrono.Parser {
  const withTrigger = rules.filter((r) => r.trigger);
  // One scan for all triggers: the distinct alternatives of every rule's trigger, longest first, between word boundaries.
  const alts = [...new Set(withTrigger.flatMap((r) => splitTop(r.trigger!)))].sort((a, b) => b.length - a.length);
  const any = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i');
  const triggers = withTrigger.map((r) => new RegExp(`^(?:${r.trigger})$`, r.re.flags.includes('i') ? 'i' : ''));
  // Which rules a trigger word starts: computed once per distinct word, not once per hit.
  const rulesOf = new Map<string, number[]>();
  const rulesFor = (word: string) => {
    let ks = rulesOf.get(word);
    if (!ks) {
      ks = [];
      for (let k = 0; k < triggers.length; k++) if (triggers[k]!.test(word)) ks.push(k);
      if (rulesOf.size < 5000) rulesOf.set(word, ks);
    }
    return ks;
  };
  const full = withTrigger.map((r) => new RegExp(r.re.source, r.re.flags.replace(/[gy]/g, '') + 'y'));
  const envs = new WeakMap<chrono.ParsingContext, Env>();
  return {
    pattern: () => any,
    extract(context, match) {
      const p = match.index ?? 0;
      const text = context.text;
      if (p > 0 && WORD_CHAR.test(text[p - 1]!) && WORD_CHAR.test(text[p]!)) return null;
      // Word starts at and before the trigger, nearest first.
      const starts: number[] = [p];
      for (let j = p - 1; j >= 0 && starts.length <= WORDS_BACK && p - j < 80; j--) {
        if (
          !isSpace(text.charCodeAt(j)) &&
          (j === 0 ||
            isSpace(text.charCodeAt(j - 1)) ||
            text[j - 1] === '(' ||
            text[j - 1] === '“' ||
            text[j - 1] === '"')
        )
          starts.push(j);
      }
      interface Cand {
        k: number;
        s: number;
        m: RegExpExecArray;
      }
      const cands: Cand[] = [];
      for (const k of rulesFor(match[0])) {
        const re = full[k]!;
        const back = withTrigger[k]!.back ?? WORDS_BACK;
        for (let b = 0; b < starts.length && b <= back; b++) {
          const s = starts[b]!;
          if (s > 0 && WORD_CHAR.test(text[s - 1]!)) continue;
          re.lastIndex = s;
          const m = re.exec(text);
          if (!m || s + m[0].length <= p) continue;
          const e = s + m[0].length;
          if (e < text.length && WORD_CHAR.test(text[e]!) && WORD_CHAR.test(text[e - 1]!)) continue;
          cands.push({ k, s, m });
        }
      }
      if (cands.length === 0) return null;
      // Longest expression first; among equals, the rule listed first.
      cands.sort((a, b) => b.m[0].length - a.m[0].length || a.k - b.k || a.s - b.s);
      let env = envs.get(context);
      if (!env) envs.set(context, (env = envOf(context, cues)));
      for (const c of cands) {
        let found: ReturnType<RuleFn>;
        try {
          // The rule functions see the match as chrono would give it: `index` is the absolute start.
          c.m.index = c.s;
          found = withTrigger[c.k]!.fn(c.m, env, c.s);
        } catch {
          found = null;
        }
        if (!found) continue;
        const end = c.s + c.m[0].length;
        const meta: Meta = { ...found, start: found.start ?? c.s, end: found.end ?? end, custom: true };
        const result = context.createParsingResult(c.s, c.m[0]);
        META.set(result, meta);
        return result;
      }
      return null;
    },
  };
}

function metaOf(r: chrono.ParsingResult): Meta | null {
  return META.get(r) ?? null;
}

/**
 * Our rules' results are taken out of chrono's refiner chain at its start (chrono's merging and filtering
 * refiners know nothing of durations or quarters) and put back by the final refiner.
 */
export function stashRefiner(stash: WeakMap<chrono.ParsingContext, Meta[]>): chrono.Refiner {
  return {
    refine(context, results) {
      const mine: Meta[] = [];
      const rest: chrono.ParsingResult[] = [];
      for (const r of results) {
        const m = metaOf(r);
        if (m) mine.push(m);
        else rest.push(r);
      }
      stash.set(context, mine);
      return rest;
    },
  };
}

export interface LanguageHooks {
  cues: TenseCues;
  /** Words that may precede a date but are not part of a TimeML span ("on", "in", "op"). */
  leading: RegExp;
  /**
   * An article just before a chrono date that TimeML keeps in the span (Spanish "el 5 de mayo", "del
   * sábado"): group 1 is the part to take in.
   */
  article?: RegExp;
  /** Text around a chrono result that shows it is not a date (station names, scores, counters). */
  reject?: (text: string, start: number, end: number) => boolean;
  /** chrono results matching this are relative to another event, not to the reference: dropped. */
  anchored?: RegExp;
  /** A time of day is believed only with one of these in the span (a colon, "a.m.", "noon"), else dropped. */
  strongTime?: RegExp;
  /** chrono refiners (by class name) this language does without. */
  dropRefiners?: string[];
  /** chrono parsers (by class name) our rules replace: their results would be dropped anyway, so they are not run. */
  dropParsers?: string[];
}

/**
 * How far from the tense-chosen year a weekday written with a day may move it: "mardi 5 mai" in a page
 * of 2020 is 5 May 2015, the last year in which 5 May was a Tuesday; beyond six years every weekday recurs.
 */
const WEEKDAY_YEAR_REACH = 6;

/** The year nearest to `day`'s (earlier first) in which that day falls on the weekday written (0 = Sunday). */
function weekdayYear(day: Ymd, wd: number): number {
  const target = wd === 0 ? 7 : wd;
  for (let k = 0; k <= WEEKDAY_YEAR_REACH; k++) {
    for (const y of [day.y - k, day.y + k]) {
      if (day.m === 2 && day.d === 29 && daysInMonth(y, 2) < 29) continue;
      if (weekday({ y, m: day.m, d: day.d }) === target) return y;
    }
  }
  return day.y;
}

/** Punctuation and spaces a mention does not end with. */
const TRAILING = /[\s,.;:!?()[\]"'“”‘’–—-]+$/u;

/** Where the first opening bracket of `s` that is never closed stands, or -1. */
function unclosedBracket(s: string): number {
  const opens: number[] = [];
  for (let k = 0; k < s.length; k++) {
    if (s[k] === '(') opens.push(k);
    else if (s[k] === ')') opens.pop();
  }
  return opens.length ? opens[0]! : -1;
}

/** chrono's own result as a mention: value at the precision chrono is certain of, tense-aware when the year is implied. */
function convertChrono(r: chrono.ParsingResult, env: Env, hooks: LanguageHooks): Meta | null {
  let start = r.index;
  let end = r.index + r.text.length;
  let s = env.text.slice(start, end);
  const lead = s.match(hooks.leading);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  // A date does not run over a sentence end ("last year. This quarter" is two expressions).
  // Only after a lower-case word: "6. Februar" (German ordinal) and "Jan. 27" (abbreviation) do not end anything.
  const stop = /[.!?]\s+(?=[A-Z"“])/.exec(s);
  if (
    stop &&
    stop.index > 0 &&
    /(?:^|[^\p{L}])\p{Ll}{2,}$/u.test(s.slice(0, stop.index)) &&
    !/\b[ap]\.m$/.test(s.slice(0, stop.index))
  ) {
    end = start + stop.index;
    s = s.slice(0, stop.index);
  }
  // A full date ends at its year: a capitalised word after it starts a new sentence or heading
  // ("Wednesday, 29 April 2009 This week": two expressions).
  const afterYear = /\b\d{4}(?=\s+\p{Lu}\p{Ll})/u.exec(s);
  if (afterYear && /\p{L}/u.test(s.slice(0, afterYear.index))) {
    end = start + afterYear.index + 4;
    s = s.slice(0, afterYear.index + 4);
  }
  const dangling = s.match(/\s+(?:of|at|on|in|to|and)$/i); // "March of", "Jan. 1, 1990 at"
  if (dangling) {
    end -= dangling[0].length;
    s = s.slice(0, s.length - dangling[0].length);
  }
  const trail = s.match(TRAILING);
  if (trail) end -= trail[0].length;
  // A mention does not take in an opening bracket without its closing one ("this afternoon (Friday)").
  const open = unclosedBracket(env.text.slice(start, end));
  if (open > 0) end = start + open - (env.text.slice(start, start + open).match(TRAILING)?.[0].length ?? 0);
  // "6:32 p.m." keeps its dot, unless that dot also ends a sentence running on ("at 10 p.m. The …")
  if (
    /\b[ap]\.m$/i.test(env.text.slice(start, end)) &&
    env.text[end] === '.' &&
    !/^\.(?:[ \t]+[A-Z"“]|$)/.test(env.text.slice(end, end + 3))
  )
    end++;
  s = env.text.slice(start, end);
  const lead2 = s.match(/^[\s,.;:!?()[\]"'“”‘’–—-]+/u);
  if (lead2) start += lead2[0].length;
  if (end <= start) return null;
  if (/^\d+([.,:]\d+)?$/.test(env.text.slice(start, end))) return null;
  if (hooks.reject?.(env.text, start, end)) return null;
  // Expressions anchored on another event ("within a week", "three days later", "90 days after") are
  // durations in TimeML; the duration rules mark the amount itself.
  if (hooks.anchored?.test(env.text.slice(start, end))) return null;

  const c = r.start;
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (y === null || mo === null || d === null || !validYear(y)) return null;
  const certain = (k: chrono.Component) => c.isCertain(k);
  let rel = !certain('year');
  let day: Ymd = { y, m: mo, d };
  let value: DateValue;
  let tv: string;
  let type: Timex['type'] = 'DATE';

  if (certain('weekday') && !certain('day') && !certain('month')) {
    // A bare weekday: past-tense reporting means the last one (today included), future the next one.
    const wd = c.get('weekday') ?? 0;
    const target = wd === 0 ? 7 : wd;
    const refW = weekday(env.ref);
    const tense = env.tense(start, end);
    const back = (refW - target + 7) % 7;
    const fwd = (target - refW + 7) % 7;
    day = tense === 'future' ? addDays(env.ref, fwd) : addDays(env.ref, -back);
    rel = true;
    value = { start: dayIso(day) };
    tv = dayIso(day);
  } else if (certain('month') && !certain('day')) {
    let yy = y;
    if (!certain('year')) {
      const tense = env.tense(start, end);
      if (tense === 'past' && mo > env.ref.m + PAST_SLACK) yy = env.ref.y - 1;
      else if (tense === 'future' && mo < env.ref.m) yy = env.ref.y + 1;
      else if (tense !== 'present') yy = env.ref.y;
    }
    const p = monthPeriod(yy, mo);
    value = p.value;
    tv = p.timex;
  } else if (certain('day') || certain('weekday')) {
    if (certain('month') && !certain('year')) {
      // "Aug. 6" in past-tense reporting is the last Aug. 6; in future tense the next one.
      const tense = env.tense(start, end);
      const refKey = env.ref.m * 100 + env.ref.d;
      const key = mo * 100 + d;
      let yy: number;
      if (tense === 'past') yy = key <= refKey + PAST_SLACK * 100 ? env.ref.y : env.ref.y - 1;
      else if (tense === 'future') yy = key >= refKey ? env.ref.y : env.ref.y + 1;
      else yy = y;
      day = { y: yy, m: mo, d };
      if (certain('weekday')) day = { y: weekdayYear(day, c.get('weekday') ?? 0), m: mo, d };
    }
    value = { start: dayIso(day) };
    tv = dayIso(day);
  } else if (certain('year')) {
    value = { start: yearIso(y) };
    tv = yearIso(y);
  } else {
    // "today", "tomorrow": chrono implies everything from the reference.
    value = { start: dayIso(day) };
    tv = dayIso(day);
  }
  if (certain('hour') && hooks.strongTime && !hooks.strongTime.test(env.text.slice(start, end))) {
    // "500 a share", "12 3/4", "at 1": numbers chrono read as clock times. Keep the date part if any.
    const cut =
      /^(.*?\D)[,\s]+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?$/.exec(env.text.slice(start, end)) ??
      /^(.*?\D)[,\s]+at$/.exec(env.text.slice(start, end));
    if (!certain('day') && !certain('weekday') && !certain('month')) return null;
    if (cut) end = start + cut[1]!.length;
    else {
      const lead = /^\d{1,2}(?:[.:]\d\d)?,?\s*(?:on\s+)?/.exec(env.text.slice(start, end));
      if (!lead) return null;
      start += lead[0].length;
    }
    if (end <= start) return null;
  } else if (certain('hour') && value.start.length === 10) {
    const h = c.get('hour') ?? 0;
    const mi = c.get('minute') ?? 0;
    type = 'TIME';
    tv = `${value.start}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  }
  if (r.end) {
    const e = r.end;
    const ey = e.get('year');
    const em = e.get('month');
    const ed = e.get('day');
    if (ey !== null && em !== null && ed !== null && validYear(ey)) {
      let eyy = ey;
      if (!e.isCertain('year')) {
        // chrono implies the end's year on its own; it belongs with the start's year as resolved above
        // ("will be held from July 6th to 22nd" is one July), or the next one when the range wraps
        // ("December 28 to January 3").
        const sy = Number(value.start.slice(0, 4));
        const startKey =
          value.start.length >= 7
            ? Number(value.start.slice(5, 7)) * 100 + (value.start.length === 10 ? Number(value.start.slice(8, 10)) : 0)
            : 0;
        const endKey = value.start.length >= 7 ? em * 100 + (value.start.length === 10 ? ed : 0) : 0;
        eyy = endKey < startKey ? sy + 1 : sy;
      }
      const endIso =
        value.start.length === 10
          ? dayIso({ y: eyy, m: em, d: ed })
          : value.start.length === 7
            ? monthIso(eyy, em)
            : yearIso(eyy);
      if (endIso > value.start) value = { start: value.start, end: endIso };
    }
  }
  // The span may have moved (a clock time cut off): check it again.
  if (hooks.reject?.(env.text, start, end)) return null;
  const article = hooks.article?.exec(env.text.slice(Math.max(0, start - 6), start));
  if (article) start -= article[1]!.length;
  return { start, end, kind: 'date', type, tv, value, rel };
}

const ISO = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/** Document-level resolution: "the quarter" is the last quarter talked about, "a year earlier" a year before it. */
function resolveAnaphora(metas: Meta[], ref: Ymd): Meta[] {
  let lastQuarter: [number, number] | null = null;
  const lastCompleted = ref.y * 4 + Math.floor((ref.m - 1) / 3);
  const out: Meta[] = [];
  for (const m of metas) {
    out.push(m);
    if (m.anaphor === 'same-quarter' || m.anaphor === 'year-before') {
      if (lastQuarter) {
        const [y, q] = lastQuarter;
        const p = quarterPeriod(m.anaphorYear ?? (m.anaphor === 'year-before' ? y - 1 : y), q);
        m.tv = p.timex;
        m.value = p.value;
        m.type = 'DATE';
        m.kind = 'date';
        if (m.anaphor === 'year-before') continue; // the topic stays the quarter being reported
      } else if (m.tv === '') {
        out.pop(); // "the period" with nothing to refer to
        continue;
      }
    }
    // The quarter being reported is a completed one: a forecast for the current or a later quarter
    // ("fourth-quarter outlook") does not become what "the quarter" refers to.
    const q = /^(\d{4})-Q([1-4])$/.exec(m.tv);
    if (q && Number(q[1]) * 4 + Number(q[2]) <= lastCompleted) lastQuarter = [Number(q[1]), Number(q[2])];
  }
  return out;
}

/** The last refiner: converts, merges our stashed findings back in and keeps the best of overlapping mentions. */
export function finalRefiner(stash: WeakMap<chrono.ParsingContext, Meta[]>, hooks: LanguageHooks): chrono.Refiner {
  return {
    refine(context, results) {
      const env = envOf(context, hooks.cues);
      // Arithmetic near the ends of the calendar ("next year" in 9999) can leave four-digit years: such claims are dropped.
      const metas: Meta[] = (stash.get(context) ?? []).filter(
        (m) => !m.value || (ISO.test(m.value.start) && (!m.value.end || ISO.test(m.value.end))),
      );
      for (const r of results) {
        const m = convertChrono(r, env, hooks);
        if (m) metas.push(m);
      }
      metas.sort((a, b) => a.start - b.start || b.end - a.end || Number(!!b.custom) - Number(!!a.custom));
      const kept: Meta[] = [];
      for (const m of metas) {
        const prev = kept[kept.length - 1];
        if (prev && m.start < prev.end) {
          const lp = prev.end - prev.start;
          const lm = m.end - m.start;
          if (lm > lp || (lm === lp && m.custom && !prev.custom)) kept[kept.length - 1] = m;
          continue;
        }
        kept.push(m);
      }
      return resolveAnaphora(kept, env.ref).map((m) => {
        const r = context.createParsingResult(m.start, context.text.slice(m.start, m.end));
        META.set(r, m);
        return r;
      });
    },
  };
}

export function resultMeta(r: chrono.ParsedResult): Meta | null {
  return META.get(r as chrono.ParsingResult) ?? null;
}

/** Build a configured chrono instance: our rules first (they win ties), chrono's own parsers after. */
export function buildChrono(base: chrono.Chrono, rules: Rule[], hooks: LanguageHooks): chrono.Chrono {
  const c = base.clone();
  const stash = new WeakMap<chrono.ParsingContext, Meta[]>();
  const own = rules.filter((r) => !r.trigger).map((r) => ruleParser(r, hooks.cues));
  if (rules.some((r) => r.trigger)) own.unshift(dispatchParser(rules, hooks.cues));
  c.parsers.unshift(...own);
  if (hooks.dropRefiners) c.refiners = c.refiners.filter((r) => !hooks.dropRefiners!.includes(r.constructor.name));
  if (hooks.dropParsers) c.parsers = c.parsers.filter((p) => !hooks.dropParsers!.includes(p.constructor.name));
  c.refiners.unshift(stashRefiner(stash));
  c.refiners.push(finalRefiner(stash, hooks));
  return c;
}

/** What a rule finds, before its offsets are fixed. */
export type Found = Omit<Meta, 'start' | 'end'> & { start?: number; end?: number };

/** Builders for what rules find, the same in every language. */
export const foundDate = (p: Period, rel: boolean): Found => ({
  kind: 'date',
  type: 'DATE',
  tv: p.timex,
  value: p.value,
  rel,
});
export const foundDuration = (tv: string): Found => ({
  kind: 'duration',
  type: 'DURATION',
  tv,
  value: null,
  rel: false,
});
export const foundSet = (tv: string): Found => ({ kind: 'set', type: 'SET', tv, value: null, rel: false });
export const foundRef = (k: 'present-ref' | 'past-ref' | 'future-ref'): Found => ({
  kind: k,
  type: 'DATE',
  tv: k === 'present-ref' ? 'PRESENT_REF' : k === 'past-ref' ? 'PAST_REF' : 'FUTURE_REF',
  value: null,
  rel: true,
});
