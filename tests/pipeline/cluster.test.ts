import { describe, expect, it } from 'vitest';
import { cluster, type ClusterInput } from '../../src/pipeline/cluster';
import { wordBag } from '../../src/pipeline/features';
import type { DateValue } from '../../src/contract';

/** One mention per line: [article, sentence, the date as written in it, its value, relative?]. */
type Case = [number, string, string, DateValue, boolean?];

function inputs(cases: Case[]): ClusterInput[] {
  // The sentences of one article are laid end to end in one text, as in a real article.
  const texts = new Map<number, string>();
  return cases.map(([articleIndex, sentenceText, date, value, relative], key) => {
    const before = texts.get(articleIndex) ?? '';
    const base = before.length;
    const text = before + sentenceText + '\n';
    texts.set(articleIndex, text);
    const at = sentenceText.indexOf(date);
    if (at < 0) throw new Error(`"${date}" not in "${sentenceText}"`);
    const mention = { start: base + at, end: base + at + date.length };
    const sentence = { start: base, end: base + sentenceText.length };
    return {
      key,
      articleIndex,
      mentionId: `m${key}`,
      start: mention.start,
      sentence,
      value,
      relative: relative ?? true,
      storyNames: story(articleIndex),
      bag: wordBag(text, sentence, mention, [mention]),
    };
  });
}

/** Every article of a case list tells the same story unless its index is 9 or more. */
const SAME = new Set(['Milan', 'Cortina', 'Olympics', 'Sala']);
const story = (articleIndex: number) => (articleIndex >= 9 ? new Set(['Bavaria', 'Munich', 'Farmers']) : SAME);

/** Events as lists of member keys, sorted, for easy comparison. */
const groups = (cs: Case[]) =>
  cluster(inputs(cs))
    .events.map((e) => e.members)
    .sort((a, b) => a[0]! - b[0]!);

