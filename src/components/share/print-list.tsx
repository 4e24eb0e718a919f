/**
 * What a printout shows instead of the chart: every event that passes the filters, in date order, with
 * its date in words, title, flags in words, and each source's sentence with the date expression marked.
 * It exists only while printing (see usePrinting). The full page fetches this shell with its content just
 * after the first draw (chronology.tsx), so both are there, synchronously, when the browser asks to print;
 * mounted on its own, the shell fetches the content once the page is idle. The first bundle carries neither.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { usePrinting } from '../../hooks/use-printing';

let Content: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;

/** Load the content module once; resolves with its component. */
export function loadPrintContent(): Promise<ComponentType> {
  loading ??= import('./print-content').then((m) => (Content = m.PrintContent));
  return loading;
}

export function PrintList({ printing: forced }: { printing?: boolean }) {
  const printing = usePrinting();
  const [, setLoaded] = useState(Content !== null);
  const on = forced ?? printing;
  useEffect(() => {
    if (Content) return;
    let live = true;
    const load = () => void loadPrintContent().then(() => live && setLoaded(true));
    const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
      .requestIdleCallback;
    if (on) load();
    else if (idle) idle(load, { timeout: 3000 });
    else setTimeout(load, 1000);
    return () => {
      live = false;
    };
  }, [on]);
  if (!on || !Content) return null;
  return (
    <section className="print-list" aria-label="Events for printing">
      <Content />
    </section>
  );
}
