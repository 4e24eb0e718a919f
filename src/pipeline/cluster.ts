/**
 * Events from mentions: mentions of the same happening across articles become one event; different
 * happenings on the same date stay apart.
 *
 * Candidates are blocked by date (an index of events by month), never compared all against all. Within a
 * block a mention joins the event whose evidence is most like its own words (stems of the narrow and wide
 * window, weighted by rarity). Precise claims are placed first; a less precise claim ("this month") joins
 * a more precise compatible event only when it clearly matches one, and otherwise stands as its own event
 * at its own precision. A relative claim whose date fits no event but whose words clearly name an event of
 * the same article with another date ("the upcoming Winter Olympics in December") is kept as disagreeing
 * evidence of that event, which is then flagged `conflict`.
 */
import type { DateValue, Span } from '../contract';
import { dateInWords, valueBoundsMs, valueKey, valuePrecision } from '../contract';
import { bagVector, containment, cosine, narrowVector, norm, type Vec, type WordBag } from './features';

export interface ClusterInput {
  /** Position of the mention in the corpus-wide mention list (the caller's key). */
  key: number;
  articleIndex: number;
  mentionId: string;
  start: number;
  sentence: Span;
  value: DateValue;
  /** The value depends on the publication date (only such claims can be a misdated report of an event). */
  relative: boolean;
  /** Names of the mention's article (shared by all its mentions): tells whether two articles tell the same story. */
  storyNames?: ReadonlySet<string>;
  bag: WordBag;
}

export interface ClusterEvent {
  /** Keys of the mentions that agree with the event's date (in key order). */
  members: number[];
  /** Keys of mentions about the same thing that give another date. */
  conflicts: number[];
  value: DateValue;
  /** Key of the mention the event's id comes from. */
  anchor: number;
}

export interface ClusterResult {
  events: ClusterEvent[];
  /** Notes for particular mentions (e.g. a disagreeing date). */
  notes: Map<number, string>;
}

/** Thresholds on cosine similarity, tuned on the seeds and small cases (see tests/pipeline/cluster.test.ts). */
export const JOIN_SAME_DATE = 0.1;
export const JOIN_SAME_ARTICLE = 0.25;
export const JOIN_LESS_PRECISE = 0.25;
/** A vague claim that matches several precise events alike joins a claim of the same value at this lower bar ("the shootings this month"). */
export const JOIN_EQUAL_VALUE = 0.125;
export const CLEAR_MARGIN = 1.5;
/** Share of the words next to a lone claim's date that must name the other event for a disagreement. */
export const CONFLICT_NARROW = 0.4;
export const CONFLICT_DAY = 0.75;
const START_BONUS = 0.2;
/** Names two articles must share to count as reports of the same story. */
const SAME_STORY_NAMES = 3;
/** Cap on the events compared in one date block: beyond it only the most recent are tried (keeps it linear). */
const MAX_BLOCK = 400;

interface Item {
  input: ClusterInput;
  tier: number;
  lo: number;
  hi: number;
  key: string;
  vec: Vec;
  vnorm: number;
  narrow: Vec;
  nnorm: number;
}

/** An event's evidence from one article, kept summed so the same-article rule costs no rescan. */
interface ArticleShare {
  items: Item[];
  vec: Vec;
  sq: number;
  /** `sentence start|value key` of the members: the same date twice in one sentence. */
  sentences: Set<string>;
}

interface Ev {
  id: number;
  /** Members by article, for the same-article rule without scanning every member. */
  byArticle: Map<number, ArticleShare>;
  vsq: number;
  nsq: number;
  value: DateValue;
  key: string;
  lo: number;
  hi: number;
  tier: number;
  members: Item[];
  conflicts: Item[];
  vec: Vec;
  vnorm: number;
  narrow: Vec;
  nnorm: number;
}

/** How precise a claim is: day ranges, days, parts of months, months, anything coarser. */
function tierOf(v: DateValue): number {
  const p = valuePrecision(v);
  if (p === 'day') return v.end !== undefined && v.end !== v.start ? 0 : 1;
  if (p === 'month') return v.part || v.end !== undefined ? 2 : 3;
  return 4;
}

