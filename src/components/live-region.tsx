/** Polite, short announcements for screen readers (selection changes, zoom, reader opened). */
import { useChronology } from '../hooks/use-chronology';

export function LiveRegion() {
  const msg = useChronology((s) => s.announcement);
  const id = useChronology((s) => s.announcementId);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      <span key={id}>{msg}</span>
    </div>
  );
}
