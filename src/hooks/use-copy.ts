/**
 * Copy text to the clipboard, with a fallback for where the Clipboard API is missing or refused (an
 * iframe without `allow="clipboard-write"`, plain http on another host): the text is shown in a
 * read-only field, selected, and copied with the older `execCommand('copy')`; if that fails too, the
 * reader presses Ctrl+C on the selected text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyResult = 'copied' | 'fallback';

/** Try the Clipboard API; false when it is missing or refused. */
export async function writeClipboard(
  text: string,
  nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): Promise<boolean> {
  if (!nav?.clipboard?.writeText) return false;
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface CopyState {
  /** Copy `text`; `label` names what was copied in announcements ("Link", "Embed code"). */
  copy: (text: string, label?: string) => Promise<CopyResult>;
  /** The text shown in the fallback field, or null when the clipboard worked. */
  fallback: string | null;
  /** Attach to the fallback `<input readOnly>` / `<textarea readOnly>`. */
  fieldRef: React.RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  /** Short status for the visible message next to the button ("Link copied"). */
  status: string;
}

export function useCopy(announce: (msg: string) => void): CopyState {
  const [fallback, setFallback] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const pending = useRef<string | null>(null);

  const copy = useCallback(
    async (text: string, label = 'Link') => {
      if (await writeClipboard(text)) {
        setFallback(null);
        setStatus(`${label} copied`);
        announce(`${label} copied`);
        return 'copied' as const;
      }
      pending.current = label;
      setFallback(text);
      return 'fallback' as const;
    },
    [announce],
  );

  // Once the fallback field shows the text: select it and try the older copy command.
  useEffect(() => {
    const field = fieldRef.current;
    const label = pending.current;
    if (!fallback || !field || !label) return;
    pending.current = null;
    field.focus();
    field.select();
    let ok: boolean;
    try {
      ok = typeof document.execCommand === 'function' && document.execCommand('copy');
    } catch {
      ok = false;
    }
    const msg = ok ? `${label} copied` : `${label} selected: press Ctrl+C (⌘C on a Mac) to copy it`;
    setStatus(msg);
    announce(msg);
  }, [fallback, announce]);

  return { copy, fallback, fieldRef, status };
}
