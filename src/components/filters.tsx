/**
 * Filters above the chart: free-text search over titles and evidence, flags, and which sources. The
 * source picker is built for thousands of sources: grouped by outlet, with its own search box, "All",
 * "None" and "Only this", and at most a screenful of rows drawn at once.
 */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { selectFiltering, selectSources, selectVisibleEvents } from '../store/selectors';
import type { FlagFilter } from '../store/store';
import { foldForSearch } from '../timeline/text';
import { languageName } from './evidence-panel';

/** Idle time spent building the search text per idle callback (ms): well inside a frame. */
const IDLE_SLICE_MS = 8;
/** Where there is no requestIdleCallback (jsdom, old Safari), the pause between slices (ms). */
const NO_IDLE_PAUSE_MS = 50;

/**
 * Build the search text in idle moments once the filters are shown, so the first letter typed does not
 * wait for it (on 40,000 events building it takes about a quarter of a second).
 */
function usePrepareSearch() {
  const index = useChronology((s) => s.index);
  useEffect(() => {
    if (!index) return;
    let stopped = false;
    const later = (f: (budget: number) => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback((d) => f(Math.min(d.timeRemaining(), IDLE_SLICE_MS)))
        : setTimeout(() => f(IDLE_SLICE_MS), NO_IDLE_PAUSE_MS);
    const step = (budget: number) => {
      if (!stopped && !index.prepareSearch(budget)) later(step);
    };
    later(step);
    return () => void (stopped = true);
  }, [index]);
}

/** Outlets drawn at once in the source picker; the search box narrows the rest. */
const MAX_OUTLETS_SHOWN = 60;
/** Articles drawn under one outlet at once. */
const MAX_ARTICLES_SHOWN = 30;

/**
 * Memoised: the page re-renders on every selection, and the filters (with the source picker) need to
 * re-render only when a filter or its count changes.
 */
export const Filters = memo(function Filters() {
  const store = useChronologyStore();
  const id = useId();
  const flag = useChronology((s) => s.flag);
  const filtering = useChronology(selectFiltering);
  const shown = useChronology((s) => selectVisibleEvents(s).length);
  const total = useChronology((s) => s.index?.events.length ?? 0);
  return (
    <form className="filters" role="search" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
      <SearchField id={`${id}-q`} />
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
      <SourcePicker />
      {/* The count itself is in the summary line at the top; said here for screen readers as it changes. */}
      <p className="filter-status">
        <span className="sr-only" aria-live="polite">
          {filtering ? `${shown} of ${total} events shown` : ''}
        </span>
        {filtering && (
          <button type="button" className="link" onClick={() => store.getState().clearFilters()}>
            Clear filters
          </button>
        )}
      </p>
    </form>
  );
});

/**
 * The search box: filters on each keystroke, with no pause to wait for. A pause would be added to every
 * answer, and typing on searches only the previous matches (selectVisibleEvents), so each key is cheap.
 * It shows the store's query, so Clear filters, Back and a link show in it too.
 */
function SearchField({ id }: { id: string }) {
  const store = useChronologyStore();
  const query = useChronology((s) => s.query);
  usePrepareSearch();
  return (
    <div className="field search-field">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Titles and evidence"
        onChange={(e) => store.getState().setQuery(e.target.value)}
        // Build the search index when the reader heads for the box, not on the first letter typed.
        onFocus={() => setTimeout(() => store.getState().index?.searchText(), 0)}
      />
    </div>
  );
}

interface Source {
  id: string;
  source: string;
  title: string;
  language: string;
}

interface OutletGroup {
  outlet: string;
  sources: Source[];
  /** Folded outlet and headlines, for the picker's search box. */
  folded: string;
}

/** Sources grouped by outlet, outlets in alphabetical order, articles in corpus order. */
export function groupByOutlet(sources: readonly Source[]): OutletGroup[] {
  const by = new Map<string, Source[]>();
  for (const s of sources) {
    const list = by.get(s.source);
    if (list) list.push(s);
    else by.set(s.source, [s]);
  }
  return [...by.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([outlet, list]) => ({
      outlet,
      sources: list,
      folded: foldForSearch([outlet, ...list.map((s) => s.title)].join('\n')),
    }));
}

function SourcePicker() {
  const sources = useChronology(selectSources);
  const hiddenList = useChronology((s) => s.hiddenSources);
  // Counted once per change of the hidden list, not on every render (100,000 sources).
  const shownCount = useMemo(() => {
    const hidden = new Set(hiddenList);
    return sources.reduce((n, s) => (hidden.has(s.id) ? n : n + 1), 0);
  }, [sources, hiddenList]);
  // The rows are drawn only while the picker is open: closed, it is one line however many sources.
  const [open, setOpen] = useState(false);
  return (
    <details className="field sources-filter" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Sources: {shownCount === sources.length ? `all ${sources.length}` : `${shownCount} of ${sources.length}`}
      </summary>
      {open && <SourcePop sources={sources} hiddenList={hiddenList} />}
    </details>
  );
}

function SourcePop({ sources, hiddenList }: { sources: readonly Source[]; hiddenList: readonly string[] }) {
  const store = useChronologyStore();
  const hidden = useMemo(() => new Set(hiddenList), [hiddenList]);
  const groups = useMemo(() => groupByOutlet(sources), [sources]);
  const [find, setFind] = useState('');
  const findId = useId();
  const q = foldForSearch(find.trim());
  const matching = q ? groups.filter((g) => g.folded.includes(q)) : groups;
  const allIds = () => sources.map((s) => s.id);
  const onlyThese = (ids: readonly string[]) => {
    const keep = new Set(ids);
    store.getState().setHiddenSources(allIds().filter((x) => !keep.has(x)));
  };
  return (
    <div className="sources-pop">
      <div className="sources-tools">
        {groups.length > 1 && (
          <>
            <label htmlFor={findId} className="sr-only">
              Find a source
            </label>
            <input
              id={findId}
              type="search"
              placeholder="Find a source"
              value={find}
              onChange={(e) => setFind(e.target.value)}
            />
          </>
        )}
        <button type="button" onClick={() => store.getState().setHiddenSources([])}>
          All
        </button>
        <button type="button" onClick={() => store.getState().setHiddenSources(allIds())}>
          None
        </button>
      </div>
      <ul className="outlets" aria-label="Sources by outlet">
        {matching.slice(0, MAX_OUTLETS_SHOWN).map((g) => (
          <OutletRow key={g.outlet} group={g} hidden={hidden} onlyThese={onlyThese} />
        ))}
      </ul>
      {matching.length > MAX_OUTLETS_SHOWN && (
        <p className="sources-more">
          {matching.length - MAX_OUTLETS_SHOWN} more outlets: type in “Find a source” to reach them.
        </p>
      )}
      {matching.length === 0 && <p className="sources-more">No source matches “{find}”.</p>}
    </div>
  );
}

function OutletRow({
  group,
  hidden,
  onlyThese,
}: {
  group: OutletGroup;
  hidden: ReadonlySet<string>;
  onlyThese: (ids: readonly string[]) => void;
}) {
  const store = useChronologyStore();
  const ids = group.sources.map((s) => s.id);
  const shown = ids.filter((x) => !hidden.has(x)).length;
  const single = group.sources.length === 1 ? group.sources[0]! : null;
  const toggleAll = () => {
    const h = new Set(hidden);
    for (const x of ids) {
      if (shown === ids.length) h.add(x);
      else h.delete(x);
    }
    store.getState().setHiddenSources([...h]);
  };
  return (
    <li className="outlet">
      <span className="outlet-line">
        <label className="check">
          <input
            type="checkbox"
            checked={shown === ids.length}
            ref={(el) => void (el && (el.indeterminate = shown > 0 && shown < ids.length))}
            onChange={single ? () => store.getState().toggleSource(single.id) : toggleAll}
          />
          <span>
            {group.outlet}
            {single && single.language !== 'en' && <span className="lang"> ({languageName(single.language)})</span>}
            {single && single.title && single.title !== group.outlet && (
              <span className="source-title"> {single.title}</span>
            )}
            {!single && <span className="source-title"> ({group.sources.length} articles)</span>}
          </span>
        </label>
        <button type="button" className="link only" onClick={() => onlyThese(ids)}>
          Only this<span className="sr-only">: {group.outlet}</span>
        </button>
      </span>
      {!single && <OutletArticles sources={group.sources} hidden={hidden} />}
    </li>
  );
}

/** An outlet's articles, each with its checkbox, drawn only while opened. */
function OutletArticles({ sources, hidden }: { sources: readonly Source[]; hidden: ReadonlySet<string> }) {
  const store = useChronologyStore();
  const [open, setOpen] = useState(false);
  return (
    <details className="outlet-articles" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Articles</summary>
      {open && (
        <>
          <ul>
            {sources.slice(0, MAX_ARTICLES_SHOWN).map((s) => (
              <li key={s.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!hidden.has(s.id)}
                    onChange={() => store.getState().toggleSource(s.id)}
                  />
                  <span className="source-title">{s.title || s.id}</span>
                </label>
              </li>
            ))}
          </ul>
          {sources.length > MAX_ARTICLES_SHOWN && (
            <p className="sources-more">and {sources.length - MAX_ARTICLES_SHOWN} more from this outlet.</p>
          )}
        </>
      )}
    </details>
  );
}
