import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimeline, type InputFile } from '../../src/pipeline/build';
import { validateTimeline } from '../../src/contract';
import { seedFiles } from './seeds-helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const file = (path: string, text: string | Uint8Array): InputFile => ({
  path,
  bytes: typeof text === 'string' ? enc(text) : text,
});
const UNRELATED =
  ' date 2025-03-14 Farmers in Bavaria blocked motorways with tractors on Thursday, protesting against cuts to diesel subsidies. The regional farmers union said a larger protest would follow on 2 April in Munich.';

describe('buildTimeline on bad input', () => {
  it('skips an empty, a binary, a non-UTF-8 and a too large file by name and reason, and builds the rest', () => {
    const { timeline, report } = buildTimeline(
      [
        ...seedFiles().slice(3),
        file('in/empty.txt', ''),
        file('in/image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
        file(
          'in/latin1.txt',
          new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x6f, 0x6e, 0x64, 0x61, 0x79]),
        ),
        file('in/huge.txt', 'x'.repeat(6000)),
      ],
      { corpus: 'in', maxBytes: 5000 },
    );
    expect(report.errors).toEqual([]);
    expect(timeline.skipped).toEqual([
      { file: 'in/empty.txt', reason: 'empty file' },
      { file: 'in/huge.txt', reason: expect.stringContaining('too large') },
      { file: 'in/image.png', reason: expect.stringContaining('binary') },
      { file: 'in/latin1.txt', reason: expect.stringContaining('not UTF-8') },
    ]);
    expect(timeline.articles.map((a) => a.file)).toEqual([
      'seeds/003_a3997d91b73906bd.txt',
      'seeds/004_698a170e00b52a8d.txt',
    ]);
    expect(timeline.events.length).toBeGreaterThan(0);
  });

  it('keeps an article without dates, with no events from it', () => {
    const { timeline, report } = buildTimeline(
      [file('c/plain.txt', 'The mayor of Milan said the agents were not welcome in the city at all.')],
      { corpus: 'c' },
    );
    expect(report.errors).toEqual([]);
    expect(timeline.articles).toHaveLength(1);
    expect(timeline.mentions).toEqual([]);
    expect(report.articles[0]).toMatchObject({ found: 0, placed: 0 });
  });

  it('marks the same article twice as a duplicate and does not count its dates again', () => {
    const seeds = seedFiles();
    const once = buildTimeline(seeds, { corpus: 'seeds' }).timeline;
    const twice = buildTimeline([...seeds, { path: 'seeds/zz_copy.txt', bytes: seeds[4]!.bytes }], {
      corpus: 'seeds',
    }).timeline;
    const copy = twice.articles.find((a) => a.id === 'zz_copy')!;
    expect(copy.duplicateOf).toBe('004_698a170e00b52a8d');
    expect(copy.warnings.join(' ')).toContain('same article');
    expect(twice.mentions.filter((m) => m.articleId === 'zz_copy').every((m) => m.eventId === null && m.note)).toBe(
      true,
    );
    expect(twice.events.map((e) => [e.id, e.sourceCount])).toEqual(once.events.map((e) => [e.id, e.sourceCount]));
  });

  it('recognises the same article with different white space as a duplicate, and a different one as not', () => {
    const text = 'The mayor said on Tuesday that the agents were not welcome in Milan.';
    const { timeline } = buildTimeline(
      [
        file('c/a.txt', text),
        file('c/b.txt', `\n  ${text.replace(/ /g, '  \n')}  \n`),
        file('c/c.txt', text.replace('Milan', 'Turin')),
      ],
      { corpus: 'c' },
    );
    expect(timeline.articles.map((a) => a.duplicateOf ?? null)).toEqual([null, 'a', null]);
  });

  it('warns about a malformed metadata line and dates the article another way', () => {
    const { timeline } = buildTimeline(
      [...seedFiles(), file('seeds/zz_bad.txt', ' date 2026-13-45 ' + UNRELATED.slice(17))],
      { corpus: 'seeds' },
    );
    const a = timeline.articles.find((x) => x.id === 'zz_bad')!;
    expect(a.warnings.join(' ')).toContain('malformed metadata line');
    expect(a.published?.basis ?? 'none').not.toBe('metadata');
    expect(a.excluded.map((e) => e.reason)).toContain('metadata line');
  });

  it('gives a relative date of an undatable article no place, and says why', () => {
    const { timeline } = buildTimeline(
      [file('c/x.txt', 'Qwerty zyx said on Tuesday that plans for the harbour were finished.')],
      { corpus: 'c' },
    );
    expect(timeline.articles[0]!.published).toBeNull();
    const m = timeline.mentions.find((x) => /Tuesday/.test(x.text));
    expect(m?.eventId).toBeNull();
    expect(m?.note).toMatch(/no publication date/);
  });

  it('builds an empty but valid timeline from no files', () => {
    const { timeline, report } = buildTimeline([], { corpus: 'none' });
    expect(report.errors).toEqual([]);
    expect(timeline).toMatchObject({ articles: [], mentions: [], events: [], skipped: [] });
  });
});

