import * as chrono from 'chrono-node';
import { buildChrono, type LanguageHooks, type Rule } from './core';

export const NL_RULES: Rule[] = [];
const NL_HOOKS: LanguageHooks = {
  cues: { future: /\b(?:zal|zullen|zult|gaat|gaan|volgende|komende|aanstaande)\b/gi, past: /\b(?:was|waren|had|hadden|werd|werden|zei|zeiden|heeft|hebben|vorige|afgelopen|ge\w{3,}[dt])\b/gi },
  leading: /^(?:op|in|om|tijdens|sinds|tot|van|vanaf|per|rond|voor|na)\s+/i,
};
export const nlChrono: chrono.Chrono = buildChrono(chrono.nl.casual, NL_RULES, NL_HOOKS);
