import { describe, expect, it } from 'vitest';
import { createChronologyStore } from '../../src/store/store';
import { searchWords, selectShownSources, selectSources, selectVisibleEvents } from '../../src/store/selectors';
import { syntheticTimeline } from '../../bench/synthetic-timeline';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

function storeWith() {
  const store = createChronologyStore();
  store.getState().setTimeline(buildSmallTimeline());
  return store;
}

const titles = (store: ReturnType<typeof storeWith>) => selectVisibleEvents(store.getState()).map((e) => e.title);

describe('search as one types', () => {
  it('finds the same events typed letter by letter as pasted whole', () => {
    const typed = storeWith();
    for (const q of ['p', 'pr', 'pre', 'pret', 'prett', 'pretti']) {
      typed.getState().setQuery(q);
      selectVisibleEvents(typed.getState());
    }
    const pasted = storeWith();
    pasted.getState().setQuery('pretti');
    expect(titles(typed)).toEqual(titles(pasted));
    expect(titles(typed)).toContain('Alex Pretti shot dead');
  });

  it('widens again when letters are deleted or a word is replaced', () => {
    const store = storeWith();
    store.getState().setQuery('pretti');
    const narrow = titles(store);
    store.getState().setQuery('pre');
    const wide = titles(store);
    expect(wide.length).toBeGreaterThanOrEqual(narrow.length);
    store.getState().setQuery('olympics');
    const fresh = storeWith();
    fresh.getState().setQuery('olympics');
    expect(titles(store)).toEqual(titles(fresh));
    expect(titles(store)).not.toEqual(narrow);
  });

  it('does not narrow from a result made with other filters', () => {
    const store = storeWith();
    store.getState().setQuery('ice');
    store.getState().setFlag('conflict');
    const flagged = titles(store);
    store.getState().setFlag('all');
    store.getState().setQuery('ice o');
    const fresh = storeWith();
    fresh.getState().setQuery('ice o');
    expect(titles(store)).toEqual(titles(fresh));
    expect(titles(store).length).toBeGreaterThan(flagged.length);
  });

  it('folds accents and case and ignores extra spaces', () => {
    expect(searchWords('  Renée   GOOD ')).toEqual(['renee', 'good']);
  });
});

describe('search results kept while typing', () => {
  it('gives back what an earlier query found when one deletes back to it, after other filters too', () => {
    const store = storeWith();
    store.getState().setQuery('ice');
    const ice = titles(store);
    store.getState().setQuery('ice agents');
    store.getState().setFlag('conflict');
    store.getState().setFlag('all');
    store.getState().setQuery('ice');
    expect(titles(store)).toEqual(ice);
    expect(ice.length).toBeGreaterThan(0);
  });
});

describe('the sources the filter keeps', () => {
  it('leaves out the hidden ones and follows the hidden list as it changes', () => {
    const store = storeWith();
    const all = selectSources(store.getState()).map((x) => x.id);
    store.getState().toggleSource(all[0]!);
    expect(selectShownSources(store.getState()).map((x) => x.id)).toEqual(all.slice(1));
    store.getState().toggleSource(all[0]!);
    expect(selectShownSources(store.getState()).map((x) => x.id)).toEqual(all);
  });
});

describe('the search text built in idle slices', () => {
  const big = syntheticTimeline({ events: 500, articles: 60 });
  const loaded = () => {
    const store = createChronologyStore();
    store.getState().setTimeline(big);
    return store;
  };

  it('finds what a search text built at once finds, when a search comes half-way through', () => {
    const sliced = loaded();
    // One slice: part of the events have their search text, the rest not yet.
    expect(sliced.getState().index!.prepareSearch(0)).toBe(false);
    const whole = loaded();
    whole.getState().index!.searchText();
    const found = ['milan', 'zzz no such word'].map((q) => {
      sliced.getState().setQuery(q);
      whole.getState().setQuery(q);
      expect(titles(sliced)).toEqual(titles(whole));
      return titles(whole).length;
    });
    expect(found[0]).toBeGreaterThan(0);
    expect(found[1]).toBe(0);
    expect(sliced.getState().index!.prepareSearch(0)).toBe(true);
  });
});
