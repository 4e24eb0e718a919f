/**
 * "Embed this view": the `<iframe>` snippet for the current view (range, selected event, filters), with a
 * title for screen readers, a size, a copy button and the optional host script that fits the frame's height.
 */
import { useMemo, useState } from 'react';
import { DEFAULT_EMBED_TITLE, buildEmbedSnippet, buildHostScript } from '../../export/embed';
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { useCopy } from '../../hooks/use-copy';
import { selectSelectedEvent } from '../../store/selectors';
import { CopyStatus } from './copy-field';
import { Modal } from './dialog';
import { embedUrl, viewQuery, withEmbedTitle } from './links';

/** Sizes offered; the first fills the column of a course page. */
export const EMBED_SIZES = [
  { id: 'full', label: 'Full width, 480 pixels high', width: '100%', height: 480 },
  { id: 'medium', label: '600 × 400 pixels', width: 600, height: 400 },
  { id: 'large', label: '800 × 500 pixels', width: 800, height: 500 },
] as const;

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const store = useChronologyStore();
  const query = useChronology(viewQuery);
  const event = useChronology(selectSelectedEvent);
  const [sizeId, setSizeId] = useState<(typeof EMBED_SIZES)[number]['id']>('full');
  const [title, setTitle] = useState(() => (event ? `${DEFAULT_EMBED_TITLE}: ${event.title}` : DEFAULT_EMBED_TITLE));
  const copy = useCopy((m) => store.getState().announce(m));
  const scriptCopy = useCopy((m) => store.getState().announce(m));
  const size = EMBED_SIZES.find((s) => s.id === sizeId) ?? EMBED_SIZES[0];
  const [showTitle, setShowTitle] = useState(true);
  const src = useMemo(
    () => withEmbedTitle(embedUrl(query, window.location.href), showTitle ? title : null),
    [query, showTitle, title],
  );
  // Both throw for a page that is not served over http(s) (opened as a file): an iframe could not load it.
  const built = useMemo(() => {
    try {
      return {
        snippet: buildEmbedSnippet({ src, title, width: size.width, height: size.height }),
        hostScript: buildHostScript(src),
      };
    } catch {
      return null;
    }
  }, [src, title, size]);

  if (!built) {
    return (
      <Modal title="Embed this view" onClose={onClose} className="embed-dialog">
        <p className="modal-intro">
          This page is not served by a web server (its address is {window.location.protocol}), so another page cannot
          embed it. Put the built site on a web host or a local server first; the Embed dialog then gives the code.
        </p>
      </Modal>
    );
  }
  const { snippet, hostScript } = built;

  return (
    <Modal title="Embed this view" onClose={onClose} initialFocus=".copy-snippet" className="embed-dialog">
      <p className="modal-intro">
        Paste this code into a web page or the HTML editor of a course page. It shows this view: the dates on screen
        {event ? <>, the selected event “{event.title}”</> : null} and the filters. Readers can select events, read the
        sources and open the full view.
      </p>
      <div className="embed-options">
        <label className="field">
          <span>Frame title (read out by screen readers)</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={showTitle} onChange={(e) => setShowTitle(e.target.checked)} />
          Show the title at the top of the frame
        </label>
        <fieldset className="field">
          <legend>Size</legend>
          {EMBED_SIZES.map((s) => (
            <label key={s.id} className="check">
              <input
                type="radio"
                name="embed-size"
                value={s.id}
                checked={s.id === sizeId}
                onChange={() => setSizeId(s.id)}
              />
              {s.label}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="field">
        <span>Embed code</span>
        <textarea
          ref={copy.fieldRef as React.RefObject<HTMLTextAreaElement>}
          className="snippet"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <div className="modal-actions">
        <button type="button" className="copy-snippet primary" onClick={() => void copy.copy(snippet, 'Embed code')}>
          Copy embed code
        </button>
        <a href={src} target="_blank" rel="noopener">
          Preview the embed in a new tab
        </a>
        <CopyStatus copy={copy} />
      </div>
      <details className="host-script">
        <summary>Optional: let the page fit the frame to its content</summary>
        <p>
          The embed tells the page around it how tall its content is (a <code>news-chronology:height</code> message).
          Add this script once to the page, after the frame, and the frame grows and shrinks to fit. Pages that do not
          allow scripts still show the embed at the size above.
        </p>
        <label className="field">
          <span>Host script</span>
          <textarea
            ref={scriptCopy.fieldRef as React.RefObject<HTMLTextAreaElement>}
            readOnly
            rows={5}
            value={hostScript}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <button type="button" onClick={() => void scriptCopy.copy(hostScript, 'Host script')}>
          Copy host script
        </button>
        <CopyStatus copy={scriptCopy} />
      </details>
    </Modal>
  );
}
