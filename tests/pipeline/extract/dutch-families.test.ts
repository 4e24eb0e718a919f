import { describe, expect, it } from 'vitest';
import { extract, mention, spans } from './helpers';

// Dutch sentences of our own; reference Tuesday 27 January 2026.
const nl = (text: string, span: string) => mention(text, span, 'nl');

describe('Dutch: periods relative to the reference, with begin/eind/half inside the span', () => {
  it('reads "begin deze maand" as the early part of the month', () => {
    expect(nl('Begin deze maand sloot de fabriek.', 'Begin deze maand')).toMatchObject({
      value: { start: '2026-01', part: 'early' },
      relative: true,
    });
  });
  it('reads "eind vorig jaar" and "half maart" with their parts', () => {
    expect(nl('Eind vorig jaar steeg de werkloosheid.', 'Eind vorig jaar').value).toEqual({
      start: '2025',
      part: 'late',
    });
    expect(nl('Half maart volgt een besluit.', 'Half maart').value).toEqual({ start: '2026-03', part: 'mid' });
  });
  it('reads "eerder deze maand" as the month, without a part', () => {
    expect(nl('Dat zei hij eerder deze maand tegen de krant.', 'eerder deze maand').value).toEqual({
      start: '2026-01',
    });
  });
  it('makes "vorige week" and "volgende week" week ranges', () => {
    expect(nl('Vorige week trad hij af.', 'Vorige week').timex.value).toBe('2026-W04');
    expect(nl('Hij gaat volgende week naar Rome.', 'volgende week').value).toEqual({
      start: '2026-02-02',
      end: '2026-02-08',
    });
  });
  it('resolves "volgend jaar" and "vorige maand"', () => {
    expect(nl('Volgend jaar komen er verkiezingen.', 'Volgend jaar').value).toEqual({ start: '2027' });
    expect(nl('Vorige maand daalden de prijzen.', 'Vorige maand').value).toEqual({ start: '2025-12' });
  });
});

describe('Dutch: years, decades, seasons, quarters, halves', () => {
  it('reads bare years and decades', () => {
    expect(nl('In 2009 werd het bedrijf opgericht.', '2009').value).toEqual({ start: '2009' });
    const d = nl('In de jaren negentig groeide de economie.', 'de jaren negentig');
    expect(d.value).toEqual({ start: '1990', end: '1999' });
    expect(d.timex.value).toBe('199');
  });
  it('reads seasons, quarters and halves as month ranges', () => {
    expect(nl('De zomer van 2012 was warm.', 'De zomer van 2012').timex.value).toBe('2012-SU');
    expect(nl('Het derde kwartaal van 2013 was slecht.', 'Het derde kwartaal van 2013').value).toEqual({
      start: '2013-07',
      end: '2013-09',
    });
    expect(nl('In de eerste helft van 2012 groeide de omzet.', 'de eerste helft van 2012').timex.value).toBe('2012-H1');
  });
  it('does not take the Winter Games, scores, stations or phone numbers for dates', () => {
    expect(spans('De Olympische Winterspelen beginnen.', 'nl')).toEqual([]);
    expect(
      extract(
        'Ajax won met 2-1. Luister naar Radio 538 of bel 020-1234567. Meer dan 50 landen deden mee.',
        'nl',
      ).filter((m) => m.kind === 'date'),
    ).toEqual([]);
  });
});

describe('Dutch: tense, references, durations and sets', () => {
  it('points a weekday back in past reporting and forward in future tense', () => {
    expect(nl('Zaterdag zei de minister dat hij niets wist.', 'Zaterdag').value).toEqual({ start: '2026-01-24' });
    expect(nl('De commissie zal vrijdag beslissen.', 'vrijdag').value).toEqual({ start: '2026-01-30' });
  });
  it('reads one-word parts of a day ("zaterdagavond", "gisteravond") as that day', () => {
    expect(nl('Zaterdagavond werd een man opgepakt.', 'Zaterdagavond')).toMatchObject({
      value: { start: '2026-01-24' },
      timex: { type: 'TIME', value: '2026-01-24TEV' },
    });
    expect(nl('Gisteravond sprak de premier.', 'Gisteravond').value).toEqual({ start: '2026-01-26' });
  });
  it('reads "6 februari" as a day', () => {
    expect(nl('De Spelen worden op 6 februari geopend.', '6 februari').value).toEqual({ start: '2026-02-06' });
  });
  it('makes nu/onlangs/binnenkort present, past and future references', () => {
    expect(nl('De prijzen dalen nu snel.', 'nu')).toMatchObject({ kind: 'present-ref', value: null });
    expect(nl('Onlangs werd bekend dat hij vertrekt.', 'Onlangs').kind).toBe('past-ref');
    expect(nl('Er komt binnenkort een besluit.', 'binnenkort').kind).toBe('future-ref');
  });
  it('reads "al twee jaar" as the duration "twee jaar"', () => {
    expect(nl('De dienst zou al twee jaar in Italië zijn.', 'twee jaar')).toMatchObject({
      kind: 'duration',
      value: null,
      timex: { value: 'P2Y' },
    });
    expect(nl('Het was jarenlang onrustig.', 'jarenlang').timex.value).toBe('PXY');
  });
  it('writes fractional durations in whole TimeML units, with a decimal comma', () => {
    expect(nl('Het duurde 1,5 dag.', '1,5 dag').timex.value).toBe('P1DT12H');
    expect(nl('Het project loopt al 3,5 week.', '3,5 week').timex.value).toBe('P3W4D');
    expect(nl('Ze werkte er 2,5 jaar.', '2,5 jaar').timex.value).toBe('P2Y6M');
  });
  it('reads recurrences as sets', () => {
    expect(nl('Elke week komt er nieuws.', 'Elke week').timex).toEqual({ type: 'SET', value: 'P1W' });
    expect(nl('Het rapport verschijnt jaarlijks.', 'jaarlijks').kind).toBe('set');
  });
});
