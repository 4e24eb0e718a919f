import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/sentences';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('the headline, standfirst and time stamp of a saved news page', () => {
  it('ends the headline at a line break even without a full stop', () => {
    const t = 'London mayor donates Tamiflu stockpile to UK\nBoris Johnson said today that plans were in place.';
    expect(sentences(t)).toEqual([
      'London mayor donates Tamiflu stockpile to UK',
      'Boris Johnson said today that plans were in place.',
    ]);
  });
  it('makes a page time stamp run into the text a sentence of its own', () => {
    const t =
      'London mayor donates Tamiflu stockpile to UK amid swine flu warnings Boris Johnson confirms tried and tested plans in place to protect capital from virus Tuesday 28 April 2009 16.35 BST Tamiflu, which will be used if swine flu breaks out in Britain.';
    expect(sentences(t)).toEqual([
      'London mayor donates Tamiflu stockpile to UK amid swine flu warnings Boris Johnson confirms tried and tested plans in place to protect capital from virus',
      'Tuesday 28 April 2009 16.35 BST',
      'Tamiflu, which will be used if swine flu breaks out in Britain.',
    ]);
  });
  it('keeps a story sentence that names a day and a time whole', () => {
    const t = 'The school closed on Tuesday 28 April 2009 at 16.35 BST, officials said.';
    expect(sentences(t)).toEqual([t]);
  });
});
