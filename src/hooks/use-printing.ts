/**
 * True while the page is being printed (print preview, or print media emulation). Lets the print-only
 * list render its content only then, so a 10,000-event timeline does not pay for it on screen.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () =>
      typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    if (typeof window === 'undefined') return;
    // `beforeprint` runs before the browser lays out the printout: render synchronously so it is there.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(window.matchMedia?.('print').matches ?? false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    const mq = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onChange = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    mq?.addEventListener?.('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      mq?.removeEventListener?.('change', onChange);
    };
  }, []);
  return printing;
}
