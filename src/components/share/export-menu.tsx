/**
 * Downloads of the events in view: CSV for spreadsheets, our own JSON, and TimelineJS JSON for Knight
 * Lab's TimelineJS (grouped by source when the timeline shows a lane per source). The export code is
 * loaded on the first download, so the page does not pay for it before drawing.
 */
import { useId, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../contract';
import type { ExportFormat } from '../../export/files';
import { downloadFile } from '../../hooks/use-download';
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { selectFiltering, selectVisibleEvents } from '../../store/selectors';
import type { ChronologyState } from '../../store/store';
import { eventBounds, type Domain } from '../../timeline/extent';

export const EXPORT_LABELS: Record<ExportFormat, { button: string; hint: string }> = {
  csv: { button: 'Download CSV', hint: 'one row per event, for spreadsheets' },
  json: { button: 'Download JSON', hint: 'the timeline in this project’s schema' },
  timelinejs: { button: 'Download TimelineJS JSON', hint: 'for Knight Lab’s TimelineJS' },
};

/** Events that pass the filters and, when `d` is given, overlap that date range. */
export function eventsInRange(events: readonly TimelineEvent[], d: Domain | null): TimelineEvent[] {
  if (!d) return [...events];
  return events.filter((e) => {
    const [a, b] = eventBounds(e);
    return b >= d[0] && a <= d[1];
  });
}

/** Build the file for the given state and format, and hand it to the browser. */
export async function exportView(
  s: ChronologyState,
  format: ExportFormat,
  onlyRange: boolean,
  download = downloadFile,
) {
  if (!s.timeline) return null;
  const { buildExport, exportShards } = await import('../../export/files');
  const ids = eventsInRange(selectVisibleEvents(s), onlyRange ? s.domain : null).map((e) => e.id);
  // A sharded timeline's JSON export carries its articles' texts: fetch their shards first.
  const texts = await s.fetchTexts(exportShards(format, s.timeline, ids));
  const file = buildExport(format, s.timeline, ids, {
    timelinejs: { lanes: s.laneMode === 'source', title: 'News chronology' },
    texts,
  });
  download(file);
  return file;
}

export function ExportMenu({ download = downloadFile }: { download?: typeof downloadFile }) {
  const store = useChronologyStore();
  const headingId = useId();
  const events = useChronology(selectVisibleEvents);
  const filtering = useChronology(selectFiltering);
  const domain = useChronology((s) => s.domain);
  const laneMode = useChronology((s) => s.laneMode);
  const [onlyRange, setOnlyRange] = useState(false);
  const inRange = useMemo(() => eventsInRange(events, domain), [events, domain]);
  const count = onlyRange ? inRange.length : events.length;
  const [busy, setBusy] = useState(false);
  // A download that cannot be built (a text shard that will not load) says why instead of doing nothing.
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setFailure(null);
    try {
      const file = await exportView(store.getState(), format, onlyRange, download);
      if (file) store.getState().announce(`Downloading ${file.filename}`);
    } catch (e) {
      setFailure(`The download could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-menu" aria-labelledby={headingId}>
      <h2 id={headingId}>Download</h2>
      <p className="export-scope">
        {count} {count === 1 ? 'event' : 'events'}
        {filtering ? ' that pass the filters' : ''}
        {onlyRange ? ' in the dates on screen' : ''}
        {!filtering && !onlyRange ? ': all of them' : ''}
        {laneMode === 'source' ? '; TimelineJS groups them by source' : ''}.
      </p>
      <label className="check">
        <input type="checkbox" checked={onlyRange} onChange={(e) => setOnlyRange(e.target.checked)} />
        Only the dates on screen ({inRange.length} of {events.length})
      </label>
      <ul className="export-buttons">
        {(['csv', 'json', 'timelinejs'] as const).map((f) => (
          <li key={f}>
            <button
              type="button"
              disabled={busy || count === 0}
              onClick={() => void run(f)}
              aria-describedby={`${headingId}-${f}`}
            >
              {EXPORT_LABELS[f].button}
            </button>{' '}
            <span id={`${headingId}-${f}`} className="hint">
              {EXPORT_LABELS[f].hint}
            </span>
          </li>
        ))}
      </ul>
      {failure && (
        <p role="alert" className="export-failure">
          {failure}
        </p>
      )}
    </section>
  );
}
