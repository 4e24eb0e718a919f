/** Zoom in/out, "main story" (the opening view) and "fit all" (everything, outliers included). */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';

/** One button press zooms by this factor. */
const BUTTON_ZOOM = 2;
/** Spans within this share of a limit count as at it (clamping leaves rounding dust). */
const AT_LIMIT = 1.001;

export function ZoomControls() {
  const store = useChronologyStore();
  const ready = useChronology((s) => s.status === 'ready');
  const atMin = useChronology((s) => !!s.domain && !!s.index && span(s.domain) <= s.index.limits.minSpan * AT_LIMIT);
  const atMax = useChronology((s) => !!s.domain && !!s.index && span(s.domain) * AT_LIMIT >= s.index.limits.maxSpan);
  const zoom = (f: number) => {
    store.getState().zoomBy(f);
    store.getState().announce(f > 1 ? 'Zoomed in' : 'Zoomed out');
  };
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={() => zoom(BUTTON_ZOOM)}
        disabled={!ready || atMin}
        aria-label="Zoom in"
        title={atMin ? 'Zoomed in as far as it goes' : 'Zoom in (+)'}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoom(1 / BUTTON_ZOOM)}
        disabled={!ready || atMax}
        aria-label="Zoom out"
        title={atMax ? 'Zoomed out as far as it goes' : 'Zoom out (−)'}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => {
          store.getState().showOpening();
          store.getState().announce('Showing the main story');
        }}
        disabled={!ready}
      >
        Main story
      </button>
      <button
        type="button"
        onClick={() => {
          store.getState().fitAll();
          store.getState().announce('Showing all events');
        }}
        disabled={!ready}
      >
        Fit all
      </button>
    </div>
  );
}

const span = (d: readonly [number, number]) => d[1] - d[0];
