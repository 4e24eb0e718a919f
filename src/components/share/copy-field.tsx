/** The read-only field that shows a link when the clipboard could not be written (see use-copy). */
import type { CopyState } from '../../hooks/use-copy';

export function CopyFallback({ copy, label }: { copy: CopyState; label: string }) {
  if (!copy.fallback) return null;
  return (
    <label className="copy-fallback">
      <span>{label}</span>
      <input
        ref={copy.fieldRef as React.RefObject<HTMLInputElement>}
        type="text"
        readOnly
        value={copy.fallback}
        onFocus={(e) => e.currentTarget.select()}
      />
    </label>
  );
}

/** The visible result of the last copy, next to the buttons (screen readers hear it from the live region). */
export function CopyStatus({ copy }: { copy: CopyState }) {
  return copy.status ? (
    <p className="copy-status" aria-hidden="true">
      {copy.status}
    </p>
  ) : null;
}
