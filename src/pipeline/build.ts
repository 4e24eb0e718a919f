/**
 * The whole build step as one pure function: files (path + bytes) in, a validated timeline and a
 * per-article report out. No file system, no clock, no process: the CLI does the I/O.
 *
 * Stages: read/decode → metadata, dateline, page stamp → page chrome → sentences → language →
 * reference date (read, or inferred from the article's own dates and the most similar dated articles) →
 * extract (the extractor, against that reference) → mark what cannot be placed → cluster into events →
 * titles, flags, ids → assemble and validate.
 */
import type {
  Article,
  ExcludedSpan,
  Mention,
  Published,
  PublishedBasis,
  Span,
  Timeline,
  TimelineEvent,
} from '../contract';
import { SCHEMA_VERSION, compareIso, compareValues, validateTimeline, valueKey, valuePrecision } from '../contract';
import { cluster, type ClusterInput } from './cluster';
import { findChrome } from './clean';
import { extractMentions, type FoundMention } from './extract';
import { wordBag, type WordBag } from './features';
import { articleIdFromPath, eventIdFromAnchor, mentionId } from './ids';
import { detectLanguage } from './language';
import { markMention } from './mark';
import { ingest, type InputFile } from './ingest';
import {
  datelineDate,
  findFullDates,
  findFutureClaims,
  findWeekdayPins,
  findYears,
  inferPublished,
  readDateline,
  readPageStamp,
  stampContradictions,
  type Dateline,
  type SimilarDated,
} from './reference';
import { cutAtSpans, sentenceOf, splitSentences } from './sentences';
import { fold, MONTHS_EN, MONTHS_NL, WEEKDAYS_EN, WEEKDAYS_NL } from './text-utils';
import { eventTitle, type TitleEvidence } from './title';
import { rankEvents, type Unranked } from './events/rank';
import { STOPWORDS } from './language';

/** Note on a mention the clustering failed to place (should not happen; tests look for it). */
export const UNCLUSTERED_NOTE = 'could be placed, but no event was formed from it (a fault of the build step)';

export type { InputFile };

export interface BuildOptions {
  /** The corpus folder, as written in the timeline and stripped from paths to make article ids. */
  corpus?: string;
  maxBytes?: number;
  /** Called now and then during long builds (the CLI throttles and prints it). */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface ArticleReport {
  file: string;
  id: string;
  language: string;
  published: { date: string; basis: string } | null;
  /** Temporal expressions found. */
  found: number;
  /** Found and placed on an event. */
  placed: number;
  /** Found but not placed (chrome, metadata, vague, duplicates …). */
  excluded: number;
  warnings: string[];
}

export interface BuildReport {
  articles: ArticleReport[];
  skipped: { file: string; reason: string }[];
  /** Problems with the whole build (the timeline did not validate …). */
  errors: string[];
}

export interface BuildResult {
  timeline: Timeline;
  report: BuildReport;
}

interface Work {
  path: string;
  id: string;
  text: string;
  language: string;
  known: ExcludedSpan[];
  excluded: ExcludedSpan[];
  sentences: Span[];
  evidence: { span: Span; what: string }[];
  published: Published | null;
  warnings: string[];
  duplicateOf?: string;
  pendingDateline?: Dateline;
  rejectedStamp?: string;
  stampYear?: number;
  names: string[];
  /** Index range of the article's mentions in the corpus-wide list. */
  firstMention: number;
  endMention: number;
}

const NAME_STOP = new Set(
  [...Object.values(STOPWORDS).flat(), ...MONTHS_EN, ...MONTHS_NL, ...WEEKDAYS_EN, ...WEEKDAYS_NL].map(fold),
);
/** Minimum names two articles share before one dates the other. */
const MIN_SHARED_NAMES = 3;
/** Names shared by more than this many dated articles say nothing about which one is similar (and would cost too much). */
const MAX_POSTINGS = 100;
/** Only an article's rarest names are looked up: they decide similarity, and the cost stays linear. */
const MAX_NAMES = 24;

function inside(spans: Span[], s: Span): boolean {
  return spans.some((x) => x.start <= s.start && x.end >= s.end);
}

/** Capitalised words of the story (not chrome), folded: what two reports of the same story share across languages. */
function namesOf(text: string, excluded: Span[]): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}]{2,}/gu)) {
    const start = m.index!;
    // Part of a longer word ("McDonald" inside "xMcDonald") or a capital after a full stop or at a line start: not a name.
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    const before = text.slice(Math.max(0, start - 4), start).replace(/[\s“"‘'(]+$/, '');
    if (before === '' || /[.!?:\n]$/.test(before)) continue;
    const f = fold(m[0]);
    if (NAME_STOP.has(f) || out.has(f)) continue;
    if (inside(excluded, { start, end: start + m[0].length })) continue;
    out.add(f);
  }
  return [...out].sort();
}

/**
 * A fingerprint of the text with white space collapsed: two 32-bit FNV-1a hashes and the length. Equal
 * fingerprints are confirmed by comparing the texts, so only the fingerprint is kept per article.
 */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let n = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 12 ||
      c === 11 ||
      c === 160 ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      pending = n > 0; // runs of white space count as one space, and only between words
      continue;
    }
    if (pending) {
      // The space before this word, then the character itself (written out: this loop runs per character).
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995) ^ (h2 >>> 13);
      n++;
      pending = false;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
    n++;
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Where a publication date came from, in words for warnings ("the dateline says …, but the file's path says …"). */
const BASIS_WORDS: Record<PublishedBasis, string> = {
  metadata: 'the metadata line',
  'front-matter': 'the front matter',
  manifest: 'the manifest',
  record: 'the record',
  'json-ld': "the page's JSON-LD",
  meta: "the page's meta tags",
  time: "the page's time element",
  url: 'the URL',
  path: "the file's path",
  text: 'the "Published" line',
  dateline: 'the dateline',
  inferred: 'the inferred date',
};

