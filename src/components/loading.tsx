import { useChronology } from '../hooks/use-chronology';
import { useLoadProgress, type LoadProgress } from '../hooks/use-timeline-data';

/** Said while timeline.json is on its way (full view and embed alike), with the bytes received so far. */
export function Loading() {
  const status = useChronology((s) => s.status);
  const progress = useLoadProgress();
  if (status !== 'loading') return null;
  return (
    <p className="loading" role="status">
      Loading the timeline…{progress && <span className="load-progress"> {progressInWords(progress)}</span>}
    </p>
  );
}

const KB = 1024;
const MB = KB * 1024;

/** "3.2 MB of 50.1 MB (6 %)", or "3.2 MB" when the size is not known. */
export function progressInWords({ received, total }: LoadProgress): string {
  const size = (n: number) => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(n / KB))} kB`);
  if (!total) return size(received);
  return `${size(received)} of ${size(total)} (${Math.min(100, Math.floor((received / total) * 100))} %)`;
}
