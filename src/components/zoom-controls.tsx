/** Zoom in/out, "main story" (the opening view) and "fit all" (everything, outliers included). */
import { useChronology, useChronologyStore } from '../hooks/use-chronology';

export function ZoomControls() {
  const store = useChronologyStore();
  const ready = useChronology((s) => s.status === 'ready');
  const zoom = (f: number) => {
    store.getState().zoomBy(f);
    store.getState().announce(f > 1 ? 'Zoomed in' : 'Zoomed out');
  };
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoom(2)} disabled={!ready} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={() => zoom(0.5)} disabled={!ready} aria-label="Zoom out" title="Zoom out (−)">
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
