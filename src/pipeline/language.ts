/**
 * Language detection by stopword profile: count the function words of each language chrono supports and
 * pick the clear winner. Function words are the most frequent words of any text and differ sharply between
 * these languages, so a few dozen words decide reliably; too few words, or a near tie, give `und` rather than
 * a guess (the caller then falls back to English parsing and says so).
 */

/** Frequent function words per language. Words shared by several languages ("de", "in", "die", "a") are kept
 * out where they would blur the profiles, or left in where every language that has them is listed. */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'it',
    'was',
    'for',
    'on',
    'are',
    'with',
    'as',
    'they',
    'be',
    'at',
    'this',
    'have',
    'from',
    'by',
    'not',
    'but',
    'what',
    'which',
    'their',
    'will',
    'would',
    'said',
    'been',
    'has',
    'had',
    'were',
    'there',
    'who',
    'after',
    'about',
    'than',
    'its',
    'these',
    'also',
    'an',
    'we',
    'our',
    'you',
    'his',
    'her',
    'she',
    'he',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'op',
    'te',
    'zijn',
    'voor',
    'met',
    'niet',
    'aan',
    'er',
    'maar',
    'om',
    'ook',
    'als',
    'bij',
    'dan',
    'nog',
    'wordt',
    'worden',
    'werd',
    'naar',
    'uit',
    'zal',
    'zou',
    'deze',
    'die',
    'dit',
    'wat',
    'hun',
    'zegt',
    'heeft',
    'hebben',
    'geen',
    'wel',
    'tegen',
    'onder',
    'tijdens',
    'nadat',
    'waarna',
    'welkom',
    'ze',
    'wij',
    'we',
    'jaar',
    'dienst',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'sich',
    'des',
    'auf',
    'für',
    'dem',
    'ein',
    'eine',
    'einer',
    'auch',
    'es',
    'an',
    'als',
    'nach',
    'wie',
    'im',
    'bei',
    'zu',
    'von',
    'hat',
    'wird',
    'werden',
    'wurde',
    'sind',
    'oder',
    'aber',
    'vor',
    'zur',
    'bis',
    'noch',
    'über',
    'so',
    'sie',
    'ich',
    'wir',
    'dass',
    'aus',
    'nur',
    'kann',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'du',
    'un',
    'une',
    'est',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'aux',
    'avec',
    'ce',
    'il',
    'elle',
    'ne',
    'se',
    'sont',
    'par',
    'plus',
    'mais',
    'ont',
    'été',
    'cette',
    'son',
    'sa',
    'ses',
    'leur',
    'nous',
    'vous',
    'ils',
    'été',
    'était',
    'selon',
    'après',
    'lors',
    'aussi',
    'comme',
    'a',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'del',
    'que',
    'en',
    'un',
    'una',
    'es',
    'por',
    'con',
    'para',
    'se',
    'no',
    'su',
    'sus',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'fue',
    'ha',
    'han',
    'este',
    'esta',
    'son',
    'también',
    'sobre',
    'entre',
    'cuando',
    'muy',
    'sin',
    'hasta',
    'desde',
    'donde',
    'tras',
    'según',
    'ya',
    'porque',
  ],
  pt: [
    'o',
    'os',
    'as',
    'e',
    'do',
    'da',
    'dos',
    'das',
    'que',
    'em',
    'um',
    'uma',
    'é',
    'para',
    'com',
    'não',
    'por',
    'se',
    'no',
    'na',
    'nos',
    'nas',
    'ao',
    'mais',
    'mas',
    'foi',
    'são',
    'como',
    'seu',
    'sua',
    'também',
    'pelo',
    'pela',
    'já',
    'ele',
    'ela',
    'está',
    'após',
    'sobre',
    'entre',
    'quando',
    'muito',
    'sem',
    'ainda',
  ],
  it: [
    'il',
    'lo',
    'la',
    'gli',
    'le',
    'e',
    'di',
    'del',
    'della',
    'dei',
    'delle',
    'che',
    'un',
    'una',
    'è',
    'per',
    'con',
    'non',
    'si',
    'al',
    'alla',
    'nel',
    'nella',
    'sono',
    'come',
    'ma',
    'più',
    'anche',
    'ha',
    'hanno',
    'suo',
    'sua',
    'questo',
    'questa',
    'dopo',
    'tra',
    'fra',
    'già',
    'quando',
    'molto',
    'senza',
    'ancora',
    'essere',
    'stato',
  ],
};

