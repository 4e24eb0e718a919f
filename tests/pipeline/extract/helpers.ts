import { extractMentions, type FoundMention } from '../../../src/pipeline/extract';

/** Mentions of `text` with the given language and reference (default: English, Tuesday 2026-01-27). */
export function extract(text: string, language = 'en', reference = '2026-01-27'): FoundMention[] {
  return extractMentions(text, { language, reference });
}

/** The one mention whose span is exactly `span`; fails loudly with what was found otherwise. */
export function mention(text: string, span: string, language = 'en', reference = '2026-01-27'): FoundMention {
  const all = extract(text, language, reference);
  const m = all.find((x) => x.text === span);
  if (!m)
    throw new Error(`no mention "${span}" in ${JSON.stringify(text)}; found ${JSON.stringify(all.map((x) => x.text))}`);
  return m;
}

/** The spans found, for negative cases. */
export const spans = (text: string, language = 'en', reference = '2026-01-27') =>
  extract(text, language, reference).map((m) => m.text);