function monthKeys(lo: number, hi: number): string[] {
  const out: string[] = [];
  const d = new Date(lo);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  for (let i = 0; i < 24; i++) {
    const t = new Date(0);
    t.setUTCFullYear(y, m, 1);
    if (t.getTime() >= hi) break;
    out.push(`${y}-${m}`);
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return out;
}

export function cluster(inputs: ClusterInput[]): ClusterResult {
  // Rarity of a stem across all placeable mentions' windows.
  const df = new Map<string, number>();
  for (const i of inputs) {
    for (const s of new Set([...i.bag.narrow, ...i.bag.wide])) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = inputs.length;
  const idf = (s: string) => Math.log((n + 1) / ((df.get(s) ?? 0) + 0.5));

  const items: Item[] = inputs.map((input) => {
    const [lo, hi] = valueBoundsMs(input.value);
    const vec = bagVector(input.bag, idf);
    const narrow = narrowVector(input.bag, idf);
    return {
      input,
      tier: tierOf(input.value),
      lo,
      hi,
      key: valueKey(input.value),
      vec,
      vnorm: norm(vec),
      narrow,
      nnorm: norm(narrow),
    };
  });
  items.sort((a, b) => a.tier - b.tier || a.lo - b.lo || a.hi - b.hi || a.input.key - b.input.key);

  const events: Ev[] = [];
  const byMonth = new Map<string, Ev[]>();
  /** Within a month, the events whose evidence uses a stem: a vague claim only meets events it shares words with. */
  const byMonthStem = new Map<string, Map<string, Ev[]>>();
  const monthsOf = new Map<Ev, string[]>();
  const byKey = new Map<string, Ev[]>();
  const byRangeEdge = new Map<string, Ev[]>();
  const push = (m: Map<string, Ev[]>, k: string, ev: Ev) => {
    const list = m.get(k);
    if (list) list.push(ev);
    else m.set(k, [ev]);
  };
  const notes = new Map<number, string>();

  const newEvent = (it: Item): Ev => {
    const ev: Ev = {
      id: events.length,
      byArticle: new Map(),
      vsq: 0,
      nsq: 0,
      value: it.input.value,
      key: it.key,
      lo: it.lo,
      hi: it.hi,
      tier: it.tier,
      members: [],
      conflicts: [],
      vec: new Map(),
      vnorm: 0,
      narrow: new Map(),
      nnorm: 0,
    };
    events.push(ev);
    if (it.tier <= 1) {
      push(byKey, it.key, ev);
      if (it.tier === 0) {
        push(byRangeEdge, it.input.value.start, ev);
        if (it.input.value.end) push(byRangeEdge, it.input.value.end, ev);
      }
    }
    const months = monthKeys(it.lo, it.hi);
    monthsOf.set(ev, months);
    for (const k of months) push(byMonth, k, ev);
    return ev;
  };
  /** Add `v` into `target`, returning the new sum of squares (kept incrementally: big events stay cheap). */
  const addSq = (target: Vec, v: Vec, sq: number): number => {
    for (const [k, w] of v) {
      const old = target.get(k) ?? 0;
      target.set(k, old + w);
      sq += (old + w) * (old + w) - old * old;
    }
    return sq;
  };
  const join = (ev: Ev, it: Item) => {
    // Index the new words of the event under its months (only stems the event did not have yet).
    for (const k of monthsOf.get(ev)!) {
      let stems = byMonthStem.get(k);
      if (!stems) byMonthStem.set(k, (stems = new Map()));
      for (const stem of it.vec.keys()) {
        if (ev.vec.has(stem)) continue;
        const list = stems.get(stem);
        if (list) list.push(ev);
        else stems.set(stem, [ev]);
      }
    }
    ev.members.push(it);
    let share = ev.byArticle.get(it.input.articleIndex);
    if (!share)
      ev.byArticle.set(it.input.articleIndex, (share = { items: [], vec: new Map(), sq: 0, sentences: new Set() }));
    share.items.push(it);
    share.sq = addSq(share.vec, it.vec, share.sq);
    share.sentences.add(`${it.input.sentence.start}|${it.key}`);
    ev.vsq = addSq(ev.vec, it.vec, ev.vsq);
    ev.vnorm = Math.sqrt(Math.max(0, ev.vsq));
    ev.nsq = addSq(ev.narrow, it.narrow, ev.nsq);
    ev.nnorm = Math.sqrt(Math.max(0, ev.nsq));
  };
  const candidates = (it: Item): Ev[] => {
    const seen = new Set<Ev>();
    const take = (list: Ev[] | undefined) => {
      if (!list) return;
      for (const ev of list.length > MAX_BLOCK ? list.slice(-MAX_BLOCK) : list) seen.add(ev);
    };
    if (it.tier <= 1) {
      // A precise claim can only join an event of the same date, or a range that starts or ends on its day.
      take(byKey.get(it.key));
      if (it.tier === 1) take(byRangeEdge.get(it.input.value.start));
    } else {
      // Events of the claim's period that share a word with it (any other would score 0), plus those of the
      // same value (a claim of the same month may join at a lower bar, but still needs shared words).
      for (const k of monthKeys(it.lo, it.hi)) {
        const stems = byMonthStem.get(k);
        if (!stems) continue;
        for (const stem of it.vec.keys()) take(stems.get(stem));
      }
    }
    return [...seen].sort((a, b) => a.id - b.id);
  };

  /** True when the item's article shares enough names with one of the first articles of the event. */
  const sameStory = (it: Item, ev: Ev): boolean => {
    const mine = it.input.storyNames;
    if (!mine) return false;
    let checked = 0;
    for (const [article, share] of ev.byArticle) {
      if (article === it.input.articleIndex) return true;
      const theirs = share.items[0]!.input.storyNames;
      if (theirs) {
        let shared = 0;
        for (const n of mine) if (theirs.has(n) && ++shared >= SAME_STORY_NAMES) return true;
      }
      if (++checked >= 10) break;
    }
    return false;
  };

  /** Similarity of an item to an event, or -1 when the same article's evidence says it is another happening. */
  const score = (it: Item, ev: Ev, precise: boolean): number => {
    const own = ev.byArticle.get(it.input.articleIndex);
    if (own?.sentences.has(`${it.input.sentence.start}|${it.key}`)) return 1; // the same date twice in one sentence
    // A vaguer claim must name what the event is about right next to its date ("next month's Games").
    const s = precise
      ? cosine(it.vec, it.vnorm, ev.vec, ev.vnorm)
      : Math.max(containment(it.narrow, ev.vec), containment(it.vec, ev.vec));
    // The same article naming the same date again, in another sentence, is another happening unless the words say otherwise.
    if (precise && own && cosine(it.vec, it.vnorm, own.vec, Math.sqrt(Math.max(0, own.sq))) < JOIN_SAME_ARTICLE)
      return -1;
    return s;
  };

  for (const it of items) {
    const precise = it.tier <= 1;
    let best: Ev | null = null;
    let bestScore = 0;
    let second = 0;
    let equalBest: Ev | null = null;
    let equalScore = 0;
    for (const ev of candidates(it)) {
      let compatible = false;
      let bonus = 0;
      if (ev.key === it.key) compatible = true;
      else if (precise) {
        // A day that is the first (or last) day of a range event, said with "begins"/"opens" (or "ends").
        // Only within the same story: "the strike begins on 6 February" is not the Games opening that day.
        if (it.tier === 1 && ev.tier === 0 && sameStory(it, ev)) {
          const startsIt = it.input.value.start === ev.value.start && it.input.bag.startCue;
          const endsIt = it.input.value.start === ev.value.end && it.input.bag.endCue;
          if (startsIt || endsIt) {
            compatible = true;
            bonus = START_BONUS;
          }
        }
      } else compatible = ev.tier < it.tier && ev.lo >= it.lo && ev.hi <= it.hi;
      if (!compatible) continue;
      const raw = score(it, ev, precise);
      if (raw < 0) continue;
      const s = raw + bonus;
      if (ev.key === it.key && s > equalScore) {
        equalBest = ev;
        equalScore = s;
      }
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = ev;
      } else if (s > second) second = s;
    }
    let target: Ev | null = null;
    if (precise) {
      if (best && bestScore >= JOIN_SAME_DATE) target = best;
    } else if (best && bestScore >= JOIN_LESS_PRECISE && bestScore >= CLEAR_MARGIN * second) target = best;
    else if (equalBest && equalScore >= JOIN_EQUAL_VALUE) target = equalBest;
    join(target ?? newEvent(it), it);
  }

  // Disagreeing dates: a lone relative claim whose words name an event of its own article, or of another
  // article of the same story, with another date.
  const byArticle = new Map<number, Ev[]>();
  for (const ev of events) {
    for (const article of ev.byArticle.keys()) {
      const list = byArticle.get(article);
      if (list) list.push(ev);
      else byArticle.set(article, [ev]);
    }
  }
  // Events of other articles are reached through the names next to their dates (no all-pairs), and only
  // within the same story.
  const byNarrowName = new Map<string, Ev[]>();
  for (const ev of events) {
    if (ev.members.length < 2) continue;
    const seen = new Set<string>();
    for (const m of ev.members.slice(0, 20)) {
      const names = new Set(m.input.bag.names);
      for (const k of m.narrow.keys()) {
        if (!names.has(k) || seen.has(k)) continue;
        seen.add(k);
        const list = byNarrowName.get(k) ?? [];
        if (list.length < 50) list.push(ev);
        byNarrowName.set(k, list);
      }
    }
  }
  for (const ev of events) {
    // A minority claim: fewer sources than the event it may contradict, every date in it relative.
    // An explicit absolute date ("the 2024 Olympic Games") is another occasion, not a disagreement.
    if (ev.members.length === 0 || ev.members.length > 3 || !ev.members.every((m) => m.input.relative)) continue;
    // An event others already disagree with is the better-backed side of that disagreement, not a minority.
    if (ev.conflicts.length) continue;
    const names = new Set(ev.members.flatMap((m) => m.input.bag.names));
    const first = ev.members[0]!;
    let best: Ev | null = null;
    let bestScore = 0;
    const candidates = new Set(ev.members.flatMap((m) => byArticle.get(m.input.articleIndex) ?? []));
    // Across articles only for claims vaguer than a day: the same wording with different days in different
    // articles is more often a recurring happening ("the council meets on Tuesday") than a disagreement.
    for (const k of ev.tier >= 2 ? names : []) {
      if (!ev.narrow.has(k)) continue;
      for (const other of byNarrowName.get(k) ?? [])
        if (!candidates.has(other) && sameStory(first, other)) candidates.add(other);
    }
    for (const other of [...candidates].sort((a, b) => a.id - b.id)) {
      if (other === ev || other.members.length <= ev.members.length) continue;
      if (ev.lo < other.hi && other.lo < ev.hi) continue; // compatible dates are not a disagreement
      // Shared words right next to each date, at least two and at least one of them a name ("Winter Olympics"):
      // the share of each claim's window the other event covers, on average over the claims.
      let s = 0;
      for (const m of ev.members) {
        const own = new Set(m.input.bag.names);
        const sharedStems = [...m.narrow.keys()].filter((k) => other.narrow.has(k));
        if (sharedStems.length >= 2 && sharedStems.some((k) => own.has(k))) s += sharedStems.length / m.narrow.size;
      }
      s /= ev.members.length;
      // A day-precise claim with another day is usually another happening: only a near-identical wording makes it a disagreement.
      if (ev.tier <= 1 && s < CONFLICT_DAY) continue;
      if (s > bestScore) {
        bestScore = s;
        best = other;
      }
    }
    if (best && bestScore >= CONFLICT_NARROW) {
      for (const it of ev.members) {
        best.conflicts.push(it);
        notes.set(
          it.input.key,
          `disagrees with the other sources about the date of this event: it says ${inWords(it.input.value)}, they say ${inWords(best.value)}`,
        );
      }
      ev.members = [];
    }
  }

  const out: ClusterEvent[] = [];
  for (const ev of events) {
    if (ev.members.length === 0) continue;
    const members = ev.members.map((m) => m.input.key).sort((a, b) => a - b);
    // The anchor is the most precise member, earliest in the corpus: it does not depend on processing order.
    const anchor = [...ev.members].sort((a, b) => a.tier - b.tier || a.input.key - b.input.key)[0]!.input.key;
    out.push({
      members,
      conflicts: ev.conflicts.map((c) => c.input.key).sort((a, b) => a - b),
      value: ev.value,
      anchor,
    });
  }
  return { events: out, notes };
}

/** A claim in words for notes, inside a sentence: no weekday ("it says December 2026, they say 6 February 2026"). */
function inWords(v: DateValue): string {
  return dateInWords(v, { weekday: false });
}
