/**
 * "Share and export" in the full view: copy a link to this view or to the selected event, open the Embed
 * dialog, download the events, print. A disclosure (button + panel), closed with Esc or a click outside.
 * Only the button is in the page's first bundle; the panel loads when first wanted.
 */
import { Suspense, lazy, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { downloadFile } from '../../hooks/use-download';
import './share-toggle.css';

const loadPanel = () => import('./share-panel');
const SharePanel = lazy(loadPanel);

export function ShareMenu({ download }: { download?: typeof downloadFile }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const onDialog = useCallback((o: boolean) => setDialogOpen(o), []);

  // A click outside closes the panel (not while the Embed dialog is open on top of it).
  useEffect(() => {
    if (!open || dialogOpen) return;
    const onDown = (e: PointerEvent) => {
      if (boxRef.current && !boxRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, dialogOpen]);

  return (
    <div className="share-menu" ref={boxRef}>
      <button
        ref={toggleRef}
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        // Start loading the panel as soon as the pointer or focus gets near.
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => {
          setWanted(true);
          setOpen((o) => !o);
        }}
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
        {wanted && (
          <Suspense fallback={<p className="share-loading">Loading…</p>}>
            <SharePanel open={open} onDialog={onDialog} download={download} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
