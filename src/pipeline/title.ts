/**
 * Event titles written from the evidence: the clause that holds the date, from its subject on, without
 * the date itself and without brackets, cut at a clause boundary to about ten words, in sentence case.
 * Among an event's mentions the title is taken from English evidence when there is some (the interface is
 * English and most readers read it), then from the clearest clause.
 */
import type { Span } from '../contract';
import { tokenize } from './text-utils';

export interface TitleEvidence {
  text: string;
  sentence: Span;
  mention: Span;
  /** Spans removed from the title: every date mention of the sentence, metadata, datelines. */
  dates: Span[];
  language: string;
}

const MAX_WORDS = 12;
/** Longest title in characters: about what a headline holds, and what fits a label on the chart. */
export const MAX_TITLE_CHARS = 70;
/** A clause that had to be shortened reads worse than a whole one: another sentence's whole clause wins unless it says much less of what the evidence shares. */
const SHORTENED_PENALTY = 1;
const TITLE_WINDOW = 300;
const MIN_WORDS = 3;
/** How far into the sentence a wire dateline ("WASHINGTON | … WASHINGTON (Reuters) -") can end. */
const DATELINE_REACH = 160;

/** Words that open a subordinate clause or a trailing detail: a good place to cut a title. */
const CUT_WORDS = new Set([
  'after',
  'before',
  'while',
  'which',
  'who',
  'whose',
  'with',
  'because',
  'though',
  'although',
  'whereas',
  'where',
  'when',
  'during',
  'amid',
  'following',
  'prompting',
  'sparking',
  'confirming',
  'according',
  'calling',
  'saying',
  'waarna',
  'nadat',
  'terwijl',
  'omdat',
  'waardoor',
]);

/** Prepositions that belonged to a removed date ("on", "from", "in", "op", …). */
const DATE_PREPOSITIONS = /(?:\b(?:on|in|at|from|since|by|until|over|op|vanaf|sinds|tot|rond|eerder|begin|the)\s*)+$/i;
const DANGLING_END =
  /\s+(?:the|a|an|of|to|and|or|in|on|at|for|by|with|that|from|de|het|een|van|en|op|met|die|dat|aan|bij|voor|naar|uit|door|om|te)$/i;

