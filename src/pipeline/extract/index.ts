/**
 * The date extractor: finds temporal expressions in a text and normalises them against a reference date.
 *
 * This is the interface the rest of the pipeline (and `npm run extract`) relies on. It is deliberately
 * small: a text, a language and a reference date in; mentions with offsets, a reduced-precision value and
 * a TimeML normalisation out. Everything else (which mentions are page chrome, which become events) is
 * decided by later stages.
 *
 * Each language is a configured chrono instance (chrono's casual parser cloned, our rules pushed as
 * parsers, our refiners appended): see `en.ts`, `nl.ts`, `es.ts` (grammars of their own), `families.ts`
 * (the shared families for French, German, Italian and Portuguese, from `*-words.ts`) and `core.ts`.
 */
import type * as chrono from 'chrono-node';
import type { DateValue, MentionKind, Timex } from '../../contract';
import { resolveLeans } from './anaphora';
import { resultMeta, type Lean, type Meta } from './core';
import { enChrono } from './en';
import { DE } from './de-words';
import { esChrono } from './es';
import { familyChrono } from './families';
import { FR } from './fr-words';
import { IT } from './it-words';
import { PT } from './pt-words';
import { nlChrono } from './nl';

export interface ExtractOptions {
  /** BCP 47 primary language subtag (`en`, `nl`, …). Unsupported languages fall back to English. */
  language: string;
  /** The reference date relative expressions resolve against: `YYYY-MM-DD` (the publication date). */
  reference: string;
}

export interface FoundMention {
  /** Offsets into the text (JS string offsets): `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The date claimed at the precision written; null for kinds other than `date`. */
  value: DateValue | null;
  /** TimeML type and value, as TempEval scores them. */
  timex: Timex;
  /** True when the value depends on the reference date, or on another date of the text (`anchor`). */
  relative: boolean;
  /** For a date counted from another date of the same text ("the same day", "two days later"): that date's span. */
  anchor?: { start: number; end: number };
  /** Where the value comes from, when the text alone does not say: the anchor, a named day's calendar. */
  note?: string;
}

const LOCALES: Record<string, chrono.Chrono> = { en: enChrono, nl: nlChrono, es: esChrono };
/**
 * The family languages' chrono instances are built when a text in one first asks for them: building one
 * (its holiday calendars above all) costs every thread that loads the extractor a tenth of a second or more,
 * and most corpora never need them.
 */
const FAMILIES: Record<string, Parameters<typeof familyChrono>[0]> = { de: DE, fr: FR, pt: PT, it: IT };

export const SUPPORTED_LANGUAGES = [...Object.keys(LOCALES), ...Object.keys(FAMILIES)];

/** The chrono instance of a primary language tag (English for any other). */
function localeChrono(primary: string): chrono.Chrono {
  const built = LOCALES[primary];
  if (built) return built;
  if (!Object.hasOwn(FAMILIES, primary)) return LOCALES.en!;
  return (LOCALES[primary] = familyChrono(FAMILIES[primary]!));
}

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Find the temporal expressions in `text`. Never throws on any string; throws on a malformed reference. */
export function extractMentions(text: string, options: ExtractOptions): FoundMention[] {
  const m = REFERENCE.exec(options.reference);
  const ref = m ? new Date(`${options.reference}T12:00:00Z`) : null;
  if (!ref || Number.isNaN(ref.getTime()) || ref.getUTCDate() !== Number(m![3])) {
    throw new RangeError(`reference must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.reference)}`);
  }
  const primary = options.language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const parser = localeChrono(primary);
  const out: FoundMention[] = [];
  const leans: (Lean | undefined)[] = [];
  for (const [offset, chunk] of chunks(text)) {
    for (const r of parser.parse(chunk, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const meta = resultMeta(r);
      if (meta && push(out, text, meta, offset)) leans[out.length - 1] = meta.lean;
    }
  }
  return leans.length ? resolveLeans(out, leans) : out;
}

/**
 * chrono's cost grows faster than the length of one text, so a long text is read in pieces of about
 * CHUNK characters cut at line breaks (or, in one endless line, at a sentence end or a space). Dates do not
 * run over line breaks, so nothing is lost but a quarter named in one piece being the topic of the next.
 */
const CHUNK = 20_000;

function* chunks(text: string): Generator<[number, string]> {
  let start = 0;
  while (text.length - start > CHUNK * 1.5) {
    const window = text.slice(start + CHUNK / 2, start + CHUNK);
    let cut = window.lastIndexOf('\n');
    if (cut < 0) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' '));
    const end = cut < 0 ? start + CHUNK : start + CHUNK / 2 + cut + 1;
    yield [start, text.slice(start, end)];
    start = end;
  }
  yield [start, text.slice(start)];
}

function push(out: FoundMention[], text: string, meta: Meta, offset: number): boolean {
  const start = meta.start + offset;
  const end = meta.end + offset;
  if (end <= start) return false;
  // A date always carries its value, every other kind none: anything else is not a mention.
  if ((meta.kind === 'date') !== (meta.value !== null)) return false;
  out.push({
    start,
    end,
    text: text.slice(start, end),
    kind: meta.kind,
    value: meta.value,
    timex: { type: meta.type, value: meta.tv },
    relative: meta.rel,
    ...(meta.note ? { note: meta.note } : {}),
  });
  return true;
}
