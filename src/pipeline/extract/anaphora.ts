/**
 * Dates that lean on other dates: "the same day", "two days later", "the following week", "later that
 * month" (and their counterparts in every language) mean a day counted from the date the text is talking
 * about, not from the publication date. Each such mention is resolved against the closest earlier date of
 * the same text that is precise enough, within ANCHOR_REACH characters; it then names that date as its
 * anchor. Without one it keeps what its rule found (a duration for "three days later") or is dropped.
 */
import { addDays, addMonths, dayIso, monthPeriod, weekPeriod, withPart, yearPeriod, type Ymd } from './calendar';
import type { Lean } from './core';
import type { FoundMention } from './index';

/**
 * How far back the anchor may lie: about the previous ten sentences of news prose. Farther back the text
 * has usually moved on to another date, and the closest date is no longer the one meant.
 */
export const ANCHOR_REACH = 1500;

/** Precision an anchor needs for each unit: a day for days and weeks, a month for months, a year for years. */
const NEED: Record<Lean['unit'], number> = { day: 10, week: 10, month: 7, year: 4 };

const ymd = (iso: string): Ymd => ({
  y: Number(iso.slice(0, 4)),
  m: Number(iso.slice(5, 7) || 1),
  d: Number(iso.slice(8, 10) || 1),
});

function anchorOf(out: FoundMention[], k: number, need: number): FoundMention | null {
  const m = out[k]!;
  for (let j = k - 1; j >= 0; j--) {
    const a = out[j]!;
    if (m.start - a.end > ANCHOR_REACH) return null;
    if (a.kind !== 'date' || !a.value || a.end > m.start) continue;
    // A date written as a range does not say which of its days is meant.
    if (a.value.end || a.value.part || a.value.start.length < need) continue;
    return a;
  }
  return null;
}

/** The mention's date counted from the anchor's. */
function shifted(anchor: FoundMention, lean: Lean): Pick<FoundMention, 'value' | 'timex'> {
  const at = ymd(anchor.value!.start);
  if (lean.unit === 'day') {
    const iso = dayIso(addDays(at, lean.shift));
    // TimeBank dates "the next morning" and "that night" to the day; afternoons and evenings are times.
    if (lean.dayPart === 'AF' || lean.dayPart === 'EV')
      return { value: { start: iso }, timex: { type: 'TIME', value: `${iso}T${lean.dayPart}` } };
    return { value: { start: iso }, timex: { type: 'DATE', value: iso } };
  }
  const p =
    lean.unit === 'week'
      ? weekPeriod(addDays(at, 7 * lean.shift))
      : lean.unit === 'month'
        ? monthPeriod(...addMonths(at.y, at.m, lean.shift))
        : yearPeriod(at.y + lean.shift);
  const q = withPart(p, lean.part);
  return { value: q.value, timex: { type: 'DATE', value: p.timex } };
}

/**
 * Resolve the leaning mentions of one text, in text order (so "the next day" after "two days later"
 * counts from the day that one resolved to). `leans[k]` belongs to `found[k]`.
 */
export function resolveLeans(found: FoundMention[], leans: (Lean | undefined)[]): FoundMention[] {
  const out: FoundMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const lean = leans[k];
    if (!lean) {
      out.push(m);
      continue;
    }
    out.push(m);
    const anchor = anchorOf(out, out.length - 1, NEED[lean.unit]);
    if (!anchor) {
      if (!lean.keep) out.pop();
      continue;
    }
    const { value, timex } = shifted(anchor, lean);
    out[out.length - 1] = {
      ...m,
      kind: 'date',
      value,
      // TimeML marks the amount of "three days later" as a duration: that stays its TimeML reading.
      timex: m.timex.type === 'DURATION' ? m.timex : timex,
      relative: true,
      anchor: { start: anchor.start, end: anchor.end },
      note: `${lean.say} "${anchor.text}", the closest date before it.`,
    };
  }
  return out;
}