function clean(s: string): string {
  return s
    .replace(/[“”"]/g, '')
    .replace(/(^|\s)['‘’]|['‘’](?=\s|$|[,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}

/** The sentence without its dates and brackets, and the offset in it where the mention was. */
function stripDates(e: TitleEvidence): { s: string; pivot: number } {
  const { text, sentence } = e;
  let out = '';
  let at = sentence.start;
  let pivot = -1;
  for (const d of [...e.dates].sort((a, b) => a.start - b.start)) {
    if (d.end <= at || d.start >= sentence.end) {
      if (d.start <= e.mention.start && d.end >= e.mention.end && pivot < 0) pivot = out.length;
      continue;
    }
    out += text.slice(at, Math.max(at, d.start));
    // "on 24 January, …" loses its "on"; "at the 2024 Olympic Games" keeps "at the" (the date only qualifies a name).
    if (!/^\s*\p{Lu}/u.test(text.slice(d.end, d.end + 3))) out = out.replace(DATE_PREPOSITIONS, '');
    if (d.start <= e.mention.start && d.end >= e.mention.start && pivot < 0) pivot = out.length;
    at = Math.max(at, d.end);
    // "Monday's flu coverage", "last week's exploration": the possessive goes with the date.
    const possessive = /^['’]s\b/.exec(text.slice(at, at + 3));
    if (possessive) at += possessive[0].length;
  }
  out += text.slice(at, sentence.end);
  if (pivot < 0) pivot = 0;
  // "U.S. Immigration and Customs Enforcement (ICE) personnel" reads as "ICE personnel" in a title.
  {
    const a = acronymize(out.slice(0, pivot));
    out = a + acronymize(out.slice(pivot));
    pivot = a.length;
  }
  // Brackets hold asides ("(ICE)", "(January 27th)"); drop them, keeping the pivot in place.
  let s = '';
  let p = pivot;
  let depth = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c === '(') depth++;
    if (depth === 0) s += c;
    else if (i < pivot) p--;
    if (c === ')' && depth > 0) depth--;
  }
  p = Math.max(0, Math.min(p, s.length));
  // Appositives give a name to a description ("the US vice-president, JD Vance,"): keep the name only, on
  // each side of the date separately so the pivot stays in place.
  const a = collapseAppositives(s.slice(0, p));
  const b = collapseAppositives(s.slice(p));
  const cut = datelineEnd(a + b);
  return { s: (a + b).slice(cut), pivot: Math.max(0, a.length - cut) };
}

/** A bar, then a place name and a dash ("WASHINGTON | … WASHINGTON -"); or a place in capitals (or nothing) and a dash opening the text. */
const WIRE_DATELINE = /\|\s*(?:\p{Lu}[\p{L}.'’-]*[\s,]+){1,5}?[-–—]\s+/u;
const OPENING_DATELINE = /^\s*(?:\p{Lu}{2,}(?:[ .,'-]+\p{Lu}[\p{L}]+)*\s*)?[-–—]\s+/u;

/**
 * Where a wire dateline left at the start of a sentence ends (0 when there is none): the place, the
 * agency and the dash are not news ("LOS ANGELES | LOS ANGELES - Officials said …" → "Officials said …").
 */
function datelineEnd(s: string): number {
  const wire = WIRE_DATELINE.exec(s);
  if (wire && wire.index + wire[0].length <= DATELINE_REACH) return wire.index + wire[0].length;
  const open = OPENING_DATELINE.exec(s);
  return open ? open[0].length : 0;
}

const ACRONYM = /(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:and|of|for|the|&)\s+)?){1,6}\p{Lu}[\p{L}.'’-]*\s*\((\p{Lu}{2,6})\)/gu;

/** A long name followed by its acronym in brackets becomes the acronym. */
function acronymize(s: string): string {
  return s.replace(ACRONYM, '$1');
}

const APPOSITIVE =
  /\b(?!(?:and|or|but|en|of|with)\s)(?:(?:the|a|an)\s+)?(?:[\p{L}][\p{L}-]*\s+){0,4}\p{Ll}[\p{L}-]*,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),(?=\s)/gu;

function collapseAppositives(s: string): string {
  return s.replace(APPOSITIVE, '$1');
}

export interface TitleCandidate {
  title: string;
  /** Words between the start of the title and the date: a title far from its date is less about it. */
  lead: number;
  truncated: boolean;
  /** The clause starts without its subject ("had been brewing for days"). */
  fragment: boolean;
}

/** The title one piece of evidence gives, or null when it gives no readable clause. */
export function titleFrom(e: TitleEvidence): string | null {
  return titleCandidate(e)?.title ?? null;
}

export function titleCandidate(e: TitleEvidence): TitleCandidate | null {
  // A title needs the clause around the date: a very long "sentence" is cut to a window around it.
  if (e.sentence.end - e.sentence.start > 2 * TITLE_WINDOW) {
    const start = Math.max(e.sentence.start, e.mention.start - TITLE_WINDOW);
    const end = Math.min(e.sentence.end, e.mention.end + TITLE_WINDOW);
    e = { ...e, sentence: { start, end } };
  }
  const { s, pivot } = stripDates(e);
  // Clauses: split at commas, semicolons, colons and dashes.
  const clauses: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of s.matchAll(/,\s|;\s?|:\s|\s[—–]\s/g)) {
    clauses.push({ start: from, end: m.index! });
    from = m.index! + m[0].length;
  }
  clauses.push({ start: from, end: s.length });
  let k = clauses.findIndex((c) => pivot <= c.end);
  if (k < 0) k = clauses.length - 1;
  // Walk back to the clause that starts the subject (a capital letter), so "…, Attilio Fontana, said that …" keeps its speaker.
  let head = k;
  const before = s.slice(clauses[k]!.start, pivot).split(/\s+/).filter(Boolean).length;
  if (before < 3) {
    while (head > 0 && !/^\s*\p{Lu}/u.test(s.slice(clauses[head]!.start, clauses[head]!.end)) && k - head < 2) head--;
  }
  // A date right after a speech verb dates the saying ("after Attilio Fontana said on Monday that …"): the title
  // starts with the speaker, after the last clause opener before the verb.
  const beforePivot = s.slice(clauses[head]!.start, pivot);
  const speech =
    /\b(?:said|says|stated|told|confirmed|announced|posted|wrote|added|claimed|reported|zei|zegt|meldde|vertelde)\s*$/i.exec(
      beforePivot,
    );
  if (speech) {
    const openers = [
      ...beforePivot
        .slice(0, speech.index)
        .matchAll(/\b(?:after|before|when|while|as|since|because|nadat|toen|terwijl)\s+/gi),
    ];
    const last = openers[openers.length - 1];
    if (last) clauses[head] = { start: clauses[head]!.start + last.index! + last[0].length, end: clauses[head]!.end };
  }
  const lead = s.slice(clauses[head]!.start, pivot).split(/\s+/).filter(Boolean).length;
  const fragment = /^\s*\p{Ll}/u.test(s.slice(clauses[head]!.start, clauses[head]!.end));
  // A leading attribution whose date lies in what was said ("The source said HSI had been present at the 2024 Games"):
  // the title is what was said, not that it was said.
  const headClause = clauses[head]!;
  const attribution =
    /^(?:[^,;:]{0,60}?)\b(?:(?:said|says|stated|told|added|claimed|zei|zegt)\s+(?:that\s+|dat\s+)?|reported\s+that\s+)/i.exec(
      s.slice(headClause.start, pivot),
    );
  const rest = attribution ? s.slice(headClause.start + attribution[0].length) : '';
  if (
    attribution &&
    pivot - (headClause.start + attribution[0].length) > 15 &&
    !/^(?:it|he|she|they|we|i|hij|zij|ze|het)\b/i.test(rest)
  ) {
    clauses[head] = { start: headClause.start + attribution[0].length, end: headClause.end };
  }
  let text = clauses
    .slice(head, k + 1)
    .map((c) => s.slice(c.start, c.end).trim())
    .join(' ');
  // A clause that ends in "said that" or is only a few words continues into the next one.
  let next = k + 1;
  const endsInSpeech = (t: string) =>
    /\b(?:said|says|stated|told|wrote|added|confirmed|announced|zei|zegt|meldt)$/i.test(t.replace(/[\s.!?]+$/, ''));
  const trailingSpeech = k > 0 && head === k && endsInSpeech(text);
  while (
    !trailingSpeech &&
    next < clauses.length &&
    (text.split(/\s+/).length < 5 || /\b(?:that|dat|said|says|told)$/i.test(text))
  ) {
    text += ' ' + s.slice(clauses[next]!.start, clauses[next]!.end).trim();
    next++;
  }
  // An inverted attribution ("…, vertelde coördinator Timothy Ayers eerder deze maand"): what was said, then who said it.
  if (k > 0 && head === k && /^(?:said|says|told|wrote|added|vertelde|zei|zegt|meldde|aldus)\b/i.test(text.trim())) {
    text = `${s.slice(clauses[0]!.start, clauses[0]!.end).trim()}, ${text.trim()}`;
  }
  // A trailing attribution ("…, a U.S. embassy source said on Tuesday"): the speaker, then what was said.
  if (trailingSpeech && /\p{Lu}/u.test(s.trim().slice(0, 1))) {
    text = `${text.replace(/[\s.!?]+$/, '')} ${s.slice(clauses[0]!.start, clauses[0]!.end).trim()}`;
  }
  text = clean(text)
    .replace(
      /^(?:(?:and|but|then|so|of course|especially|particularly|notably|even|only|just|after|before|when|while|as|with|en|maar|vooral|nadat|waarna),?\s+)+/i,
      '',
    )
    .replace(/,\s*(?:according to|aldus|volgens)\b.*$/i, '')
    .replace(/\b(said|says|stated|told|confirmed|announced|added|claimed)\s+that\s+/i, '$1 ')
    .replace(/[\s,;:!?]+$/, '')
    .replace(/(?<!\p{L}\.\p{L}+)[.\s]+$/u, '');
  const words = text.split(' ').filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  let cut = words.length;
  for (let i = MIN_WORDS + 1; i < Math.min(words.length, MAX_WORDS + 1); i++) {
    if (CUT_WORDS.has(words[i]!.toLowerCase())) {
      cut = i;
      break;
    }
  }
  const fitted = fitWords(words.slice(0, cut));
  if (!fitted) return null;
  const bare = trimEdges(fitted.title);
  if (bare.split(' ').length < MIN_WORDS) return null;
  const title = bare.charAt(0).toUpperCase() + bare.slice(1);
  if (!readable(title)) return null;
  return { title, lead, truncated: fitted.shortened, fragment: fragment || SUBJECTLESS.test(title) };
}

/** Leftovers of cut-out asides and datelines at the edges: "- Swine flu …", "HK) falling …", "… shelves DUBAI -". */
function trimEdges(t: string): string {
  return t
    .replace(/^(?:[^\p{L}\p{N}]+|\p{L}{1,4}\)\s*)+/u, '')
    .replace(/\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*[-–—|]$/u, '')
    .replace(/[\s\-–—|,;:]+$/u, '')
    .replace(/(?<!\p{L}\.\p{L}+)[.!?]+$/u, ''); // a full stop ends a sentence, not a title ("U.S." keeps its own)
}

/** A clause that starts without its subject: an auxiliary, a relative pronoun or a participle first. */
const SUBJECTLESS =
  /^(?:was|were|is|are|has|had|have|been|being|whose|which|who|whom|shown|stopped|taken|said|says|told|according|zijn|was|werd|worden|heeft|hebben)\b|^\p{L}+ed\s+(?:by|to|from|with|in|on|at)\b/iu;

/** Words that open a trailing part of a clause: where a long title can end without losing its sense. */
const JOINS = new Set([
  'and',
  'but',
  'or',
  'as',
  'in',
  'at',
  'for',
  'on',
  'by',
  'from',
  'over',
  'into',
  'against',
  'en',
  'maar',
  'bij',
  'op',
  'door',
  'voor',
]);

/**
 * Headline compressions, tried in order only while a title is too long: each drops words a headline does
 * without. English rules; Dutch titles are only cut at clause edges.
 */
const COMPRESSIONS: [RegExp, string][] = [
  // "The spokesperson for the US Department of Homeland Security" speaks for the department.
  [
    /^(?:the|a|an)\s+(?:spokes(?:person|man|woman)|spokesperson|head|chief|director|representative)\s+(?:for|of)\s+(?:the\s+)?/i,
    '',
  ],
  // "confirmed to CNN that" → "confirmed"; "told reporters that" → "said".
  [/\b(said|confirmed|announced|stated|added|explained)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s*){1,3}(?=\s)/u, '$1'],
  [/\btold\s+(?:reporters|journalists|the press|a news conference)\b/i, 'said'],
  [/\b(said|says|confirmed|announced|stated|added|explained)\s+that\s+/i, '$1 '],
  // An anonymous source is where the news came from, not the news ("A U.S. embassy source said ICE …").
  [/^(?:an?|the)\s+(?:[\p{L}.'’-]+\s+){0,3}(?:source|sources|official|officials)\s+(?:said|says)\s+/iu, ''],
  // A trailing inverted attribution (", vertelde coördinator Timothy Ayers", ", said Mr Smith").
  [/,\s*(?:said|says|added|vertelde|zei|zegt|meldde|aldus)\s+.*$/iu, ''],
  // Adverbs in -ly ("was initially reported", "was officially confirmed").
  [/\s+\p{Ll}{3,}ly\b(?=\s)/u, ''],
  // Descriptions before a name: "Italian Interior Minister Matteo Piantedosi" → "Matteo Piantedosi" (only
  // after an office, so "Bellflower Medical Center" stays whole).
  [
    /^(?:(?:\p{Lu}[\p{L}'’-]*|former|deputy|acting|then|vice)\s+)*?(?:Minister|President|Governor|Mayor|Secretary|Chancellor|Senator|Director|Chief|Commissioner|Premier|General|Judge|Ambassador|Spokes(?:man|woman|person))\s+((?:\p{Lu}[\p{L}'’-]*\s+)?\p{Lu}[\p{L}'’-]*)(?=\s+\p{Ll})/u,
    '$1',
  ],
];

/** A speaker and a speech verb opening a title. */
const SAID_LEAD =
  /^[^,;:]{3,60}?\b(?<!\b(?:was|were|is|are|been|be)\s+(?:\p{L}+\s+)?)(?:said|says|confirmed|announced|stated|added|explained|warned)\s+(?!(?:by|to|from|in|on|at|with|for)\b)/iu;

/**
 * The words fitted to at most MAX_WORDS words and MAX_TITLE_CHARS characters: first compressed the way
 * headlines are, then ended before a joining word that fits ("… posted | on the social media platform X"),
 * else after the last word that fits; never inside a word or a name, never with an ellipsis (a title is a
 * clause, not a clipped sentence). Null when fewer than MIN_WORDS words are left.
 */
function fitWords(input: string[]): { title: string; shortened: boolean } | null {
  let words = input;
  const fits = (n: number) => n <= MAX_WORDS && words.slice(0, n).join(' ').length <= MAX_TITLE_CHARS;
  for (const [re, by] of COMPRESSIONS) {
    if (fits(words.length)) break;
    const next = words.join(' ').replace(re, by).split(' ').filter(Boolean);
    if (next.length >= MIN_WORDS) words = next;
  }
  // Still too long: what was said is the news, not who said it ("X confirmed ICE will assume a security role").
  if (!fits(words.length)) {
    const said = SAID_LEAD.exec(words.join(' '));
    const rest = said ? words.join(' ').slice(said[0].length).split(' ') : [];
    if (rest.length >= MIN_WORDS + 1 && !/^(?:he|she|it|they|we|i|you|this|that|there)$/i.test(rest[0]!)) words = rest;
  }
  let n = words.length;
  while (n > 0 && !fits(n)) n--;
  const shortened = n < words.length;
  if (shortened) {
    // The last joining word that still leaves a clause of some length before it.
    let k = n;
    while (k > MIN_WORDS + 1 && !JOINS.has(words[k]!.toLowerCase()) && !/,$/.test(words[k - 1]!)) k--;
    if (k > MIN_WORDS + 1) n = k;
    // Never end inside a name ("Alex…") or on a name used as an adjective ("protect U.S.… delegations").
    const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
    while (n > MIN_WORDS && capital(words[n - 1]) && capital(words[n])) n--;
    if (n > MIN_WORDS && capital(words[n - 1]) && /^\p{Ll}{4,}/u.test(words[n] ?? '')) n--;
  }
  let title = words
    .slice(0, n)
    .join(' ')
    .replace(/[\s,;:]+$/, '');
  for (let i = 0; i < 3; i++) title = title.replace(DANGLING_END, '').replace(/[\s,;:]+$/, '');
  return title.split(' ').length >= MIN_WORDS ? { title, shortened } : null;
}

/** A bare attribution: who said it, and nothing of what was said ("He said", "The minister told reporters"). */
const BARE_ATTRIBUTION =
  /^(?:[\p{L}'’.-]+\s+){0,5}(?:said|says|stated|told|added|explained|announced|confirmed|reported|wrote|insisted|warned|zei|zegt|meldde|vertelde|aldus)(?:\s+(?:reporters|journalists|the \p{L}+|\p{Lu}\p{L}+|it|this|so))?$/iu;
/** Words that only say when (a title of them alone says nothing about what happened). */
const DATE_WORDS =
  /^(?:\d[\d.,:/-]*|the|of|on|in|at|this|last|next|early|late|mid|day|week|month|year|morning|afternoon|evening|night|today|tonight|yesterday|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*|(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?|am|pm|gmt|bst|edt|est|utc)$/iu;

/** A title says what happened: not only a date, not only who spoke. */
export function readable(title: string): boolean {
  const words = title
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (words.every((w) => DATE_WORDS.test(w))) return false;
  return !BARE_ATTRIBUTION.test(title.replace(/[.!?]+$/, ''));
}

/**
 * The best title among an event's evidence: in the preferred language (the corpus's majority language;
 * English by default) when some evidence is in it, then the one that best says what the evidence has in
 * common (`support(stem)`: the share of the event's mentions whose words include that stem), close to its
 * date, uncut, of about eight words.
 */
export function eventTitle(
  evidence: TitleEvidence[],
  support: (stem: string) => number = () => 0,
  preferred = 'en',
): string {
  // Evidence in the preferred language wins whenever there is some, so only it is tried then; the same
  // sentence twice (wire copies) is tried once.
  const inPreferred = evidence.some((e) => e.language === preferred);
  const first = pick(evidence, inPreferred ? preferred : null, support, preferred);
  return first ?? (inPreferred ? pick(evidence, null, support, preferred) : null) ?? fallback(evidence);
}

/** How far back the sentence before a too-short one is looked for ("It was in 1998." says what only with it). */
const CONTEXT_REACH = 400;

/** The sentence before the evidence sentence (within CONTEXT_REACH characters), as evidence without a date. */
function previousSentence(e: TitleEvidence): TitleEvidence | null {
  const before = e.text.slice(Math.max(0, e.sentence.start - CONTEXT_REACH), e.sentence.start);
  const m = /(?:^|[.!?]\s+)([^.!?]{15,}[.!?]?)\s*$/.exec(before);
  if (!m) return null;
  const start = e.sentence.start - before.length + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  return { ...e, sentence: { start, end }, mention: { start, end: start }, dates: e.dates };
}

/**
 * No clause made a title: the first readable sentence, fitted the same way, or the sentence before a
 * too-short one; never a clipped word.
 */
function fallback(evidence: TitleEvidence[]): string {
  const tries = [...evidence, ...evidence.map(previousSentence).filter((e): e is TitleEvidence => e !== null)];
  for (const e of tries) {
    const { s } = stripDates(e);
    const fitted = fitWords(trimEdges(clean(s)).split(' ').filter(Boolean));
    const t = fitted ? trimEdges(fitted.title) : '';
    if (t.split(' ').length >= MIN_WORDS && readable(t)) return t.charAt(0).toUpperCase() + t.slice(1);
  }
  return 'Untitled event';
}

function pick(
  evidence: TitleEvidence[],
  only: string | null,
  support: (stem: string) => number,
  preferred: string,
): string | null {
  const seen = new Set<string>();
  const tried = evidence
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => {
      if (only !== null && e.language !== only) return false;
      const key = `${e.mention.start - e.sentence.start}|${e.text.slice(e.sentence.start, e.sentence.end)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const options = tried
    .map(({ e, i }) => ({ e, i, c: titleCandidate(e) }))
    .filter((o): o is { e: TitleEvidence; i: number; c: TitleCandidate } => o.c !== null)
    .map((o) => {
      const stems = new Set(tokenize(o.c.title).map((t) => t.stem));
      let common = 0;
      for (const st of stems) common += support(st);
      const words = o.c.title.split(' ').length;
      return {
        ...o,
        score:
          common -
          0.1 * o.c.lead -
          0.15 * Math.abs(words - 8) -
          (o.c.truncated ? SHORTENED_PENALTY : 0) -
          (o.c.fragment ? 1 : 0),
      };
    });
  options.sort(
    (a, b) => Number(b.e.language === preferred) - Number(a.e.language === preferred) || b.score - a.score || a.i - b.i,
  );
  return options[0]?.c.title ?? null;
}

/** The language most articles are in (`und` not counted; ties go to English, then alphabetically): titles are written in it. */
export function majorityLanguage(languages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of languages) if (l !== 'und') counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = 'en';
  for (const [l, n] of counts) {
    const b = counts.get(best) ?? 0;
    if (n > b || (n === b && best !== 'en' && l < best)) best = l;
  }
  return best;
}
