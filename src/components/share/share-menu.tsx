/**
 * "Share and export" in the full view: copy a link to this view or to the selected event, open the Embed
 * dialog, download the events, print. A disclosure (button + panel), closed with Esc or a click outside.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { useCopy } from '../../hooks/use-copy';
import type { downloadFile } from '../../hooks/use-download';
import { selectSelectedEvent } from '../../store/selectors';
import { CopyFallback, CopyStatus } from './copy-field';
import { EmbedDialog } from './embed-dialog';
import { ExportMenu } from './export-menu';
import { eventQuery, fullViewUrl, viewQuery } from './links';
import './share.css';

export function ShareMenu({ download }: { download?: typeof downloadFile }) {
  const store = useChronologyStore();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const event = useChronology(selectSelectedEvent);
  const copy = useCopy((m) => store.getState().announce(m));

  // A click outside closes the panel (not while the Embed dialog is open on top of it).
  useEffect(() => {
    if (!open || embedOpen) return;
    const onDown = (e: PointerEvent) => {
      if (boxRef.current && !boxRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, embedOpen]);

  const copyView = () => void copy.copy(fullViewUrl(viewQuery(store.getState()), window.location.href, false), 'Link');
  const copyEvent = () => {
    const s = store.getState();
    if (s.selectedId) void copy.copy(fullViewUrl(eventQuery(s, s.selectedId), window.location.href, false), 'Link to the event');
  };

  return (
    <div className="share-menu" ref={boxRef}>
      <button
        ref={toggleRef}
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Share and export
      </button>
      <div
        id={panelId}
        className="share-panel"
        role="group"
        aria-label="Share and export"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
            toggleRef.current?.focus();
          }
        }}
      >
        <section className="share-links" aria-label="Share">
          <h2>Share</h2>
          <div className="share-buttons">
            <button type="button" onClick={copyView}>
              Copy link
            </button>
            <button type="button" onClick={copyEvent} disabled={!event} title={event ? undefined : 'Select an event first'}>
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
      </div>
      {embedOpen && <EmbedDialog onClose={() => setEmbedOpen(false)} />}
    </div>
  );
}
