/**
 * The date extractor: finds temporal expressions in a text and normalises them against a reference date.
 *
 * This is the interface the rest of the pipeline (and `npm run extract`) relies on. It is deliberately
 * small: a text, a language and a reference date in; mentions with offsets, a reduced-precision value and
 * a TimeML normalisation out. Everything else (which mentions are page chrome, which become events) is
 * decided by later stages.
 */
import * as chrono from 'chrono-node';
import type { DateValue, MentionKind, Timex } from '../../contract';

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
  /** True when the value depends on the reference date. */
  relative: boolean;
}

const LOCALES: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  nl: chrono.nl.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
};

export const SUPPORTED_LANGUAGES = Object.keys(LOCALES);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function componentsToIso(c: chrono.ParsedComponents): string | null {
  const y = c.get('year');
  if (y === null) return null;
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) {
    // Only a year is claimed when nothing finer is certain… unless the month was implied by "this month".
    return pad(y, 4);
  }
  const m = c.get('month');
  if (m === null) return pad(y, 4);
  if (!c.isCertain('day') && !c.isCertain('weekday')) return `${pad(y, 4)}-${pad(m)}`;
  const d = c.get('day');
  return d === null ? `${pad(y, 4)}-${pad(m)}` : `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Find the temporal expressions in `text`. Never throws on any string. */
export function extractMentions(text: string, options: ExtractOptions): FoundMention[] {
  const parser = LOCALES[options.language] ?? LOCALES.en!;
  const ref = new Date(`${options.reference}T12:00:00Z`);
  const results = parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const out: FoundMention[] = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    const startIso = componentsToIso(r.start);
    if (!startIso) continue;
    const endIso = r.end ? componentsToIso(r.end) : null;
    const value: DateValue = endIso && endIso !== startIso ? { start: startIso, end: endIso } : { start: startIso };
    const relative = !r.start.isCertain('year');
    out.push({
      start,
      end,
      text: r.text,
      kind: 'date',
      value,
      timex: { type: 'DATE', value: startIso },
      relative,
    });
  }
  return out;
}
