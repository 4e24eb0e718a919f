import { describe, expect, it } from 'vitest';
import { mention, spans } from './helpers';

// French, German, Italian and Portuguese get the shared rule families (families.ts) over chrono's own
// parser for each. Reference: Tuesday 27 January 2026.
describe('the shared families in French, German, Italian and Portuguese', () => {
  const cases: [string, string, string, string][] = [
    ['fr', "L'année dernière, le gouvernement a démissionné.", "L'année dernière", '2025'],
    ['fr', 'Il y a deux ans, la loi a été votée.', 'Il y a deux ans', '2024'],
    ['de', 'Letzte Woche kam der Minister nach Berlin.', 'Letzte Woche', '2026-01-19'],
    ['de', 'Vor zwei Jahren wurde das Gesetz beschlossen.', 'Vor zwei Jahren', '2024'],
    ['de', 'Anfang März 2020 begann die Pandemie.', 'Anfang März 2020', '2020-03'],
    ['it', "L'anno scorso il governo è caduto.", "L'anno scorso", '2025'],
    ['it', 'Due anni fa la crisi era già iniziata.', 'Due anni fa', '2024'],
    ['pt', 'No ano passado, o presidente renunciou.', 'No ano passado', '2025'],
    ['pt', 'Há dois anos, a lei foi aprovada.', 'Há dois anos', '2024'],
  ];
  it.each(cases)('%s: "%s" has %s at %s', (language, text, span, start) => {
    expect(mention(text, span, language).value?.start).toBe(start);
  });

  it('finds durations, sets and the present in each language', () => {
    expect(mention('La crise dure depuis trois mois.', 'trois mois', 'fr').timex.value).toBe('P3M');
    expect(mention('Seit drei Monaten streiken sie.', 'drei Monaten', 'de').timex.value).toBe('P3M');
    expect(mention('Ogni settimana il consiglio si riunisce.', 'Ogni settimana', 'it').timex).toEqual({
      type: 'SET',
      value: 'P1W',
    });
    expect(mention('Atualmente, a empresa tem 300 funcionários.', 'Atualmente', 'pt').timex.value).toBe('PRESENT_REF');
  });

  it('counts "le lendemain" and "no dia seguinte" from the day just named', () => {
    const fr = mention(
      'Le 3 mars 2024, le ministre a démissionné. Le lendemain, la police est arrivée.',
      'Le lendemain',
      'fr',
    );
    expect(fr.value).toEqual({ start: '2024-03-04' });
    expect(fr.anchor).toBeDefined();
    const pt = mention(
      'Em 3 de março de 2024 houve eleições. No dia seguinte, o presidente falou.',
      'No dia seguinte',
      'pt',
    );
    expect(pt.value).toEqual({ start: '2024-03-04' });
  });

  it('takes the year in which the day falls on the weekday written', () => {
    // Past tense alone would give 5 May 2019 (a Sunday); the Tuesday says 2020 (lemonde-1 in html-pages).
    const ref = '2020-01-15';
    expect(mention('Le 5 mai, le ministre a parlé.', '5 mai', 'fr', ref).value).toEqual({ start: '2019-05-05' });
    expect(mention('Le mardi 5 mai, le ministre a parlé.', 'mardi 5 mai', 'fr', ref).value).toEqual({
      start: '2020-05-05',
    });
  });

  it('does not read counts, "Mars" the planet or "August" the name as dates', () => {
    expect(spans('En 2019, 1500 personnes sont venues.', 'fr')).toEqual(['2019']);
    expect(spans('La sonde est arrivée sur Mars.', 'fr')).not.toContain('Mars');
    expect(spans('Der Dichter August Stramm schrieb Gedichte.', 'de')).toEqual([]);
    expect(spans('Hanno votato 2000 persone.', 'it')).toEqual([]);
    // "So" is "so" (a German word at a sentence start), not an abbreviated Sunday (heise.de page in html-pages)
    expect(spans('So kam es zu dem Fehler.', 'de')).toEqual([]);
  });
});
