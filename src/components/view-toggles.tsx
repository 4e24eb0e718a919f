/** Lane mode (combined / one lane per source) and chart / list view. */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';

export function ViewToggles() {
  const store = useChronologyStore();
  const laneMode = useChronology((s) => s.laneMode);
  const listView = useChronology((s) => s.listView);
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
}