const LEXICON: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const lang of Object.keys(STOPWORDS).sort()) {
    for (const w of new Set(STOPWORDS[lang])) {
      const list = m.get(w) ?? [];
      list.push(lang);
      m.set(w, list);
    }
  }
  return m;
})();

/** Languages the detector can name (the ones chrono-node ships a locale for). */
export const DETECTABLE_LANGUAGES: readonly string[] = Object.keys(STOPWORDS).sort();

/** Below this many words a text is too short to call. */
const MIN_WORDS = 8;
/** The winner needs at least this many function-word hits… */
const MIN_HITS = 4;
/** …and this many times the runner-up's. */
const MIN_MARGIN = 1.5;
/** Only the first part of a long text is read: plenty to decide, and linear cost stays small. */
const SAMPLE_CHARS = 3_000;

export interface LanguageScore {
  language: string;
  /** Function-word hits per language, sorted best first. */
  scores: { language: string; hits: number }[];
  words: number;
}

/** Detect the language with its evidence (for messages and tests). */
export function scoreLanguage(text: string): LanguageScore {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const hits: Record<string, number> = {};
  for (const l of DETECTABLE_LANGUAGES) hits[l] = 0;
  let words = 0;
  // Latin letters only (every language named here is written in them); plain ranges match much faster
  // than Unicode property classes.
  for (const match of sample
    .toLowerCase()
    .matchAll(/[a-z\u00df-\u00ff\u0100-\u024f]+(?:['’][a-z\u00df-\u00ff\u0100-\u024f]+)?/g)) {
    words++;
    const langs = LEXICON.get(match[0]);
    if (!langs) continue;
    // A word shared by several languages is weaker evidence for each of them.
    for (const l of langs) hits[l]! += 1 / langs.length;
  }
  const scores = DETECTABLE_LANGUAGES.map((language) => ({ language, hits: hits[language]! })).sort(
    (a, b) => b.hits - a.hits || (a.language < b.language ? -1 : 1),
  );
  const [best, second] = scores;
  let language = 'und';
  if (best && words >= MIN_WORDS && best.hits >= MIN_HITS && best.hits >= MIN_MARGIN * (second?.hits ?? 0)) {
    language = best.language;
  }
  return { language, scores, words };
}

/** BCP 47 primary language tag of `text` among the languages chrono supports, or `und` when unsure. */
export function detectLanguage(text: string): string {
  return scoreLanguage(text).language;
}

/**
 * A declared language overruled only on strong evidence: site templates often hard-code `lang="en"` on pages
 * in other languages, but a declaration is usually right, so the text must read clearly as another language
 * (this many times the declared language's function-word hits, and at least `OVERRULE_MIN_HITS` of them; placeholder
 * Latin, "lorem ipsum", reads as French at 5 times English, and must not overrule).
 */
const OVERRULE_MARGIN = 8;
const OVERRULE_MIN_HITS = 20;

export interface ChosenLanguage {
  language: string | null;
  /** Set when the declaration was overruled by the text. */
  warning?: string;
}

/**
 * The language a page or record declares, checked against its text: kept unless the text clearly reads as
 * another detectable language. A declaration the detector cannot judge (a language it does not know) is kept.
 */
export function checkDeclaredLanguage(text: string, declared: string | null): ChosenLanguage {
  if (!declared || !DETECTABLE_LANGUAGES.includes(declared)) return { language: declared };
  const s = scoreLanguage(text);
  if (s.language === 'und' || s.language === declared) return { language: declared };
  const best = s.scores[0]!;
  const own = s.scores.find((x) => x.language === declared)?.hits ?? 0;
  if (best.hits >= OVERRULE_MIN_HITS && best.hits >= OVERRULE_MARGIN * own)
    return {
      language: best.language,
      warning: `the source says its language is ${declared} but its text reads as ${best.language}; ${best.language} is used`,
    };
  return { language: declared };
}