describe('buildTimeline determinism and stability', () => {
  it('gives byte-identical output for the same input, in any file order', () => {
    const a = JSON.stringify(buildTimeline(seedFiles(), { corpus: 'seeds' }).timeline);
    const b = JSON.stringify(buildTimeline(seedFiles().reverse(), { corpus: 'seeds' }).timeline);
    expect(b).toBe(a);
  });

  it('keeps every existing id and event when an unrelated article is added', () => {
    const before = buildTimeline(seedFiles(), { corpus: 'seeds' }).timeline;
    const after = buildTimeline([...seedFiles(), file('seeds/005_bavaria.txt', UNRELATED)], {
      corpus: 'seeds',
    }).timeline;
    expect(after.articles.slice(0, 5).map((a) => [a.id, a.published])).toEqual(
      before.articles.map((a) => [a.id, a.published]),
    );
    const ids = new Set(after.mentions.map((m) => m.id));
    for (const m of before.mentions) expect(ids.has(m.id)).toBe(true);
    const events = new Map(after.events.map((e) => [e.id, e]));
    for (const e of before.events) {
      expect(events.get(e.id), e.title).toBeDefined();
      expect(events.get(e.id)!.mentionIds).toEqual(e.mentionIds);
      expect(events.get(e.id)!.title).toBe(e.title);
    }
    // The new article has its own events.
    expect(after.events.some((e) => e.articleIds.includes('005_bavaria'))).toBe(true);
  });
});

describe('buildTimeline on many similar articles', () => {
  it('places or explains every mention when stories repeat with shifted months', () => {
    const months = ['January', 'February', 'March', 'April'];
    const files: InputFile[] = [];
    for (let i = 0; i < 24; i++) {
      const m = months[i % 4]!;
      const n = months[(i + 1) % 4]!;
      files.push(
        file(
          `c/${String(i).padStart(2, '0')}.txt`,
          ` date 2026-0${(i % 4) + 1}-15 The upcoming Winter Olympics in ${m} will be held in Milan. ICE agents will help protect the Winter Olympics delegations in ${n}, Sala said. The Milan Winter Olympics begin on 6 ${m}.`,
        ),
      );
    }
    const { timeline, report } = buildTimeline(files, { corpus: 'c' });
    expect(report.errors).toEqual([]);
    for (const mention of timeline.mentions)
      expect(mention.eventId !== null || Boolean(mention.note), mention.id).toBe(true);
  });
});

