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
  return out.filter((s) => !known.some((k) => overlaps(k, s) && k.start <= s.start && k.end >= s.end));
}
