/**
 * A clear message instead of a blank page when timeline.json is missing, broken or from another version:
 * what happened, in reader words; the file's own problems folded away for whoever maintains the site (the
 * command to fix it goes to the console and the README, not to readers).
 */
import { useChronology } from '../hooks/use-chronology';
import type { PageLoadError } from '../hooks/use-timeline-data';

export function ErrorState() {
  const error = useChronology((s) => s.error);
  if (!error) return null;
  const technical = 'technical' in error ? (error as PageLoadError).technical : [];
  return (
    <div className="error-state" role="alert">
      <h2>{error.title}</h2>
      {error.details.map((d, i) => (
        <p key={i}>{d}</p>
      ))}
      {technical.length > 0 && (
        <details className="error-technical">
          <summary>Technical details</summary>
          <ul>
            {technical.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
