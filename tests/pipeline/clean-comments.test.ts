import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/pipeline/clean';

const excluded = (text: string, reason: string) =>
  findChrome(text)
    .filter((s) => s.reason === reason)
    .map((s) => text.slice(s.start, s.end));

describe('reader comments under a story', () => {
  it('leaves out a blog comment thread from its first signed header to the end of the page', () => {
    const text = [
      'Health officials said the number of cases in the UK had risen to 1,000 on Thursday.',
      'At 9:02 pm on 11 Jun 2009, sensiblegrannie wrote: There are quite a few of us living in the UK, somewhere near 70 million people.',
      'I expect it will be over by 1 September.',
      'At 07:35 am on 12 Jun 2009, Bobsy26 wrote: This comment was removed because the moderators found it broke the House Rules.',
    ].join('\n');
    const got = excluded(text, 'reader comments');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^At 9:02 pm on 11 Jun 2009, sensiblegrannie wrote:/);
    expect(got[0]).toContain('1 September');
    expect(got[0]).toMatch(/House Rules\.$/);
    expect(text.slice(0, text.indexOf('At 9:02'))).toContain('risen to 1,000');
  });
  it('reads a comment header with a 24-hour time and an ordinal date', () => {
    const text = 'The blog post ends here.\nAt 12:19 26th Apr 2009, barriesingleton wrote: Panic sells papers.';
    expect(excluded(text, 'reader comments')).toEqual([
      'At 12:19 26th Apr 2009, barriesingleton wrote: Panic sells papers.',
    ]);
  });
  it('leaves out the comments of a closed "Have your say" debate, signatures and all', () => {
    const text = [
      'In the UK, delivery begins of leaflets offering advice on swine flu This debate is now closed.',
      'A selection of your comments appear below.',
      'Samantha Mace, Mexico City, Mexico It might be too early to say that swine flu is mild.',
    ].join('\n');
    const got = excluded(text, 'reader comments');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^This debate is now closed\..*Samantha Mace, Mexico City/s);
  });
  it('leaves out the views a debate page publishes, and not the form that only asks for them', () => {
    const page = [
      'How can we avoid a swine flu pandemic?',
      'In the meantime we are using the form on the right to ask for your comments.',
      'We will aim to publish as many of your views as we can.',
      'What will be the next scaremongering news exclusive when this is forgotten in two weeks?',
      "Andrew Lindop, Connahs Quay - I couldn't agree more with your comment.",
    ].join('\n');
    const got = excluded(page, 'reader comments');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^We will aim to publish as many of your views as we can\..*Andrew Lindop/s);
    const form = [
      'The WHO raised its alert to phase five on 29 April.',
      'Send us your comments using the form below: A selection of your comments may be published.',
    ].join('\n');
    expect(excluded(form, 'reader comments')).toEqual([]);
  });
  it('keeps news that quotes what someone wrote', () => {
    const text = [
      'Mendoza wrote that the facility was "a lot of fun".',
      'At 10:00 am on Monday, the minister wrote to schools.',
      'At 10:00 am on Monday, Johnson wrote: "Schools stay open."',
      'The health editor wrote: "There is no reason for panic," on 28 April 2009.',
    ].join('\n');
    expect(excluded(text, 'reader comments')).toEqual([]);
  });
});

describe('photo credits inside story text', () => {
  it('leaves out a credit run into the next sentence, with the escaped slash of a saved page', () => {
    const text =
      'Tamiflu, which will be used if swine flu breaks out in Britain.\nPhotograph: Sang Tan\\/AP Boris Johnson, the mayor of London, said today that plans were in place.';
    expect(excluded(text, 'photo credit')).toEqual(['Photograph: Sang Tan\\/AP']);
  });
  it('ends a credit at an agency, or at a photographer named after the agency', () => {
    const text = [
      'Photograph: PA An outbreak of swine flu at a Birmingham primary school led to its closure.',
      'Photograph: Reuters/Eliana Aponte Mexico City lowered its swine flu alert level.',
      'Photograph: Carl de Souza\\/AFP\\/Getty Images Two new cases were confirmed.',
    ].join('\n');
    expect(excluded(text, 'photo credit')).toEqual([
      'Photograph: PA',
      'Photograph: Reuters/Eliana Aponte',
      'Photograph: Carl de Souza\\/AFP\\/Getty Images',
    ]);
  });
  it('keeps a sentence that talks about a photograph', () => {
    const text = 'The photograph shows Boris Johnson in London on 28 April.\nPhotograph: a question of taste, said AP.';
    expect(excluded(text, 'photo credit')).toEqual([]);
  });
});
