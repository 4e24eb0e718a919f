/** A clear message instead of a blank page when timeline.json is missing, broken or from another version. */
import { useChronology } from '../hooks/use-chronology';

export function ErrorState() {
  const error = useChronology((s) => s.error);
  if (!error) return null;
  return (
    <div className="error-state" role="alert">
      <h2>{error.title}</h2>
      <ul>
        {error.details.map((d, i) => (
          <li key={i}>{renderCode(d)}</li>
        ))}
      </ul>
    </div>
  );
}

/** `npm run timeline` in backticks becomes <code>. Text only, no HTML from the file. */
function renderCode(s: string) {
  return s
    .split(/(`[^`]+`)/)
    .map((p, i) => (p.startsWith('`') && p.endsWith('`') ? <code key={i}>{p.slice(1, -1)}</code> : p));
}