describe('buildTimeline never throws and always validates', () => {
  const arbitraryFile = fc.record({
    path: fc.stringMatching(/^[a-z0-9_]{1,8}\.txt$/).map((p) => `c/${p}`),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }).map(enc),
      fc
        .array(
          fc.constantFrom(
            'on Tuesday',
            ' date 2026-01-27 ',
            '6 February',
            'this month',
            'Read more',
            'now',
            'June 4, 2026',
            '\n',
            '. ',
            'Sala said ',
            'Recommend\n',
            '2024',
            'from February 6th to 22nd',
            'é',
            '(AFP)',
          ),
          { maxLength: 30 },
        )
        .map((parts) => enc(parts.join(' '))),
    ),
  });
  it('on arbitrary bytes and texts', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFile, { maxLength: 5 }), (files) => {
        const { timeline, report } = buildTimeline(files, { corpus: 'c' });
        expect(report.errors).toEqual([]);
        expect(validateTimeline(JSON.parse(JSON.stringify(timeline))).ok).toBe(true);
        expect(timeline.articles.length + timeline.skipped.length).toBe(files.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('buildTimeline reference dates from the text', () => {
  it('takes the date of a dateline with a year (basis dateline) and does not make it an event', () => {
    const { timeline } = buildTimeline(
      [file('c/a.txt', 'ROME, Jan 27, 2026 (Reuters) - The minister said on Monday that the plan would go ahead.')],
      { corpus: 'c' },
    );
    const a = timeline.articles[0]!;
    expect(a.published).toMatchObject({ date: '2026-01-27', basis: 'dateline' });
    const monday = timeline.mentions.find((m) => /Monday/.test(m.text));
    expect(monday?.value).toEqual({ start: '2026-01-26' });
    const dl = timeline.mentions.find((m) => m.start < 20);
    if (dl) expect(dl.eventId).toBeNull();
  });
  it('accepts a page stamp the article does not contradict, and says it was a stamp', () => {
    const { timeline } = buildTimeline(
      [
        file(
          'c/a.txt',
          'January 28, 2026, 9:15 a.m.\n\nThe mayor said on Tuesday that the city would not welcome the agents during the Games.',
        ),
      ],
      { corpus: 'c' },
    );
    const a = timeline.articles[0]!;
    expect(a.published).toMatchObject({
      date: '2026-01-28',
      basis: 'metadata',
      note: expect.stringContaining('page timestamp'),
    });
    expect(timeline.mentions.find((m) => /Tuesday/.test(m.text))?.value).toEqual({ start: '2026-01-27' });
    expect(a.excluded.map((e) => e.reason)).toContain('page timestamp');
  });
  it('labels text it cannot identify as und and still extracts its absolute dates', () => {
    const { timeline } = buildTimeline(
      [file('c/a.txt', 'Milano Cortina 2026: 6-22.02.2026. ICE, HSI, DSS. 7 January 2026.')],
      { corpus: 'c' },
    );
    expect(timeline.articles[0]!.language).toBe('und');
    expect(timeline.mentions.some((m) => m.value?.start === '2026-01-07')).toBe(true);
  });
});

describe('buildTimeline reference dates from outside the text', () => {
  it('dates an article by its dated folder and resolves its relative dates against that day', () => {
    const { timeline } = buildTimeline(
      [file('c/2009-04-25/558.txt', 'Experts said on Friday that the new virus had spread to Texas and California.')],
      { corpus: 'c' },
    );
    expect(timeline.articles[0]!.published).toMatchObject({ date: '2009-04-25', basis: 'path' });
    expect(timeline.mentions.find((m) => /Friday/.test(m.text))?.value).toEqual({ start: '2009-04-24' });
  });
  it("keeps the path's date over a dateline that disagrees, and says so", () => {
    const { timeline, report } = buildTimeline(
      [file('c/2009-04-28/1.txt', 'MEXICO CITY, April 27 (Reuters) - Schools were closed on Monday across the city.')],
      { corpus: 'c' },
    );
    expect(timeline.articles[0]!.published).toMatchObject({ date: '2009-04-28', basis: 'path' });
    expect(report.articles[0]!.warnings.join(' ')).toContain("the dateline says 2009-04-27 but the file's path says");
  });
  it('still checks the article against a date from its path, and warns when its words contradict it', () => {
    const { timeline, report } = buildTimeline(
      [file('c/2009-05-19/1.txt', 'The first cases were confirmed on Friday, April 24 by the ministry.')],
      { corpus: 'c' },
    );
    expect(timeline.articles[0]!.published).toMatchObject({ date: '2009-05-19', basis: 'path' });
    expect(report.articles[0]!.warnings.join(' ')).toContain('Friday, April 24');
  });
});

describe('buildTimeline on 002 alone', () => {
  it('still rejects its June stamp and dates it from its own weekday and date, without the corpus', () => {
    const seed = seedFiles()[2]!;
    const { timeline } = buildTimeline([seed], { corpus: 'seeds' });
    const a = timeline.articles[0]!;
    expect(a.published).toMatchObject({ date: '2026-01-27', basis: 'inferred' });
    expect(a.published?.note).toMatch(/rejected/);
    expect(timeline.events.some((e) => e.date.start.startsWith('2026-06'))).toBe(false);
  });
});