/** Where the story starts: after the spans the ingest excluded at the head of the text (a metadata line …). */
function leadEnd(text: string, excluded: Span[]): number {
  let at = 0;
  for (const e of [...excluded].sort((a, b) => a.start - b.start)) {
    if (e.start < at || text.slice(at, e.start).trim() !== '') break;
    at = e.end;
  }
  return at;
}

/** The article's first sentence of news (chrome, metadata and dateline cut out), as its title. */
function headline(text: string, excluded: Span[], sentences: Span[]): string {
  for (const x of sentences.slice(0, 50)) {
    let t = '';
    let at = x.start;
    for (const e of excluded) {
      if (e.end <= at || e.start >= x.end) continue;
      t += text.slice(at, Math.max(at, e.start)) + ' ';
      at = Math.max(at, e.end);
    }
    if (at < x.end) t += text.slice(at, x.end);
    t = t.replace(/\s+/g, ' ').trim();
    if (t.split(' ').length < 3) continue;
    return t.length > 140 ? t.slice(0, 139).replace(/\s+\S*$/, '') + '…' : t;
  }
  return '';
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const KINDS = new Set(['date', 'duration', 'set', 'present-ref', 'past-ref', 'future-ref']);
const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** What the contract needs of an extractor result (checked here so a bad one is dropped, not fatal). */
function mentionShapeOk(m: FoundMention): boolean {
  if (!KINDS.has(m.kind) || !m.timex || !TIMEX_TYPES.has(m.timex.type) || typeof m.timex.value !== 'string')
    return false;
  if (m.kind === 'date' && !m.value) return false;
  if (!m.value) return true;
  const v = m.value;
  if (!ISO.test(v.start) || (v.end !== undefined && (!ISO.test(v.end) || compareIso(v.start, v.end) > 0))) return false;
  if (v.part !== undefined && (v.end !== undefined || !['early', 'mid', 'late'].includes(v.part))) return false;
  return Object.keys(v).every((k) => k === 'start' || k === 'end' || k === 'part');
}

/**
 * The mentions (sorted by start) that overlap a span, found by binary search: an article with tens of
 * thousands of dates must not cost a scan of all of them per mention.
 */
function overlapping<T extends Span>(sorted: T[], span: Span): T[] {
  const LONGEST = 400; // no date expression is longer; mentions starting earlier cannot reach the span
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start - LONGEST) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) {
    const m = sorted[i]!;
    if (m.end > span.start) out.push(m);
  }
  return out;
}

