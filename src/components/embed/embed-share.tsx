/**
 * The embed's share controls: "Copy link" (this view, in the full app) and "Copy link to this event".
 * Inside a course page's iframe the Clipboard API is often refused; the link then shows in a field.
 */
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { useCopy, type CopyState } from '../../hooks/use-copy';
import { CopyFallback } from '../share/copy-field';
import { eventQuery, fullViewUrl, viewQuery } from '../share/links';

export function useEmbedCopy(): CopyState {
  const store = useChronologyStore();
  return useCopy((m) => store.getState().announce(m));
}

/** Copy a link to the full view of the current view. */
export function CopyViewLink({ copy }: { copy: CopyState }) {
  const store = useChronologyStore();
  return (
    <button
      type="button"
      onClick={() => void copy.copy(fullViewUrl(viewQuery(store.getState()), window.location.href, true), 'Link')}
    >
      Copy link
    </button>
  );
}

/** Copy a link to the full view with the selected event open (shown under the evidence). */
export function CopyEventLink() {
  const store = useChronologyStore();
  const selectedId = useChronology((s) => s.selectedId);
  const copy = useEmbedCopy();
  if (!selectedId) return null;
  return (
    <div className="embed-event-share">
      <button
        type="button"
        onClick={() =>
          void copy.copy(
            fullViewUrl(eventQuery(store.getState(), selectedId), window.location.href, true),
            'Link to the event',
          )
        }
      >
        Copy link to this event
      </button>
      <CopyFallback copy={copy} label="Link to the event" />
    </div>
  );
}
