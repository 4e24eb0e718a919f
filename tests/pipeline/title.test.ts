import { describe, expect, it } from 'vitest';
import {
  eventTitle,
  majorityLanguage,
  MAX_TITLE_CHARS,
  readable,
  titleFrom,
  type TitleEvidence,
} from '../../src/pipeline/title';

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
      ev('ICE will protect the delegations, an embassy source said on Tuesday, confirming local media reports.', [
        'on Tuesday',
      ]),
    )!;
    expect(t).toBe('An embassy source said ICE will protect the delegations');
  });
  it('drops an anonymous source and trailing detail when the title would be too long', () => {
    const t = titleFrom(
      ev(
        'ICE personnel will help protect U.S. delegations at the Winter Olympics in Italy, a U.S. embassy source said on Tuesday, confirming local media reports.',
        ['on Tuesday'],
      ),
    )!;
    expect(t).toBe('ICE personnel will help protect U.S. delegations');
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

describe('titles read like headlines', () => {
  const long =
    'The spokesperson for the Mexican Ministry of Health confirmed to Reuters on Friday that the authorities would close all schools, museums, cinemas and churches in the capital until further notice.';
  it('are at most 70 characters, never end in an ellipsis, and never cut a word', () => {
    const t = titleFrom(ev(long, ['on Friday']))!;
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(t).not.toMatch(/…|\.\.\.$/);
    const words = long.replace(/[,.]/g, '').split(' ');
    for (const w of t.split(' ')) expect(words).toContain(w.replace(/^\p{Ll}/u, (c) => c));
    expect(t).toBe('The authorities would close all schools');
  });
  it('drop the description before a name when the title is long, keeping the name', () => {
    expect(
      titleFrom(
        ev(
          'Italian Interior Minister Matteo Piantedosi stated on Saturday he had not received any confirmation from Washington.',
          ['on Saturday'],
        ),
      ),
    ).toBe('Matteo Piantedosi stated he had not received any confirmation');
  });
  it('strip a wire dateline left at the start of the sentence', () => {
    const s =
      'WASHINGTON | Tue Apr 21, 2009 10:19 pm BST WASHINGTON (Reuters) - Two children in California caught a new flu.';
    expect(titleFrom(ev(s, ['Tue Apr 21, 2009 10:19 pm BST']))).toBe('Two children in California caught a new flu');
  });
  it('are never a bare attribution', () => {
    expect(titleFrom(ev('He said on Tuesday.', ['on Tuesday']))).toBeNull();
    expect(titleFrom(ev('The minister told reporters on Tuesday.', ['on Tuesday']))).toBeNull();
    expect(readable('He said')).toBe(false);
    expect(readable('Officials said so')).toBe(false);
    expect(readable('The World Health Organisation warned')).toBe(false);
    expect(readable('He said the border would close')).toBe(true);
    expect(eventTitle([ev('He said on Tuesday.', ['on Tuesday'])])).not.toMatch(/^He said$/);
  });
  it('are never only a date', () => {
    expect(readable('Tuesday 28 April 2009')).toBe(false);
    expect(readable('On the morning of 3 May')).toBe(false);
    expect(readable('Mexico closed its schools')).toBe(true);
    expect(eventTitle([ev('Tuesday, 28 April 2009, 10:00 GMT.', ['Tuesday, 28 April 2009'])])).not.toMatch(
      /^(?:Tuesday|April|2009|10:00|GMT|\s|,)+$/,
    );
  });
});

describe('the title language', () => {
  const nl = ev('De Olympische Winterspelen worden op 6 februari geopend.', ['op 6 februari'], 'nl');
  const en = ev('The Winter Olympics will be opened on 6 February.', ['on 6 February']);
  it('is the corpus majority language when some evidence is in it', () => {
    expect(eventTitle([en, nl], () => 0, 'nl')).toBe('De Olympische Winterspelen worden geopend');
    expect(eventTitle([en, nl], () => 0, 'en')).toBe('The Winter Olympics will be opened');
  });
  it('falls back to another language when no evidence is in the majority language', () => {
    expect(eventTitle([en], () => 0, 'nl')).toBe('The Winter Olympics will be opened');
  });
});

describe('majorityLanguage', () => {
  it('is the language most articles are in, not counting undetermined ones', () => {
    expect(majorityLanguage(['nl', 'nl', 'en', 'und', 'und', 'und'])).toBe('nl');
  });
  it('is English on a tie with English, and for an empty corpus', () => {
    expect(majorityLanguage(['nl', 'en'])).toBe('en');
    expect(majorityLanguage([])).toBe('en');
  });
});

describe('shortening keeps names whole', () => {
  it('drops an office before a name, never part of an organisation’s name', () => {
    const t = titleFrom(
      ev(
        'Bellflower Medical Center reported the death of a Long Beach resident from symptoms resembling swine flu on Monday afternoon.',
        ['on Monday afternoon'],
      ),
    )!;
    expect(t).toMatch(/^Bellflower Medical Center reported the death/);
  });
});

describe('titles from awkward sentences', () => {
  it('drop the possessive of a removed date', () => {
    expect(
      titleFrom(ev("MSNBC's president said Monday's flu coverage was driven by official briefings.", ['Monday'])),
    ).not.toMatch(/\bS\b|'s flu/);
    expect(titleFrom(ev("Monday's flu coverage was driven by official briefings.", ['Monday']))).toBe(
      'Flu coverage was driven by official briefings',
    );
  });
  it('take the sentence before one too short to say what happened', () => {
    const text = 'Mexico first reported the new flu strain to the WHO. It was in April.';
    const at = text.indexOf('in April');
    const e: TitleEvidence = {
      text,
      sentence: { start: text.indexOf('It was'), end: text.length },
      mention: { start: at, end: at + 8 },
      dates: [{ start: at, end: at + 8 }],
      language: 'en',
    };
    expect(eventTitle([e])).toBe('Mexico first reported the new flu strain to the WHO');
  });
});

describe('the end of a title', () => {
  it('has no full stop, but an abbreviation keeps its own', () => {
    expect(titleFrom(ev('Mexico closed all of its schools on Friday.', ['on Friday']))).toBe(
      'Mexico closed all of its schools',
    );
    expect(titleFrom(ev('The new virus reached the U.S. on Friday.', ['on Friday']))).toBe(
      'The new virus reached the U.S.',
    );
  });
});
