import { buildSmallTimeline } from '../fixtures/ui/small-timeline';
import { createChronologyStore } from '../../src/store/store';
import { selectFiltering, selectSources, selectVisibleEvents } from '../../src/store/selectors';
import { DAY_MS } from '../../src/timeline/extent';

function loaded() {
  const store = createChronologyStore();
  store.getState().setTimeline(buildSmallTimeline());
  return store;
}
const ids = (s: ReturnType<typeof loaded>) => selectVisibleEvents(s.getState()).map((e) => e.id);

describe('the store', () => {
  it('opens on the main story once the timeline is loaded', () => {
    const s = loaded().getState();
    expect(s.status).toBe('ready');
    expect(s.domain).toEqual(s.index!.opening);
  });

  it('keeps a view restored from a link before the data arrived', () => {
    const store = createChronologyStore();
    store.setState({ domain: [Date.UTC(2026, 0, 20), Date.UTC(2026, 0, 28)], selectedId: 'ev-pretti' });
    store.getState().setTimeline(buildSmallTimeline());
    expect(store.getState().domain).toEqual([Date.UTC(2026, 0, 20), Date.UTC(2026, 0, 28)]);
    expect(store.getState().selectedId).toBe('ev-pretti');
  });

  it('forgets a selection that names no event of the loaded timeline', () => {
    const store = createChronologyStore();
    store.setState({ selectedId: 'no-such-event' });
    store.getState().setTimeline(buildSmallTimeline());
    expect(store.getState().selectedId).toBeNull();
  });

  it('fits everything, the 2024 outlier included', () => {
    const store = loaded();
    store.getState().fitAll();
    expect(store.getState().domain![0]).toBeLessThanOrEqual(Date.UTC(2024, 0, 1));
    expect(store.getState().domain![1]).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 23));
  });

  it('clamps zooming in to two days', () => {
    const store = loaded();
    for (let i = 0; i < 20; i++) store.getState().zoomBy(2);
    const d = store.getState().domain!;
    expect(d[1] - d[0]).toBeCloseTo(2 * DAY_MS, -3);
  });

  it('filters by source: an event stays while any source backing it is shown', () => {
    const store = loaded();
    store.getState().toggleSource('asianews');
    expect(ids(store)).toContain('ev-games');
    expect(ids(store)).not.toContain('ev-rally');
    store.getState().setHiddenSources(['asianews', 'nos', 'guardian']);
    expect(ids(store)).not.toContain('ev-games');
    expect(selectFiltering(store.getState())).toBe(true);
  });

  it('searches titles and evidence sentences, ignoring accents and case', () => {
    const store = loaded();
    store.getState().setQuery('PIANTEDOSI');
    expect(ids(store)).toEqual(['ev-piantedosi']);
    store.getState().setQuery('coordinator');
    expect(ids(store)).toEqual(['ev-ayers']);
    // "coördinator" in the Dutch evidence sentence is found by the plain spelling too.
    store.getState().setQuery('dss-coordinator');
    expect(ids(store)).toEqual(['ev-ayers']);
    store.getState().setQuery('opening ceremony');
    expect(ids(store)).toEqual(['ev-rally']);
  });

  it('shows only flagged events, or one flag', () => {
    const store = loaded();
    store.getState().setFlag('conflict');
    expect(ids(store)).toEqual(['ev-games']);
    store.getState().setFlag('any');
    expect(ids(store)).not.toContain('ev-good');
    store.getState().clearFilters();
    expect(ids(store)).toHaveLength(9);
  });

  it('lists the sources in corpus order', () => {
    expect(selectSources(loaded().getState()).map((s) => s.source)).toEqual([
      'NOS',
      'The Guardian',
      'The Independent',
      'Asia News',
    ]);
  });

  it('closes the reader when another event is selected', () => {
    const store = loaded();
    store.getState().select('ev-games');
    store.getState().openReader({ articleId: 'nos', mentionId: null });
    store.getState().select('ev-games');
    expect(store.getState().reader).not.toBeNull();
    store.getState().select('ev-good');
    expect(store.getState().reader).toBeNull();
  });

  it('reveals an event: selected, announced and panned into a view that did not show it', () => {
    const store = loaded();
    const far: [number, number] = [Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 11)];
    store.getState().setDomain(far);
    store.getState().revealEvent('ev-good');
    const s = store.getState();
    expect(s.selectedId).toBe('ev-good');
    expect(s.announcement).toContain('Renee Good shot dead');
    const day = Date.UTC(2026, 0, 7);
    expect(s.domain![0]).toBeLessThan(day);
    expect(s.domain![1]).toBeGreaterThan(day + DAY_MS);
    expect(s.domain![1] - s.domain![0]).toBeCloseTo(far[1] - far[0], -3);
  });

  it('moves only the keyboard focus when revealing for focus, and leaves a view that shows the event', () => {
    const store = loaded();
    const around: [number, number] = [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 15)];
    store.getState().setDomain(around);
    store.getState().revealEvent('ev-good', 'focus');
    expect(store.getState().focusedId).toBe('ev-good');
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().domain).toEqual(around);
  });

  it('ignores a request to reveal an event the timeline does not have', () => {
    const store = loaded();
    const before = store.getState().domain;
    store.getState().revealEvent('no-such-event');
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().domain).toBe(before);
  });

  it('keeps each store its own filtered events when two are on one page', () => {
    const a = loaded();
    const b = loaded();
    a.getState().setFlag('conflict');
    expect(ids(a)).toEqual(['ev-games']);
    expect(ids(b).length).toBeGreaterThan(1);
    expect(ids(a)).toEqual(['ev-games']);
    expect(selectVisibleEvents(b.getState())).toBe(selectVisibleEvents(b.getState()));
  });
});
