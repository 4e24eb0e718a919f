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
 *
 * The steps, in order: `itemsOf` (each claim's words weighted by rarity, precise claims first), `placeClaim`
 * for each claim (`EventIndex.candidates` → `compatibility` → `similarity` → the best clear match, or a new
 * event), `markDisagreements` (minority claims that name a better-backed event with another date), `resultOf`.
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

/**
 * Thresholds on cosine similarity, tuned on the seeds and small cases (see tests/pipeline/cluster.test.ts),
 * re-checked on the three development stories (../shared/stories, H1N1 bbc/guardian/reuters, 2026-12-02):
 * with each of the seven below halved or doubled in turn, the stories' date F1 stays 0.780 and the gold
 * dates on any event 82.8 %, except JOIN_SAME_DATE doubled (0.752: reports of one day split up); the
 * event counts move by a few per cent. So the stories do not pull any of them elsewhere, and the seeds'
 * golden timeline needs them where they are (it fails with JOIN_SAME_DATE, JOIN_SAME_ARTICLE,
 * JOIN_LESS_PRECISE or CLEAR_MARGIN lowered, or JOIN_LESS_PRECISE, JOIN_EQUAL_VALUE or CONFLICT_NARROW raised).
 */
/** A day-precise claim joins an event of the same day at this cosine: low, because a same-day event is already a strong hint. */
export const JOIN_SAME_DATE = 0.1;
/** The same article naming the same day again must resemble its own earlier evidence this much, or it is another happening. */
export const JOIN_SAME_ARTICLE = 0.25;
/** A vaguer claim ("this month") joins a more precise event only when this share of its words is in the event's. */
export const JOIN_LESS_PRECISE = 0.25;
/** A vague claim that matches several precise events alike joins a claim of the same value at this lower bar ("the shootings this month"). */
export const JOIN_EQUAL_VALUE = 0.125;
/** ... and only when its best match beats the runner-up by this factor (else it names several alike). */
export const CLEAR_MARGIN = 1.5;
/** Share of the words next to a lone claim's date that must name the other event for a disagreement. */
export const CONFLICT_NARROW = 0.4;
/** A day-precise lone claim must match this much: another day is usually another happening. */
export const CONFLICT_DAY = 0.75;
/** Added to a day that opens or closes a range event with a start or end word ("which begin on 6 February"). */
const START_BONUS = 0.2;
/** Names two articles must share to count as reports of the same story. */
const SAME_STORY_NAMES = 3;
/** Cap on the events compared in one date block: beyond it only the most recent are tried (keeps it linear). */
const MAX_BLOCK = 400;
/**
 * Months a claim is indexed under: two years covers every claim of a year or a range within two years;
 * a longer span ("2020–2026") is indexed by its first two years only, which bounds the index, and such a
 * claim rarely names one happening anyway.
 */
const MAX_MONTHS_INDEXED = 24;
/**
 * Articles of an event compared by `sameStory`: the first ten say what story the event is in; comparing
 * all of a big event's articles would make each check linear in its size.
 */
const SAME_STORY_ARTICLES_CHECKED = 10;
/** Smoothing of the rarity weight (idf): a stem seen once still weighs less than one never seen. */
const IDF_SMOOTHING = 0.5;
/** Fewer members than this: not a better-backed side a minority claim can disagree with. */
const MIN_BACKED_MEMBERS = 2;
/** Members of an event whose names index it for disagreements: the first twenty show its names. */
const NAME_INDEX_MEMBERS = 20;
/** Events listed per name: a name in more events than this (the story's main name) says nothing about which one. */
const MAX_EVENTS_PER_NAME = 50;
/** A minority claim: at most this many mentions (a better-backed event has more). */
const MAX_MINORITY_MEMBERS = 3;
/** Words next to both dates a disagreement needs at least, one of them a name ("Winter Olympics"). */
const CONFLICT_MIN_SHARED = 2;

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

/** Tiers 0 and 1 (day ranges and days) are precise claims. */
const isPrecise = (tier: number) => tier <= 1;

/** Keys (`year-month`) of the months a period touches, at most `MAX_MONTHS_INDEXED`. */
function monthKeys(lo: number, hi: number): string[] {
  const out: string[] = [];
  const d = new Date(lo);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  for (let i = 0; i < MAX_MONTHS_INDEXED; i++) {
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
  const index = new EventIndex();
  for (const it of itemsOf(inputs)) placeClaim(index, it);
  const notes = markDisagreements(index.events);
  return { events: resultOf(index.events), notes };
}

/** Step 1: each claim with its word vectors weighted by rarity, precise claims first, then by date. */
function itemsOf(inputs: ClusterInput[]): Item[] {
  const idf = rarity(inputs);
  const items = inputs.map((input): Item => {
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
  return items.sort((a, b) => a.tier - b.tier || a.lo - b.lo || a.hi - b.hi || a.input.key - b.input.key);
}

/** Rarity (idf) of a stem across all placeable mentions' windows. */
function rarity(inputs: ClusterInput[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const i of inputs) {
    for (const s of new Set([...i.bag.narrow, ...i.bag.wide])) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = inputs.length;
  return (s) => Math.log((n + 1) / ((df.get(s) ?? 0) + IDF_SMOOTHING));
}

function push<K>(m: Map<K, Ev[]>, k: K, ev: Ev): void {
  const list = m.get(k);
  if (list) list.push(ev);
  else m.set(k, [ev]);
}

/** Add `v` into `target`, returning the new sum of squares (kept incrementally: big events stay cheap). */
function addSq(target: Vec, v: Vec, sq: number): number {
  for (const [k, w] of v) {
    const old = target.get(k) ?? 0;
    target.set(k, old + w);
    sq += (old + w) * (old + w) - old * old;
  }
  return sq;
}

/** The events formed so far, blocked by date: a claim is compared only with events its date allows. */
class EventIndex {
  readonly events: Ev[] = [];
  /** Within a month, the events whose evidence uses a stem: a vague claim only meets events it shares words with. */
  private readonly byMonthStem = new Map<string, Map<string, Ev[]>>();
  private readonly monthsOf = new Map<Ev, string[]>();
  /** Precise events by their value. */
  private readonly byKey = new Map<string, Ev[]>();
  /** Range events by their first and last day. */
  private readonly byRangeEdge = new Map<string, Ev[]>();

  create(it: Item): Ev {
    const ev: Ev = {
      id: this.events.length,
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
    this.events.push(ev);
    if (isPrecise(it.tier)) {
      push(this.byKey, it.key, ev);
      if (it.tier === 0) {
        push(this.byRangeEdge, it.input.value.start, ev);
        if (it.input.value.end) push(this.byRangeEdge, it.input.value.end, ev);
      }
    }
    this.monthsOf.set(ev, monthKeys(it.lo, it.hi));
    return ev;
  }

  join(ev: Ev, it: Item): void {
    // Index the new words of the event under its months (only stems the event did not have yet).
    for (const k of this.monthsOf.get(ev)!) {
      let stems = this.byMonthStem.get(k);
      if (!stems) this.byMonthStem.set(k, (stems = new Map()));
      for (const stem of it.vec.keys()) {
        if (!ev.vec.has(stem)) push(stems, stem, ev);
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
  }

  /** The events a claim may join, in creation order. */
  candidates(it: Item): Ev[] {
    const seen = new Set<Ev>();
    const take = (list: Ev[] | undefined) => {
      if (!list) return;
      for (const ev of list.length > MAX_BLOCK ? list.slice(-MAX_BLOCK) : list) seen.add(ev);
    };
    if (isPrecise(it.tier)) {
      // A precise claim can only join an event of the same date, or a range that starts or ends on its day.
      take(this.byKey.get(it.key));
      if (it.tier === 1) take(this.byRangeEdge.get(it.input.value.start));
    } else {
      // Events of the claim's period that share a word with it (any other would score 0), plus those of the
      // same value (a claim of the same month may join at a lower bar, but still needs shared words).
      for (const k of monthKeys(it.lo, it.hi)) {
        const stems = this.byMonthStem.get(k);
        if (!stems) continue;
        for (const stem of it.vec.keys()) take(stems.get(stem));
      }
    }
    return [...seen].sort((a, b) => a.id - b.id);
  }
}

/** True when the item's article shares enough names with one of the first articles of the event. */
function sameStory(it: Item, ev: Ev): boolean {
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
    if (++checked >= SAME_STORY_ARTICLES_CHECKED) break;
  }
  return false;
}

/** Whether a claim's date lets it join an event, and the bonus for a day that opens or closes a range. */
function compatibility(it: Item, ev: Ev): { compatible: boolean; bonus: number } {
  if (ev.key === it.key) return { compatible: true, bonus: 0 };
  if (!isPrecise(it.tier)) return { compatible: ev.tier < it.tier && ev.lo >= it.lo && ev.hi <= it.hi, bonus: 0 };
  // A day that is the first (or last) day of a range event, said with "begins"/"opens" (or "ends").
  // Only within the same story: "the strike begins on 6 February" is not the Games opening that day.
  if (it.tier === 1 && ev.tier === 0 && sameStory(it, ev)) {
    const startsIt = it.input.value.start === ev.value.start && it.input.bag.startCue;
    const endsIt = it.input.value.start === ev.value.end && it.input.bag.endCue;
    if (startsIt || endsIt) return { compatible: true, bonus: START_BONUS };
  }
  return { compatible: false, bonus: 0 };
}

/** Similarity of an item to an event, or -1 when the same article's evidence says it is another happening. */
function similarity(it: Item, ev: Ev): number {
  const precise = isPrecise(it.tier);
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
}

/** Step 2: a claim joins the event it matches best and clearly enough, or starts its own. */
function placeClaim(index: EventIndex, it: Item): void {
  let best: Ev | null = null;
  let bestScore = 0;
  let second = 0;
  let equalBest: Ev | null = null;
  let equalScore = 0;
  for (const ev of index.candidates(it)) {
    const { compatible, bonus } = compatibility(it, ev);
    if (!compatible) continue;
    const raw = similarity(it, ev);
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
  if (isPrecise(it.tier)) {
    if (best && bestScore >= JOIN_SAME_DATE) target = best;
  } else if (best && bestScore >= JOIN_LESS_PRECISE && bestScore >= CLEAR_MARGIN * second) target = best;
  else if (equalBest && equalScore >= JOIN_EQUAL_VALUE) target = equalBest;
  index.join(target ?? index.create(it), it);
}

/**
 * Step 3, disagreeing dates: a lone relative claim whose words name an event of its own article, or of
 * another article of the same story, with another date, becomes a conflict of that event. Returns the
 * note for each such mention.
 */
function markDisagreements(events: Ev[]): Map<number, string> {
  const notes = new Map<number, string>();
  const byArticle = eventsByArticle(events);
  const byName = eventsByNarrowName(events);
  for (const ev of events) {
    if (!isMinority(ev)) continue;
    const { best, score } = closestBacked(ev, byArticle, byName);
    if (!best || score < CONFLICT_NARROW) continue;
    for (const it of ev.members) {
      best.conflicts.push(it);
      notes.set(
        it.input.key,
        `disagrees with the other sources about the date of this event: it says ${inWords(it.input.value)}, they say ${inWords(best.value)}`,
      );
    }
    ev.members = [];
  }
  return notes;
}

function eventsByArticle(events: Ev[]): Map<number, Ev[]> {
  const out = new Map<number, Ev[]>();
  for (const ev of events) for (const article of ev.byArticle.keys()) push(out, article, ev);
  return out;
}

/** Events of other articles are reached through the names next to their dates (no all-pairs). */
function eventsByNarrowName(events: Ev[]): Map<string, Ev[]> {
  const out = new Map<string, Ev[]>();
  for (const ev of events) {
    if (ev.members.length < MIN_BACKED_MEMBERS) continue;
    const seen = new Set<string>();
    for (const m of ev.members.slice(0, NAME_INDEX_MEMBERS)) {
      const names = new Set(m.input.bag.names);
      for (const k of m.narrow.keys()) {
        if (!names.has(k) || seen.has(k)) continue;
        seen.add(k);
        const list = out.get(k) ?? [];
        if (list.length < MAX_EVENTS_PER_NAME) list.push(ev);
        out.set(k, list);
      }
    }
  }
  return out;
}

/**
 * A minority claim: fewer sources than the event it may contradict, every date in it relative. An
 * explicit absolute date ("the 2024 Olympic Games") is another occasion, not a disagreement; an event
 * others already disagree with is the better-backed side of that disagreement.
 */
function isMinority(ev: Ev): boolean {
  if (ev.members.length === 0 || ev.members.length > MAX_MINORITY_MEMBERS) return false;
  return ev.members.every((m) => m.input.relative) && ev.conflicts.length === 0;
}

/** The better-backed event with another date that a minority claim's words name best, and how well. */
function closestBacked(
  ev: Ev,
  byArticle: Map<number, Ev[]>,
  byName: Map<string, Ev[]>,
): { best: Ev | null; score: number } {
  const first = ev.members[0]!;
  const candidates = new Set(ev.members.flatMap((m) => byArticle.get(m.input.articleIndex) ?? []));
  // Across articles only for claims vaguer than a day: the same wording with different days in different
  // articles is more often a recurring happening ("the council meets on Tuesday") than a disagreement.
  const names = isPrecise(ev.tier) ? [] : new Set(ev.members.flatMap((m) => m.input.bag.names));
  for (const k of names) {
    if (!ev.narrow.has(k)) continue;
    for (const other of byName.get(k) ?? [])
      if (!candidates.has(other) && sameStory(first, other)) candidates.add(other);
  }
  let best: Ev | null = null;
  let score = 0;
  for (const other of [...candidates].sort((a, b) => a.id - b.id)) {
    if (other === ev || other.members.length <= ev.members.length) continue;
    if (ev.lo < other.hi && other.lo < ev.hi) continue; // compatible dates are not a disagreement
    const s = disagreementScore(ev, other);
    // A day-precise claim with another day is usually another happening: only a near-identical wording makes it a disagreement.
    if (isPrecise(ev.tier) && s < CONFLICT_DAY) continue;
    if (s > score) {
      score = s;
      best = other;
    }
  }
  return { best, score };
}

/**
 * Shared words right next to each date, at least two and at least one of them a name ("Winter Olympics"):
 * the share of each claim's window the other event covers, on average over the claims.
 */
function disagreementScore(ev: Ev, other: Ev): number {
  let s = 0;
  for (const m of ev.members) {
    const own = new Set(m.input.bag.names);
    const sharedStems = [...m.narrow.keys()].filter((k) => other.narrow.has(k));
    if (sharedStems.length >= CONFLICT_MIN_SHARED && sharedStems.some((k) => own.has(k)))
      s += sharedStems.length / m.narrow.size;
  }
  return s / ev.members.length;
}

/** Step 4: the events that kept members, with member keys in corpus order and a stable anchor. */
function resultOf(events: Ev[]): ClusterEvent[] {
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
  return out;
}

/** A claim in words for notes, inside a sentence: no weekday ("it says December 2026, they say 6 February 2026"). */
function inWords(v: DateValue): string {
  return dateInWords(v, { weekday: false });
}