describe('cluster', () => {
  it('joins reports of the same happening on the same day from different articles, across languages', () => {
    expect(
      groups([
        [
          0,
          'Intensive care nurse Alex Pretti was shot dead in Minneapolis on 24 January.',
          'on 24 January',
          { start: '2026-01-24' },
        ],
        [1, 'Alex Pretti werd op 24 januari in Minneapolis doodgeschoten.', 'op 24 januari', { start: '2026-01-24' }],
      ]),
    ).toEqual([[0, 1]]);
  });
  it('keeps different happenings on the same day apart, within one article and across articles', () => {
    expect(
      groups([
        [
          0,
          'Interior Minister Matteo Piantedosi stated on Saturday that he had not received confirmation.',
          'on Saturday',
          { start: '2026-01-24' },
        ],
        [
          0,
          'Intensive care nurse Alex Pretti was then shot dead on 24 January in Minneapolis.',
          'on 24 January',
          { start: '2026-01-24' },
        ],
        [
          1,
          'Farmers in Bavaria blocked roads with tractors on 24 January over fuel subsidies.',
          'on 24 January',
          { start: '2026-01-24' },
        ],
      ]),
    ).toEqual([[0], [1], [2]]);
  });
  it('counts the same date twice in one sentence as evidence for one event', () => {
    const text =
      'Speculation mounted further on Monday after Attilio Fontana said on Monday that Vance would be protected.';
    const first = text.indexOf('on Monday');
    const second = text.indexOf('on Monday', first + 1);
    const sentence = { start: 0, end: text.length };
    const mk = (key: number, start: number): ClusterInput => {
      const mention = { start, end: start + 9 };
      return {
        key,
        articleIndex: 0,
        mentionId: `m${key}`,
        start,
        sentence,
        value: { start: '2026-01-26' },
        relative: true,
        bag: wordBag(text, sentence, mention, [mention]),
      };
    };
    expect(cluster([mk(0, first), mk(1, second)]).events.map((e) => e.members)).toEqual([[0, 1]]);
  });
  it('joins "which begin on 6 February" to the 6-22 February Games but not a rally on the opening day', () => {
    const ev = groups([
      [
        0,
        'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
        'from February 6th to 22nd',
        { start: '2026-02-06', end: '2026-02-22' },
      ],
      [
        1,
        'The source said HSI would back up security at the February 6-22 Milano Cortina Winter Olympics.',
        'February 6-22',
        { start: '2026-02-06', end: '2026-02-22' },
      ],
      [2, 'De Olympische Winterspelen worden op 6 februari geopend.', 'op 6 februari', { start: '2026-02-06' }],
      [
        1,
        'The union said it would hold a rally in central Milan on February 6, to coincide with the opening ceremony.',
        'on February 6',
        { start: '2026-02-06' },
      ],
    ]);
    expect(ev).toEqual([[0, 1, 2], [3]]);
  });
  it('does not join a start on the same day from another story to a range', () => {
    expect(
      groups([
        [
          0,
          'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
          'from February 6th to 22nd',
          { start: '2026-02-06', end: '2026-02-22' },
        ],
        [9, 'The farmers strike in Bavaria begins on 6 February.', 'on 6 February', { start: '2026-02-06' }],
      ]),
    ).toEqual([[0], [1]]);
  });
  it('joins a vaguer claim to the one precise event it clearly names, and keeps it apart when it names none', () => {
    const cases: Case[] = [
      [
        0,
        'Mother of three Renee Nicole Good was shot dead by ICE agent Jonathan Ross on 7 January.',
        'on 7 January',
        { start: '2026-01-07' },
      ],
      [0, 'Alex Pretti was shot dead on 24 January in Minneapolis.', 'on 24 January', { start: '2026-01-24' }],
      [
        1,
        'Begin deze maand schoot een ICE-agent Renée Good dood in Minneapolis.',
        'Begin deze maand',
        { start: '2026-01', part: 'early' },
      ],
      [
        1,
        'Coördinator Timothy Ayers vertelde eerder deze maand aan ABC News over de beveiliging.',
        'eerder deze maand',
        { start: '2026-01' },
      ],
    ];
    expect(groups(cases)).toEqual([[0, 2], [1], [3]]);
  });
  it('does not pin a month claim about two happenings on either of them', () => {
    const ev = groups([
      [0, 'Renee Good was shot dead by an ICE agent on 7 January.', 'on 7 January', { start: '2026-01-07' }],
      [
        0,
        'Alex Pretti was shot dead by a Border Patrol agent on 24 January.',
        'on 24 January',
        { start: '2026-01-24' },
      ],
      [
        1,
        'Outrage grew after the fatal shootings this month of Renee Good and Alex Pretti.',
        'this month',
        { start: '2026-01' },
      ],
    ]);
    expect(ev).toEqual([[0], [1], [2]]);
  });
  it('keeps a relative claim that gives another date for the same thing as conflicting evidence, with a note', () => {
    const r = cluster(
      inputs([
        [
          0,
          'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
          'from February 6th to 22nd',
          { start: '2026-02-06', end: '2026-02-22' },
        ],
        [1, 'De Olympische Winterspelen worden op 6 februari geopend.', 'op 6 februari', { start: '2026-02-06' }],
        [
          0,
          'The US will send agents for the upcoming Winter Olympics in December.',
          'in December',
          { start: '2026-12' },
        ],
      ]),
    );
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      members: [0, 1],
      conflicts: [2],
      value: { start: '2026-02-06', end: '2026-02-22' },
    });
    expect(r.notes.get(2)).toBe(
      'disagrees with the other sources about the date of this event: it says December 2026, they say 6–22 February 2026',
    );
  });
  it('keeps even two sources that agree on the wrong month as disagreeing evidence of the better-backed event', () => {
    const r = cluster(
      inputs([
        [
          0,
          'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
          'from February 6th to 22nd',
          { start: '2026-02-06', end: '2026-02-22' },
        ],
        [1, 'De Olympische Winterspelen worden op 6 februari geopend.', 'op 6 februari', { start: '2026-02-06' }],
        [
          3,
          'The Milan Winter Olympics, which begin on 6 February, are near.',
          'on 6 February',
          { start: '2026-02-06' },
        ],
        [
          2,
          'The US will send agents for the upcoming Winter Olympics in December.',
          'in December',
          { start: '2026-12' },
        ],
        [
          4,
          'Italy prepares the upcoming Winter Olympics in December, officials said.',
          'in December',
          { start: '2026-12' },
        ],
      ]),
    );
    expect(r.events.map((e) => [e.members, e.conflicts])).toEqual([
      [
        [0, 1, 2],
        [3, 4],
      ],
    ]);
  });
  it('does not make four agreeing sources a minority: a month named by four articles stands as its own event', () => {
    const feb: Case = [
      0,
      'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
      'from February 6th to 22nd',
      { start: '2026-02-06', end: '2026-02-22' },
    ];
    const nl = (a: number): Case => [
      a,
      'De Olympische Winterspelen worden op 6 februari geopend.',
      'op 6 februari',
      { start: '2026-02-06' },
    ];
    const dec = (a: number): Case => [
      a,
      'The US will send agents for the upcoming Winter Olympics in December.',
      'in December',
      { start: '2026-12' },
    ];
    const r = cluster(inputs([feb, nl(1), nl(3), nl(5), nl(6), dec(2), dec(4), dec(7), dec(8)]));
    expect(r.events.map((e) => [e.members.length, e.conflicts.length])).toEqual([
      [5, 0],
      [4, 0],
    ]);
  });
  it('does not take the same wording with another day in another article for a disagreement', () => {
    const r = cluster(
      inputs([
        [0, 'The city council of Milan meets on Tuesday to vote on the budget.', 'on Tuesday', { start: '2026-01-27' }],
        [1, 'The city council of Milan meets on Tuesday to vote on the budget.', 'on Tuesday', { start: '2026-01-27' }],
        [2, 'The city council of Milan meets on Tuesday to vote on the budget.', 'on Tuesday', { start: '2026-02-03' }],
      ]),
    );
    expect(r.events.map((e) => [e.members, e.conflicts])).toEqual([
      [[0, 1], []],
      [[2], []],
    ]);
  });
  it('finds the disagreement in another article of the same story, not in another story', () => {
    const r = cluster(
      inputs([
        [
          0,
          'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
          'from February 6th to 22nd',
          { start: '2026-02-06', end: '2026-02-22' },
        ],
        [1, 'De Olympische Winterspelen worden op 6 februari geopend.', 'op 6 februari', { start: '2026-02-06' }],
        [
          2,
          'The US will send agents for the upcoming Winter Olympics in December.',
          'in December',
          { start: '2026-12' },
        ],
        [9, 'Farmers in Bavaria will protest against diesel cuts in December.', 'in December', { start: '2026-12' }],
      ]),
    );
    expect(r.events.map((e) => [e.members, e.conflicts]).sort()).toEqual(
      [
        [[0, 1], [2]],
        [[3], []],
      ].sort(),
    );
  });
  it('does not take an explicit other year of the same kind of thing for a conflict', () => {
    const r = cluster(
      inputs([
        [
          0,
          'Milan Cortina Winter Olympics will be held from February 6th to 22nd.',
          'from February 6th to 22nd',
          { start: '2026-02-06', end: '2026-02-22' },
        ],
        [1, 'The Olympic Winter Games begin on 6 February.', 'on 6 February', { start: '2026-02-06' }],
        [0, 'HSI was present at the 2024 Winter Olympics in Paris.', '2024', { start: '2024' }, false],
      ]),
    );
    expect(r.events.map((e) => e.members).sort((a, b) => a[0]! - b[0]!)).toEqual([[0, 1], [2]]);
    expect(r.events.every((e) => e.conflicts.length === 0)).toBe(true);
  });
  it('gives the same events whatever the order of its input', () => {
    const cs: Case[] = [
      [0, 'Alex Pretti was shot dead on 24 January in Minneapolis.', 'on 24 January', { start: '2026-01-24' }],
      [1, 'Alex Pretti werd op 24 januari in Minneapolis doodgeschoten.', 'op 24 januari', { start: '2026-01-24' }],
      [2, 'Piantedosi stated on Saturday that he had no confirmation.', 'on Saturday', { start: '2026-01-24' }],
    ];
    const a = cluster(inputs(cs)).events.map((e) => [e.anchor, e.members]);
    const b = cluster(inputs(cs).reverse()).events.map((e) => [e.anchor, e.members]);
    expect(b.sort()).toEqual(a.sort());
  });
});
