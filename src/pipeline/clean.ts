/**
 * Page chrome: the parts of a saved web page that are not the news story (donation appeals, buttons,
 * related-stories sidebars, view counters, image placeholders and captions, section labels, credits).
 * They are returned as excluded spans with a plain-words reason, so later stages leave them out of the
 * chronology while the reader can still see what was left out and why.
 *
 * The cues are general ones seen on news sites, not strings of particular articles.
 */
import type { ExcludedSpan, Span } from '../contract';
import { linesOf, overlaps, trimSpan } from './text-utils';

/** Phrases of appeals for money or sign-ups. Two of them in one paragraph make it an appeal. */
const APPEAL_CUES = [
  'your support',
  'support us',
  'support now',
  'support our',
  'donation',
  'donate',
  'subscribe',
  'subscription',
  'paywall',
  'become a member',
  'make a contribution',
  'contribute',
  'read more',
  'sign up',
  'newsletter',
  'independent journalism',
  'quality journalism',
  'steun ons',
  'doneer',
  'word lid',
  'abonneer',
];

/** Any one appeal cue: a cheap first test before counting them. */
const APPEAL_ANY = new RegExp(APPEAL_CUES.map((c) => c.replace(/ /g, '\\s')).join('|'), 'i');

/** Lines that are a button or a widget label on their own. */
const BUTTON_LINE =
  /^(?:read more|support now|subscribe(?: now)?|sign up|share(?: this(?: article)?)?|donate(?: now)?|lees meer|meer lezen|show more|load more|comments?|reacties)$/i;
const ADVERT_LINE = /^(?:advertisement|advertentie|sponsored(?: content)?|anzeige|publicité|publicidad|pubblicità)$/i;

/** Headings of blocks about other stories (sidebars at the end of a page). */
const RELATED_LINE =
  /^(?:recommend(?:ed)?(?: for you| stories)?|related(?: stories| articles| news| content)?|latest(?: news| stories)?|more (?:stories|news|from [\w ]+)|most (?:read|popular|viewed)|read (?:next|also)|you (?:may|might) also like|trending(?: now)?|see also|top stories|lees ook|meer nieuws|gerelateerd|meest gelezen|populair)$/i;

/** View, read or share counters ("• views:17671", "12,345 views"). */
const COUNTER_LINE =
  /^[^\p{L}\p{N}]*(?:(?:views?|reads?|shares?|weergaven|bekeken|gelezen)\s*[:：]?\s*[\d.,]+\s*[kKmM]?|[\d.,]+\s*[kKmM]?\s*(?:views?|reads?|shares?|weergaven))\s*$/iu;

/** A line that only stands for a picture, video or graphic. */
const IMAGE_LINE = /^(?:image|images|photo|photos|picture|foto|afbeelding|video|graphic|illustration|gallery|embed)$/i;
/** A caption ends with a credit in brackets: "( AFP via Getty Images )", "(Photo: Reuters)". */
const CREDIT_END =
  /\(\s*[^()]*\b(?:getty images|reuters|ap photo|associated press|afp|epa|anp|shutterstock|alamy|photo|foto|image|picture)\b[^()]*\)\s*$/i;
/** Credits for reporting and editing at the foot of wire stories. */
const CREDITS_LINE = /^\(?\s*(?:additional reporting by|reporting by|editing by|written by|compiled by)\b/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The header of a reader's comment under a blog post: a timestamp, a user name and "wrote:"
 * ("At 9:02 pm on 11 Jun 2009, sensiblegrannie wrote:", "At 12:19 26th Apr 2009, Jim213 wrote:").
 * The timestamp is what tells it from a story quoting a writer ("Mendoza wrote: ..."). The name is one
 * token of at most 40 characters (a user handle); the date has a year, which a story's "at 10am on Monday" lacks.
 */
const COMMENT_HEADER =
  /\bAt \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?,?\s(?:on\s)?[\p{L}\p{N} ,]{0,24}\b\d{4},\s\S{1,40}\swrote:/iu;
/**
 * Lines that open a block of readers' comments ("Have your say"): "This debate is now closed.", "A selection
 * of your comments appear below.", "We will aim to publish as many of your views as we can." (A form that
 * asks for comments, "A selection of your comments may be published", opens no block: none follow it.)
 */
const COMMENTS_OPEN =
  /\b(?:this debate is now closed|a selection of your comments (?:[\p{L} ]{0,30} )?appears? below|we will (?:aim to )?publish (?:as many of |a selection of )?your (?:views|comments))\b/iu;

/**
 * Words every match of COMMENT_HEADER, resp. COMMENTS_OPEN, contains (same flags, so the same case folding):
 * a text without them cannot match, and these literal searches cost a fraction of the patterns, which were
 * among the dearest steps of cleaning an article.
 */
const COMMENT_HEADER_CUE = /wrote:/iu;
const COMMENTS_OPEN_CUE = /debate is now closed|selection of your comments|we will /iu;

/** Picture agencies and libraries that end a photo credit. */
const AGENCY = String.raw`(?:AP|PA|AFP|Reuters|EPA|Getty(?: [Ii]mages)?|Rex(?: [Ff]eatures)?|Alamy|Corbis|Bloomberg|Xinhua|ANP|Shutterstock)`;
/** A capitalised word of a name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** One part of a credit between slashes: up to four name words, with small joining words ("Carl de Souza"). */
const CREDIT_PART = String.raw`${NAME_WORD}(?:\s(?:(?:for|of|de|da|del|la|le|van|der|von)\s)?${NAME_WORD}){0,3}`;
/**
 * A photo credit run into the text: "Photograph: Sang Tan/AP", "Photograph: Reuters/Eliana Aponte",
 * "Photograph: PA". Saved pages often escape the slash ("Sang Tan\/AP"). It ends at an agency, or after a
 * slash at a name of one or two words (the next words are the story's).
 */
const CREDIT_IN_TEXT = new RegExp(
  String.raw`\b(?:Photograph|Photo|Picture|Pictures|Foto)s?:\s*(?:${CREDIT_PART}\s?\\?/\s?)*(?:${AGENCY}\b|(?<=/\s?)${NAME_WORD}(?:\s${NAME_WORD})?)`,
  'gu',
);

/** Readers' comments: from the first comment header or "Have your say" opening to the end of the page. */
function readerComments(text: string): ExcludedSpan[] {
  const header = COMMENT_HEADER_CUE.test(text) ? COMMENT_HEADER.exec(text) : null;
  const open = COMMENTS_OPEN_CUE.test(text) ? COMMENTS_OPEN.exec(text) : null;
  const starts = [header?.index, open?.index].filter((i): i is number => i !== undefined);
  if (starts.length === 0) return [];
  const span = trimSpan(text, { start: Math.min(...starts), end: text.length });
  return span.end > span.start ? [{ ...span, reason: 'reader comments' }] : [];
}

/** Photo credits inside a line of story text. */
function photoCredits(text: string): ExcludedSpan[] {
  return [...text.matchAll(CREDIT_IN_TEXT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    reason: 'photo credit',
  }));
}

