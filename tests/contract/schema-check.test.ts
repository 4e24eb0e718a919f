/**
 * The compiled schema check says yes exactly where zod does: on files changed one value at a time (a wrong
 * type, a bad date, an empty id, an unknown key, a missing field), inline and sharded. Both versions: the
 * module the build ships to the page (plain code, evaluated here as it is), and the pipeline's runtime one.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { checksSource, generateCheck, type Check } from '../../src/contract/schema-check';
import { pageChecksModule } from '../../src/contract/page-checks-build';
import * as pageChecks from '../../src/contract/page-checks';
import { SCHEMA_VERSION, textShardSchema, timelineSchema } from '../../src/contract';

const good = {
  schemaVersion: SCHEMA_VERSION,
  corpus: 'seeds',
  articles: [
    {
      id: 'a',
      file: 'seeds/a.txt',
      format: 'text',
      outlet: 'a.txt',
      headline: 'A',
      url: 'https://example.org/a',
      byline: null,
      modified: '2026-01-27T14:03:00Z',
      language: 'en',
      published: { date: '2026-01-27', basis: 'metadata', evidence: { start: 0, end: 4 } },
      text: 'It opens on 6 February.',
      excluded: [{ start: 0, end: 2, reason: 'metadata line' }],
      sentences: [{ start: 0, end: 23 }],
      warnings: [],
    },
    {
      id: 'b',
      file: 'seeds/b.txt',
      format: 'html',
      outlet: 'b',
      headline: 'B',
      url: null,
      byline: 'X',
      modified: null,
      language: 'und',
      published: null,
      textShard: 'texts/0000.json',
      textLength: 10,
      excluded: [],
      sentences: [],
      duplicateOf: 'a',
      warnings: ['w'],
    },
  ],
  mentions: [
    {
      id: 'a:9-22',
      articleId: 'a',
      start: 9,
      end: 22,
      text: 'on 6 February',
      kind: 'date',
      value: { start: '2026-02', part: 'early' },
      timex: { type: 'DATE', value: '2026-02-06' },
      relative: true,
      sentence: { start: 0, end: 23 },
      eventId: 'e1',
      note: 'n',
      anchor: 'a:9-22',
      quote: 'It opens on 6 February.',
    },
  ],
  events: [
    {
      id: 'e1',
      date: { start: '2026-02-06', end: '2026-02-07' },
      title: 'It opens',
      mentionIds: ['a:9-22'],
      articleIds: ['a'],
      sourceCount: 1,
      flags: ['approximate'],
      rank: 1,
      weight: 0.5,
      why: '1 source',
    },
  ],
  skipped: [{ file: 'x.pdf', reason: 'not UTF-8 text' }],
};

/** Every path to a value in the file (object keys and array indexes). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** Values that break some field and fit others. */
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '',
  'x',
  '😀',
  '2026-1-6',
  '2026-13',
  'texts/../a.json',
  'ftp://example.org',
  -1,
  0,
  1.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  true,
  [],
  ['x'],
  {},
  'early',
  'DATE',
  SCHEMA_VERSION,
];

type Edit = { path: (string | number)[]; op: 'set' | 'delete' | 'add-key'; value: unknown };

function applyEdit(file: unknown, edit: Edit): unknown {
  const copy = structuredClone(file) as Record<string | number, unknown>;
  if (edit.path.length === 0) return edit.op === 'set' ? edit.value : copy;
  let parent: unknown = copy;
  for (const k of edit.path.slice(0, -1))
    parent =
      typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[k] : undefined;
  // An earlier edit may have removed the place this one was for.
  if (typeof parent !== 'object' || parent === null) return copy;
  return edited(parent as Record<string | number, unknown>, edit, copy);
}

function edited(parent: Record<string | number, unknown>, edit: Edit, copy: unknown): unknown {
  const key = edit.path.at(-1)!;
  if (edit.op === 'set') parent[key] = edit.value;
  else if (edit.op === 'delete') delete parent[key];
  else if (typeof parent[key] === 'object' && parent[key] !== null) (parent[key] as Record<string, unknown>).extra = 1;
  return copy;
}

const edits = (file: unknown) =>
  fc.record({
    path: fc.constantFrom(...paths(file)),
    op: fc.constantFrom('set' as const, 'delete' as const, 'add-key' as const),
    value: fc.constantFrom(...REPLACEMENTS),
  });

/** The module the build ships in place of page-checks.ts, imported on its own (no scope, no zod). */
async function builtModule(): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(pageChecksModule())}`)) as Record<string, unknown>;
}

const built = await builtModule();

const versions: [string, { timeline: Check; shard: Check }][] = [
  ['the page’s, generated at build time', { timeline: built.isTimeline as Check, shard: built.isTextShard as Check }],
  // The generated code itself: compileCheck would quietly fall back to zod if generating failed.
  [
    'the pipeline’s, generated at run time',
    { timeline: generateCheck(timelineSchema), shard: generateCheck(textShardSchema) },
  ],
];

describe.each(versions)('the compiled schema check, %s', (_, checks) => {
  const check = checks.timeline;

  it('accepts what zod accepts', () => {
    expect(timelineSchema.safeParse(good).success).toBe(true);
    expect(check(good)).toBe(true);
  });

  it('agrees with zod on every file one edit away', () => {
    fc.assert(
      fc.property(fc.array(edits(good), { minLength: 1, maxLength: 3 }), (list) => {
        const file = list.reduce<unknown>((f, e) => applyEdit(f, e), good);
        expect(check(file)).toBe(timelineSchema.safeParse(file).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with zod on text shards', () => {
    const shard = { schemaVersion: SCHEMA_VERSION, texts: { a: 'text', b: '' } };
    fc.assert(
      fc.property(edits(shard), (e) => {
        const file = applyEdit(shard, e);
        expect(checks.shard(file)).toBe(textShardSchema.safeParse(file).success);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the checks generated for the build', () => {
  it('are the ones page-checks.ts exports, under the same names', () => {
    expect(Object.keys(built).sort()).toEqual(Object.keys(pageChecks).sort());
    expect(built.SCHEMA_VERSION).toBe(SCHEMA_VERSION);
    expect((built.isEventFlag as Check)('conflict')).toBe(true);
    expect((built.isEventFlag as Check)('urgent')).toBe(false);
  });

  it('count a string’s length in code points, as zod does', () => {
    const source = checksSource({ word: z.string().check(z.minLength(2), z.maxLength(3)) });
    const word = new Function(`${source}\nreturn word;`)() as Check;
    for (const s of ['😀', '😀😀', 'ab', '😀😀😀😀', 'abcd', '\ud800x'])
      expect(word(s)).toBe(z.string().check(z.minLength(2), z.maxLength(3)).safeParse(s).success);
  });

  it('fail the build on a part of a schema they cannot write as code, rather than ship a looser check', () => {
    expect(() => checksSource({ odd: z.string().check(z.refine((s) => s !== 'odd')) })).toThrow(
      /cannot be checked by generated code/,
    );
    expect(() => checksSource({ mail: z.email() })).toThrow(/cannot be checked by generated code/);
  });
});
