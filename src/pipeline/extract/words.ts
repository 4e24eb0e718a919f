/**
 * Helpers for the per-language vocabulary modules (`en-words.ts`, `nl-words.ts`, …): a word list is
 * written once, as a table from word to meaning, and the regex alternations the rules and their triggers
 * use are derived from it, so a rule's pattern and its trigger cannot drift apart.
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * A count as written: digits ("3", "1.000", "2,5", with the European separators of these languages) or a
 * number word of the language's table; 'X' when it is neither (TimeML's unknown quantity).
 */
export function readCount(s: string, numberWords: Readonly<Record<string, number | 'X'>>): number | 'X' {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return numberWords[t] ?? 'X';
}

/** A regex alternation of the words, longest first (so "septiembre" is tried before "sept"). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
}

/** `alternation` wrapped in a non-capturing group. */
export const group = (words: Iterable<string>) => `(?:${alternation(words)})`;

/** The TimeML unit code of each unit word (`D`, `W`, `M`, `TH`, …). */
export type UnitTable = Record<string, string>;

/** Lower-case, accents kept: tables are keyed by the word as written in lower case. */
export const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
