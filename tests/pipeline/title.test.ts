import { describe, expect, it } from 'vitest';
import { eventTitle, titleFrom, type TitleEvidence } from '../../src/pipeline/title';

/** Evidence from one sentence; `dates` are the date expressions in it, the first being the mention. */
function ev(sentence: string, dates: string[], language = 'en'): TitleEvidence {
  const spans = dates.map((d) => {
    const at = sentence.indexOf(d);
    if (at < 0) throw new Error(`"${d}" not in sentence`);
    return { start: at, end: at + d.length };
  });
  return { text: sentence, sentence: { start: 0, end: sentence.length }, mention: spans[0]!, dates: spans, language };
}

describe('titleFrom', () => {
  it('keeps subject and predicate, drops the date and the trailing detail', () => {
    expect(
      titleFrom(
        ev(
          'Intensive care nurse Alex Pretti was then shot dead on 24 January, with the Department of Homeland Security claiming the agent fired in self-defence.',
          ['on 24 January'],
        ),
      ),
    ).toBe('Intensive care nurse Alex Pretti was then shot dead');
  });
  it('cuts a long clause at a subordinate clause', () => {
    expect(
      titleFrom(
        ev(
          'Mother of three Renee Nicole Good was shot dead in her car after a disagreement with ICE agent Jonathan Ross on 7 January.',
          ['on 7 January'],
        ),
      ),
    ).toBe('Mother of three Renee Nicole Good was shot dead in her car');
  });
  it('turns a trailing attribution into "speaker said …"', () => {
    const t = titleFrom(
      ev(
        'ICE personnel will help protect U.S. delegations at the Winter Olympics in Italy, a U.S. embassy source said on Tuesday, confirming local media reports.',
        ['on Tuesday'],
      ),
    )!;
    expect(t).toMatch(/^A U\.S\. embassy source said ICE personnel will help protect/);
  });
  it('drops a leading attribution when the date is in what was said', () => {
    expect(
      titleFrom(
        ev('The U.S. embassy source said HSI had also been present at the 2024 Olympic Games in Paris.', ['2024']),
      ),
    ).toBe('HSI had also been present at the Olympic Games in Paris');
  });
  it('removes brackets and quotes, and never leaves the date in', () => {
    const t = titleFrom(
      ev('The spokesperson confirmed to CNN on Tuesday (January 27th) that ICE will assume a "security role".', [
        'on Tuesday',
        'January 27th',
      ]),
    )!;
    expect(t).not.toMatch(/January|Tuesday|\(|"/);
    expect(t).toMatch(/^The spokesperson confirmed to CNN that ICE will assume a security role$/);
  });
  it('uses the acronym a long name is given in brackets', () => {
    expect(
      titleFrom(
        ev(
          'U.S. Immigration and Customs Enforcement (ICE) personnel will help protect delegations, a source said on Tuesday.',
          ['on Tuesday'],
        ),
      ),
    ).toBe('A source said ICE personnel will help protect delegations');
  });
  it('gives null when nothing readable is left', () => {
    expect(titleFrom(ev('On Tuesday.', ['On Tuesday']))).toBeNull();
  });
});

describe('eventTitle', () => {
  it('prefers English evidence and what the evidence has in common', () => {
    const nl = ev('De Olympische Winterspelen worden op 6 februari geopend.', ['op 6 februari'], 'nl');
    const en1 = ev('Speculation in Italy over the Games, which begin on 6 February, had been brewing for days.', [
      'on 6 February',
    ]);
    const en2 = ev('Milan Cortina Winter Olympics will be held from February 6th to 22nd.', [
      'from February 6th to 22nd',
    ]);
    const support = (s: string) => (['winte', 'olymp', 'corti'].includes(s) ? 0.6 : 0);
    expect(eventTitle([nl, en1, en2], support)).toBe('Milan Cortina Winter Olympics will be held');
  });
  it('falls back to the Dutch evidence when there is no other', () => {
    expect(eventTitle([ev('De Olympische Winterspelen worden op 6 februari geopend.', ['op 6 februari'], 'nl')])).toBe(
      'De Olympische Winterspelen worden geopend',
    );
  });
});
