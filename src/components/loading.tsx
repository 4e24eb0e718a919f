import { useChronology } from '../hooks/use-chronology';

/** Said while timeline.json is on its way (full view and embed alike). */
export function Loading() {
  const status = useChronology((s) => s.status);
  if (status !== 'loading') return null;
  return (
    <p className="loading" role="status">
      Loading the timeline…
    </p>
  );
}
