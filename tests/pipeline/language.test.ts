import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage, DETECTABLE_LANGUAGES } from '../../src/pipeline/language';

const seeds = readdirSync('seeds').sort();
const seed = (prefix: string) => readFileSync(`seeds/${seeds.find((f) => f.startsWith(prefix))}`, 'utf8');

describe('detectLanguage', () => {
  it('recognises the Dutch seed as Dutch', () => {
    expect(detectLanguage(seed('000'))).toBe('nl');
  });
  it.each(['001', '002', '003', '004'])('recognises English seed %s as English', (p) => {
    expect(detectLanguage(seed(p))).toBe('en');
  });
  it('recognises short paragraphs of the other supported languages', () => {
    expect(
      detectLanguage(
        'Die Olympischen Winterspiele werden am 6. Februar eröffnet und die Sicherheit ist nicht nur eine Frage der Polizei, sagt der Bürgermeister.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        "Les Jeux olympiques d'hiver seront ouverts le 6 février et le maire de Milan a dit que les agents ne sont pas les bienvenus dans la ville.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Los Juegos Olímpicos de invierno se inaugurarán el 6 de febrero y el alcalde de Milán dijo que los agentes no son bienvenidos en la ciudad.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        'I Giochi olimpici invernali saranno aperti il 6 febbraio e il sindaco di Milano ha detto che gli agenti non sono i benvenuti nella città.',
      ),
    ).toBe('it');
    expect(
      detectLanguage(
        'Os Jogos Olímpicos de inverno serão abertos em 6 de fevereiro e o prefeito de Milão disse que os agentes não são bem-vindos na cidade.',
      ),
    ).toBe('pt');
  });
  it('says und for text too short to call', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Latest')).toBe('und');
    expect(detectLanguage('June 4, 2026, 6:32 p.m.')).toBe('und');
    expect(detectLanguage('the and of')).toBe('und');
  });
  it('says und for text without function words (names, numbers, another script)', () => {
    expect(
      detectLanguage('Milano Cortina 2026 Giuseppe Sala Attilio Fontana Marco Rubio JD Vance RTL 102.5 ICE HSI DSS'),
    ).toBe('und');
    expect(
      detectLanguage('Зимние Олимпийские игры откроются шестого февраля в Милане и Кортине, сообщает агентство.'),
    ).toBe('und');
  });
  it('always answers a supported tag or und, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const l = detectLanguage(s);
        expect(l === 'und' || DETECTABLE_LANGUAGES.includes(l)).toBe(true);
      }),
    );
  });
});
