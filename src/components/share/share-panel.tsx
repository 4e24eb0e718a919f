/**
 * The content of the "Share and export" panel, loaded the first time the menu is opened (or hovered) so
 * the page does not pay for it before the timeline is drawn.
 */
import { useEffect, useState } from 'react';
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { useCopy } from '../../hooks/use-copy';
import type { downloadFile } from '../../hooks/use-download';
import { selectSelectedEvent } from '../../store/selectors';
import { CopyFallback, CopyStatus } from './copy-field';
import { EmbedDialog } from './embed-dialog';
import { ExportMenu } from './export-menu';
import { eventQuery, fullViewUrl, viewQuery } from './links';
import './share.css';

export interface SharePanelProps {
  /** Whether the panel is showing (the content stays mounted while closed, keeping its state). */
  open: boolean;
  /** Told when the Embed dialog opens or closes (a click outside must not close the menu under it). */
  onDialog: (open: boolean) => void;
  download?: typeof downloadFile;
}

export default function SharePanel({ open, onDialog, download }: SharePanelProps) {
  const store = useChronologyStore();
  const event = useChronology(selectSelectedEvent);
  const copy = useCopy((m) => store.getState().announce(m));
  const [embedOpen, setEmbedOpen] = useState(false);
  useEffect(() => onDialog(embedOpen), [embedOpen, onDialog]);

  const copyView = () => void copy.copy(fullViewUrl(viewQuery(store.getState()), window.location.href, false), 'Link');
  const copyEvent = () => {
    const s = store.getState();
    if (s.selectedId)
      void copy.copy(fullViewUrl(eventQuery(s, s.selectedId), window.location.href, false), 'Link to the event');
  };

  return (
    <>
      <section className="share-links" aria-label="Share">
        <h2>Share</h2>
        <div className="share-buttons">
          <button type="button" onClick={copyView}>
            Copy link
          </button>
          <button
            type="button"
            onClick={copyEvent}
            disabled={!event}
            title={event ? undefined : 'Select an event first'}
          >
            Copy link to this event
          </button>
          <button type="button" onClick={() => setEmbedOpen(true)} aria-haspopup="dialog">
            Embed…
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        <CopyFallback copy={copy} label="Link" />
        <CopyStatus copy={copy} />
      </section>
      {open && <ExportMenu download={download} />}
      {embedOpen && <EmbedDialog onClose={() => setEmbedOpen(false)} />}
    </>
  );
}
