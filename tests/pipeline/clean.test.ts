import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/pipeline/clean';

const seeds = readdirSync('seeds').sort();
const seed = (p: string) => readFileSync(`seeds/${seeds.find((f) => f.startsWith(p))}`, 'utf8');
const slices = (text: string, spans: { start: number; end: number; reason: string }[]): [string, string][] =>
  spans.map((s) => [s.reason, text.slice(s.start, s.end)]);

describe('findChrome', () => {
  it('finds the donation appeal of 004 without swallowing the metadata prefix', () => {
    const t = seed('004');
    const known = [{ start: 1, end: 16, reason: 'metadata line' }];
    const spans = findChrome(t, known);
    const appeal = spans.find((s) => s.reason === 'donation appeal')!;
    expect(t.slice(appeal.start, appeal.end)).toMatch(/^Your support helps us.*Support Now.*Read more$/s);
    expect(appeal.start).toBeGreaterThanOrEqual(16);
  });
  it('finds the photo caption of 004 but not the story sentences around it', () => {
    const t = seed('004');
    const spans = findChrome(t);
    expect(slices(t, spans)).toContainEqual([
      'photo caption',
      'ICE agents will have a security role at the Winter Olympics ( AFP via Getty Images )',
    ]);
    expect(spans.some((s) => t.slice(s.start, s.end).includes('Renee Nicole Good'))).toBe(false);
  });
  it('finds the section label, view counter, image placeholder and related-stories sidebar of 002', () => {
    const t = seed('002');
    const got = slices(t, findChrome(t));
    expect(got).toContainEqual(['section label', 'USA']);
    expect(got).toContainEqual(['view counter', '• views:17671']);
    expect(got).toContainEqual(['image placeholder', 'image']);
    const sidebar = got.find(([r]) => r.startsWith('related-stories'))!;
    expect(sidebar[1]).toMatch(/^Recommend\s/);
    expect(sidebar[1]).toContain('On June 2nd local time');
    expect(sidebar[1]).toMatch(/Latest$/);
    // The story itself is kept.
    expect(got.some(([, s]) => s.includes('Conte posted'))).toBe(false);
  });
  it('leaves the Dutch article alone (it has no chrome), its subheading included', () => {
    expect(findChrome(seed('000'))).toEqual([]);
  });
  it('does not take an article sentence that mentions support or donations for an appeal', () => {
    const t =
      'The charity said donations had fallen sharply this year.\n\nOfficials said support for the plan was growing.';
    expect(findChrome(t)).toEqual([]);
  });
  it('does not take a short headline for a section label', () => {
    const t =
      'Trump wins again\nThe president won the vote on Tuesday by a wide margin, officials said after the count.';
    expect(findChrome(t)).toEqual([]);
  });
  it('does not take a story paragraph about donations and newsletters for an appeal', () => {
    const t =
      'The charity said donations fell after its newsletter asked supporters to donate online instead of in person.';
    expect(findChrome(t)).toEqual([]);
  });
  it('keeps a "Latest" heading near the top to itself instead of cutting the article', () => {
    const t =
      'Latest\nThe minister resigned on Tuesday after weeks of pressure from his own party and the opposition.\nMore text follows here about the resignation and what comes next for the government.';
    const spans = findChrome(t);
    expect(spans).toEqual([{ start: 0, end: 6, reason: 'navigation label' }]);
  });
  it('marks wire credits and standalone buttons', () => {
    const t =
      'A story sentence that is long enough to be the body of the article.\nRead more\n(Reporting by Jane Doe; Editing by John Roe)';
    expect(slices(t, findChrome(t)).map(([r]) => r)).toEqual(['button label', 'reporting and editing credits']);
  });
});