/** Share of an event's mentions whose words include a stem: what its evidence has in common. */
function support(bags: WordBag[]): (stem: string) => number {
  const counts = new Map<string, number>();
  for (const b of bags) for (const s of new Set([...b.narrow, ...b.wide])) counts.set(s, (counts.get(s) ?? 0) + 1);
  return (stem) => (bags.length > 1 ? (counts.get(stem) ?? 0) / bags.length : 0);
}

export function buildTimeline(files: InputFile[], options: BuildOptions = {}): BuildResult {
  const corpus = options.corpus ?? '';
  const progress = options.onProgress ?? (() => {});
  const works: Work[] = [];
  const ids = new Set<string>();
  const firstByText = new Map<string, { id: string; text: string }>();

  // 1. Read, and what can be read without the corpus.
  const ingested = ingest(files, options);
  const skipped = ingested.skipped;
  ingested.articles.forEach((a) => {
    const text = a.text;
    let id = articleIdFromPath(a.idSource);
    if (ids.has(id)) id = articleIdFromPath(a.idSource.replace(/\./g, '-'));
    for (let k = 2; ids.has(id); k++) id = `${articleIdFromPath(a.idSource)}-${k}`;
    ids.add(id);
    const w: Work = {
      path: a.file,
      id,
      text,
      language: detectLanguage(text),
      known: [...a.excluded],
      excluded: [],
      sentences: [],
      evidence: [],
      published: null,
      warnings: [...a.warnings],
      names: [],
      firstMention: 0,
      endMention: 0,
    };
    if (w.language === 'und' && text.split(/\s+/).length >= 20) {
      w.warnings.push('the language could not be determined; its dates were read as English');
    }
    const dupKey = fingerprint(text);
    const candidate = firstByText.get(dupKey);
    const first = candidate && sameText(candidate.text, text) ? candidate.id : undefined;
    if (first !== undefined) {
      w.duplicateOf = first;
      w.warnings.push(`the same article as ${first}; its dates are not counted twice`);
    } else if (!candidate) firstByText.set(dupKey, { id, text });

    const meta = a.excluded.length > 0 || a.published !== null;
    if (a.published) {
      const hint = a.published;
      w.published = {
        date: hint.date,
        basis: hint.basis,
        ...(hint.evidence ? { evidence: hint.evidence } : {}),
        ...(hint.note ? { note: hint.note } : {}),
      };
      const ev = hint.evidence;
      const holder = ev && a.excluded.find((x) => x.start <= ev.start && x.end >= ev.end);
      if (holder) w.evidence.push({ span: { start: holder.start, end: holder.end }, what: holder.reason });
      else if (ev) w.evidence.push({ span: ev, what: hint.basis });
    }
    const dateline = readDateline(text, leadEnd(text, a.excluded));
    if (dateline) {
      w.known.push({ ...dateline.span, reason: 'dateline' });
      w.evidence.push({ span: dateline.span, what: 'dateline' });
      if (w.published) {
        const d = datelineDate(dateline, Number(w.published.date.slice(0, 4)));
        const source = BASIS_WORDS[w.published.basis];
        if (d && d !== w.published.date)
          w.warnings.push(`the dateline says ${d} but ${source} says ${w.published.date}; ${source} is used`);
      } else if (dateline.year !== null) {
        const d = datelineDate(dateline, dateline.year);
        if (d) w.published = { date: d, basis: 'dateline', evidence: dateline.span };
      } else w.pendingDateline = dateline;
    }
    w.sentences = splitSentences(text);
    if (!meta) {
      const stamp = readPageStamp(text, w.language);
      if (stamp) {
        const pins = findWeekdayPins(text);
        const future = findFutureClaims(text, w.sentences).filter((f) => !inside([stamp.span], f.span));
        const contradictions = stampContradictions(text, stamp.date, pins, future);
        if (contradictions.length === 0 && !w.published) {
          w.known.push({ ...stamp.span, reason: 'page timestamp' });
          w.evidence.push({ span: stamp.span, what: 'page timestamp' });
          w.published = {
            date: stamp.date,
            basis: 'metadata',
            evidence: stamp.span,
            note: 'Read from the page timestamp at the top of the file.',
          };
        } else if (contradictions.length) {
          const why = `The page timestamp ${stamp.date} was rejected because the article contradicts it: ${contradictions.slice(0, 3).join('; ')}.`;
          w.known.push({ ...stamp.span, reason: `page timestamp, rejected: the article contradicts it` });
          w.rejectedStamp = why;
          w.stampYear = Number(stamp.date.slice(0, 4));
          w.warnings.push(why);
        }
      }
    } else if (a.published) {
      // A date from outside the text is trusted over the text, but the article's own words are still checked.
      const contradictions = stampContradictions(
        text,
        a.published.date,
        findWeekdayPins(text),
        findFutureClaims(text, w.sentences),
      );
      const source = BASIS_WORDS[a.published.basis];
      if (contradictions.length)
        w.warnings.push(
          `${source} says ${a.published.date}, but ${contradictions.slice(0, 3).join('; ')}; ${source} is used`,
        );
    }
    w.excluded = [...w.known, ...findChrome(text, w.known)].sort((a, b) => a.start - b.start || a.end - b.end);
    w.sentences = cutAtSpans(text, w.sentences, w.excluded);
    w.names = namesOf(text, w.excluded);
    works.push(w);
  });

  // 2. Reference dates for the rest: the article's own dates and the most similar dated articles.
  const dated = works.filter((w) => w.published && !w.duplicateOf);
  const postings = new Map<string, number[]>();
  dated.forEach((w, i) => {
    for (const n of w.names) {
      const p = postings.get(n);
      if (p) p.push(i);
      else postings.set(n, [i]);
    }
  });
  const similarDated = (w: Work): SimilarDated | null => {
    const scores = new Map<number, { score: number; shared: string[]; weights: number[] }>();
    const rare = w.names
      .map((n) => ({ n, p: postings.get(n) }))
      .filter((x): x is { n: string; p: number[] } => x.p !== undefined && x.p.length <= MAX_POSTINGS)
      .sort((a, b) => a.p.length - b.p.length || (a.n < b.n ? -1 : 1))
      .slice(0, MAX_NAMES);
    for (const { n, p } of rare) {
      const weight = Math.log((dated.length + 1) / p.length);
      for (const i of p) {
        if (dated[i] === w) continue;
        const s = scores.get(i) ?? { score: 0, shared: [] as string[], weights: [] as number[] };
        s.score += weight;
        s.shared.push(n);
        s.weights.push(weight);
        scores.set(i, s);
      }
    }
    const ranked = [...scores]
      .filter(([, s]) => s.shared.length >= MIN_SHARED_NAMES)
      .map(([i, s]) => ({ i, ...s }))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    if (!ranked.length) return null;
    // The closest few (within half the best score) vote: the middle one of their dates, so one follow-up
    // story weeks later does not move the date.
    const top = ranked.filter((r) => r.score >= ranked[0]!.score * 0.5).slice(0, 3);
    top.sort((a, b) =>
      dated[a.i]!.published!.date < dated[b.i]!.published!.date
        ? -1
        : dated[a.i]!.published!.date > dated[b.i]!.published!.date
          ? 1
          : a.i - b.i,
    );
    const best = top[Math.floor((top.length - 1) / 2)]!;
    const d = dated[best.i]!;
    // Names as written in the article (folding keeps lengths for the Latin scripts these come from).
    const folded = fold(w.text);
    const original = (n: string) => {
      const m = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(folded);
      return m && folded.length === w.text.length ? w.text.slice(m.index, m.index + n.length) : n;
    };
    // Rarest names first: they are what makes the two articles alike.
    const order = best.shared
      .map((n, k) => ({ n, w: best.weights[k]! }))
      .sort((a, b) => b.w - a.w || (a.n < b.n ? -1 : 1));
    return { articleId: d.id, date: d.published!.date, shared: order.slice(0, 5).map((o) => original(o.n)) };
  };
  works.forEach((w, index) => {
    if (index % 500 === 0) progress('dating', index, works.length);
    if (w.published) return;
    const similar = similarDated(w);
    if (w.pendingDateline) {
      const year = similar ? Number(similar.date.slice(0, 4)) : findYears(w.text).sort().at(-1);
      const d = year !== undefined ? datelineDate(w.pendingDateline, year) : null;
      if (d) {
        w.published = {
          date: d,
          basis: 'dateline',
          evidence: w.pendingDateline.span,
          note: similar
            ? `The dateline gives no year; ${year} is the year of the most similar dated article (${similar.articleId}).`
            : `The dateline gives no year; ${year} is the latest year the article names.`,
        };
        return;
      }
    }
    const fullDates = findFullDates(w.text)
      .filter((f) => !inside(w.excluded, f.span))
      .map((f) => f.date);
    w.published = inferPublished({
      pins: findWeekdayPins(w.text).filter((p) => !inside(w.excluded, p.span)),
      years: findYears(w.text),
      fullDates,
      similar,
      ...(w.rejectedStamp ? { rejected: w.rejectedStamp } : {}),
      ...(w.stampYear !== undefined ? { stampYear: w.stampYear } : {}),
      future: findFutureClaims(w.text, w.sentences).filter((f) => !inside(w.excluded, f.span)),
    });
    if (!w.published) w.warnings.push('no publication date found or inferred; relative dates in it are not placed');
  });

  // 3. Extract, and mark what cannot be placed.
  const mentions: Mention[] = [];
  const inputs: ClusterInput[] = [];
  const found: FoundMention[][] = [];
  const fallbackReference = dated.map((w) => w.published!.date).sort()[Math.floor(dated.length / 2)] ?? '2000-01-01';
  works.forEach((w, articleIndex) => {
    if (articleIndex % 200 === 0) progress('extracting', articleIndex, works.length);
    let list: FoundMention[] = [];
    try {
      list = extractMentions(w.text, {
        language: w.language === 'und' ? 'en' : w.language,
        reference: w.published?.date ?? fallbackReference,
      });
    } catch (e) {
      w.warnings.push(`the date extractor failed on this article: ${e instanceof Error ? e.message : String(e)}`);
    }
    // Only well-formed mentions that slice to their text are kept; anything else is the extractor's bug, reported.
    // One malformed result must not make the whole timeline unwritable: it is dropped, and the article says so.
    const ok = list.filter(
      (m) => m.start >= 0 && m.end > m.start && m.end <= w.text.length && w.text.slice(m.start, m.end) === m.text,
    );
    if (ok.length !== list.length)
      w.warnings.push(
        `${list.length - ok.length} extractor result(s) had offsets that do not slice to their text and were dropped`,
      );
    const wellFormed = ok.filter((m) => mentionShapeOk(m));
    if (wellFormed.length !== ok.length) {
      w.warnings.push(
        `extractor result(s) with a malformed value were dropped: ${ok
          .filter((m) => !mentionShapeOk(m))
          .map((m) => `"${m.text}"`)
          .join(', ')}`,
      );
    }
    wellFormed.sort((a, b) => a.start - b.start || a.end - b.end);
    const unique = wellFormed.filter(
      (m, i) => i === 0 || m.start !== wellFormed[i - 1]!.start || m.end !== wellFormed[i - 1]!.end,
    );
    found.push(unique);
    w.firstMention = mentions.length;
    const storyNames: ReadonlySet<string> = new Set(w.names);
    const ctx = {
      excluded: w.excluded,
      publicationEvidence: w.evidence,
      hasReference: w.published !== null,
      ...(w.duplicateOf ? { duplicateOf: w.duplicateOf } : {}),
    };
    for (const m of unique) {
      const sentence = sentenceOf(w.sentences, m);
      const mark = markMention(m, ctx);
      const key = mentions.length;
      mentions.push({
        id: mentionId(w.id, m.start, m.end),
        articleId: w.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
        value: m.value,
        timex: m.timex,
        relative: m.relative,
        sentence,
        eventId: null,
        ...(mark.placeable ? {} : { note: mark.note }),
      });
      if (mark.placeable) {
        const datesInSentence = overlapping(unique, sentence);
        inputs.push({
          key,
          articleIndex,
          mentionId: mentions[key]!.id,
          start: m.start,
          sentence,
          value: m.value!,
          relative: m.relative,
          storyNames,
          bag: wordBag(w.text, sentence, m, datesInSentence),
        });
      }
    }
    w.endMention = mentions.length;
  });

  // 4. Events.
  progress('clustering', 0, inputs.length);
  const clustered = cluster(inputs);
  const bagByKey = new Map(inputs.map((i) => [i.key, i.bag]));
  progress('titling', 0, clustered.events.length);
  const workById = new Map(works.map((w, i) => [w.id, { w, i }]));
  const unranked: Unranked[] = clustered.events.map((ce) => {
    const id = eventIdFromAnchor(mentions[ce.anchor]!.id);
    const all = [...ce.members, ...ce.conflicts].sort((a, b) => a - b);
    for (const k of all) mentions[k]!.eventId = id;
    for (const k of ce.conflicts)
      mentions[k]!.note = clustered.notes.get(k) ?? 'disagrees with the other sources about the date';
    const articleIdx = [...new Set(all.map((k) => workById.get(mentions[k]!.articleId)!.i))].sort((a, b) => a - b);
    // A title needs a few good sentences, not all of them: the first members in corpus order are enough.
    const evidence: TitleEvidence[] = ce.members.slice(0, 6).map((k) => {
      const m = mentions[k]!;
      const w = workById.get(m.articleId)!.w;
      const dates: Span[] = [
        ...overlapping(found[workById.get(m.articleId)!.i]!, m.sentence),
        ...w.known.filter((x) => x.start < m.sentence.end && x.end > m.sentence.start),
      ];
      return {
        text: w.text,
        sentence: m.sentence,
        mention: { start: m.start, end: m.end },
        dates,
        language: w.language,
      };
    });
    const flags: TimelineEvent['flags'] = [];
    if (ce.conflicts.length) flags.push('conflict');
    // Vaguer than a day, part of a period, or a span read from words without numbers ("over the weekend").
    const wordRange =
      ce.value.end !== undefined &&
      ce.members.every((k) => mentions[k]!.value?.end === undefined || !/\d/.test(mentions[k]!.text));
    if (valuePrecision(ce.value) !== 'day' || ce.value.part || wordRange) flags.push('approximate');
    const agreeing = ce.members
      .map((k) => mentions[k]!)
      .filter((m) => m.value && valueKey(m.value) === valueKey(ce.value));
    if (
      agreeing.length &&
      agreeing.every((m) => m.relative && workById.get(m.articleId)!.w.published?.basis === 'inferred')
    )
      flags.push('inferred-date');
    return {
      id,
      date: ce.value,
      title: eventTitle(evidence, support(ce.members.slice(0, 50).map((k) => bagByKey.get(k)!))),
      mentionIds: all.map((k) => mentions[k]!.id),
      articleIds: articleIdx.map((i) => works[i]!.id),
      sourceCount: articleIdx.length,
      flags,
    };
  });
  unranked.sort((a, b) => compareValues(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: TimelineEvent[] = rankEvents(unranked, mentions, works);
  // Safety net: a placeable mention that ended up in no event is still accounted for (and the note says so).
  for (const i of inputs) {
    const m = mentions[i.key]!;
    if (m.eventId === null && !m.note) m.note = UNCLUSTERED_NOTE;
  }

  // 5. Assemble and validate.
  progress('assembling', 0, works.length);
  const articles: Article[] = works.map((w) => ({
    id: w.id,
    file: w.path,
    format: 'text',
    outlet: basename(w.path),
    headline: headline(w.text, w.excluded, w.sentences),
    url: null,
    byline: null,
    modified: null,
    language: w.language,
    published: w.published,
    text: w.text,
    excluded: w.excluded,
    sentences: w.sentences,
    ...(w.duplicateOf ? { duplicateOf: w.duplicateOf } : {}),
    warnings: w.warnings,
  }));
  const timeline: Timeline = { schemaVersion: SCHEMA_VERSION, corpus, articles, mentions, events, skipped };
  const reports: ArticleReport[] = works.map((w, i) => {
    const own = mentions.slice(w.firstMention, w.endMention);
    const placed = own.filter((m) => m.eventId !== null).length;
    return {
      file: w.path,
      id: w.id,
      language: w.language,
      published: w.published ? { date: w.published.date, basis: w.published.basis } : null,
      found: found[i]!.length,
      placed,
      excluded: own.length - placed,
      warnings: w.warnings,
    };
  });
  progress('validating', 0, mentions.length);
  // The timeline is plain data (no undefined fields, no class instances), so it is validated as it will be written.
  const validation = validateTimeline(timeline);
  const errors = validation.ok ? [] : validation.errors;
  return { timeline, report: { articles: reports, skipped, errors } };
}