/**
 * Find the page chrome of an article. `known` are spans already accounted for (metadata line, dateline,
 * page stamp): a chrome span never starts inside one of them.
 */
export function findChrome(text: string, known: Span[] = []): ExcludedSpan[] {
  const out: ExcludedSpan[] = [];
  const lines = linesOf(text);
  let inHeader = true;
  for (const line of lines) {
    // Start after anything already accounted for at the head of the line (e.g. a metadata prefix).
    let span = trimSpan(text, line);
    for (let changed = true; changed;) {
      changed = false;
      for (const k of known) {
        if (k.start <= span.start && k.end > span.start && k.end <= line.end) {
          span = trimSpan(text, { start: k.end, end: line.end });
          changed = true;
        }
      }
    }
    if (span.start === span.end) continue;
    if (known.some((k) => k.start <= span.start && k.end >= span.end)) continue;
    const t = text.slice(span.start, span.end);
    const lower = t.length < 4000 ? t.toLowerCase() : t.slice(0, 4000).toLowerCase();
    const add = (reason: string, s: Span = span) => out.push({ start: s.start, end: s.end, reason });

    if (RELATED_LINE.test(t)) {
      // At the foot of the page the heading opens a block of other stories that runs to the end.
      if (span.start >= text.length * 0.4) {
        add(
          'related-stories sidebar: headlines of other stories, not this article',
          trimSpan(text, { start: span.start, end: text.length }),
        );
        break;
      }
      add('navigation label');
      continue;
    }
    if (COUNTER_LINE.test(t)) add('view counter');
    else if (BUTTON_LINE.test(t)) add('button label');
    else if (ADVERT_LINE.test(t)) add('advertisement label');
    else if (IMAGE_LINE.test(t)) add('image placeholder');
    else if (CREDITS_LINE.test(t)) add('reporting and editing credits');
    else if (t.length <= 400 && CREDIT_END.test(t.slice(-120)) && words(t) <= 30) add('photo caption');
    // An appeal speaks to the reader ("your support", "help us"); a story about donations does not.
    else if (
      APPEAL_ANY.test(t) &&
      APPEAL_CUES.filter((c) => lower.includes(c)).length >= 2 &&
      /\b(?:you|your|us|our|we|je|jouw|ons|onze)\b/i.test(t)
    )
      add('donation appeal');
    // Above the headline, a lone word or a short line in capitals is a section label ("USA"), not a headline.
    else if (inHeader && !/\d/.test(t) && (words(t) === 1 || (words(t) <= 3 && t === t.toUpperCase())))
      add('section label');
    if (inHeader && words(t) >= 8) inHeader = false;
  }
  // Comments run to the end of the page: line chrome inside them is already excluded by the comments span.
  const comments = readerComments(text);
  const inComments = (s: Span) => comments.some((c) => c.start <= s.start && c.end >= s.end);
  const all = [
    ...out.filter((s) => !inComments(s)),
    ...comments,
    ...photoCredits(text).filter((s) => !inComments(s) && !out.some((o) => overlaps(o, s))),
  ].sort((a, b) => a.start - b.start);
  return all.filter((s) => !known.some((k) => overlaps(k, s) && k.start <= s.start && k.end >= s.end));
}
