/** Filters: which sources, free-text search over titles and evidence, and flags. */
import { useId } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectFiltering, selectSources, selectVisibleEvents } from '../store/selectors';
import type { FlagFilter } from '../store/store';
import { languageName } from './evidence-panel';

export function Filters() {
  const store = useChronologyStore();
  const id = useId();
  const sources = useChronology(selectSources);
  const hidden = useChronology((s) => s.hiddenSources);
  const query = useChronology((s) => s.query);
  const flag = useChronology((s) => s.flag);
  const filtering = useChronology(selectFiltering);
  const shown = useChronology((s) => selectVisibleEvents(s).length);
  const total = useChronology((s) => s.index?.events.length ?? 0);
  return (
    <form className="filters" role="search" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          placeholder="Titles and evidence"
          onChange={(e) => store.getState().setQuery(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-flag`}>Show</label>
        <select id={`${id}-flag`} value={flag} onChange={(e) => store.getState().setFlag(e.target.value as FlagFilter)}>
          <option value="all">All events</option>
          <option value="any">Flagged only</option>
          <option value="conflict">Sources disagree</option>
          <option value="approximate">Approximate dates</option>
          <option value="inferred-date">Inferred dates</option>
        </select>
      </div>
      <fieldset className="field sources-filter">
        <legend>Sources</legend>
        {sources.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={!hidden.includes(s.id)}
              onChange={() => store.getState().toggleSource(s.id)}
            />
            <span>
              {s.source}
              {s.language !== 'en' && <span className="lang"> ({languageName(s.language)})</span>}
              {s.title && s.title !== s.source && (
                <span className="source-title"> {s.title.length > 60 ? `${s.title.slice(0, 58)}…` : s.title}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="filter-status" aria-live="polite">
        {filtering ? `${shown} of ${total} events shown` : `${total} events`}
        {filtering && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => store.getState().clearFilters()}>
              Clear filters
            </button>
          </>
        )}
      </p>
    </form>
  );
}
