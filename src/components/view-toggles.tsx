/** Lane mode (combined / one lane per source), chart / list view, and how many key events get labels. */
import { memo } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { KEY_COUNTS } from '../store/store';

/** Memoised: it re-renders when a toggle changes, not on every selection the page re-renders for. */
export const ViewToggles = memo(function ViewToggles() {
  const store = useChronologyStore();
  const laneMode = useChronology((s) => s.laneMode);
  const listView = useChronology((s) => s.listView);
  const keyCount = useChronology((s) => s.keyCount);
  // Only worth offering when there are more events than the smallest choice labels.
  const many = useChronology((s) => (s.index?.events.length ?? 0) > KEY_COUNTS[0]);
  return (
    <div className="view-toggles">
      <div role="group" aria-label="Lanes" className="segmented">
        <button
          type="button"
          aria-pressed={laneMode === 'combined'}
          onClick={() => store.getState().setLaneMode('combined')}
          disabled={listView}
        >
          One lane
        </button>
        <button
          type="button"
          aria-pressed={laneMode === 'source'}
          onClick={() => store.getState().setLaneMode('source')}
          disabled={listView}
        >
          Lane per source
        </button>
      </div>
      {many && !listView && (
        <div role="group" aria-label="Labels for the top events in view" className="segmented">
          {KEY_COUNTS.map((n) => (
            <button key={n} type="button" aria-pressed={keyCount === n} onClick={() => store.getState().setKeyCount(n)}>
              {n === 'all' ? 'All' : `Top ${n}`}
            </button>
          ))}
        </div>
      )}
      <div role="group" aria-label="View" className="segmented">
        <button type="button" aria-pressed={!listView} onClick={() => store.getState().setListView(false)}>
          Chart
        </button>
        <button type="button" aria-pressed={listView} onClick={() => store.getState().setListView(true)}>
          List
        </button>
      </div>
    </div>
  );
});
