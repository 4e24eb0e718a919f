/**
 * The full page: header, controls, the timeline (or its list), the overview strip, and the side panel
 * with the evidence or the article reader. The pieces are separate components so a compact embed view
 * can compose them differently.
 */
import {
  Activity,
  Suspense,
  lazy,
  memo,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { ChronologyContext, useChronology, useChronologyStore } from '../hooks/use-chronology';
import { useTimelineData } from '../hooks/use-timeline-data';
import { useUrlSync } from '../hooks/use-url-sync';
import type { ChronologyStore } from '../store/store';
import type { TimelineIndex } from '../store/indexes';
import { isoStartMs, type Timeline, type TimelineEvent } from '../contract';
import { dateInWords } from '../contract/words';
import { selectFiltering, selectVisibleEvents } from '../store/selectors';
import { cssEscape } from './describe';
import { ErrorState } from './error-state';
import { Loading } from './loading';
import { Legend } from './legend';
import { LiveRegion } from './live-region';
import { OverviewStrip } from './overview-strip';
import { TimelineMain } from './timeline-main';
import { ViewToggles } from './view-toggles';
import { ZoomControls } from './zoom-controls';

// Not needed for the first picture: loaded when first asked for, to keep the page's first bundle small.
// Each comes with the CSS of the filters, list and panels (styles/panels.css), so none shows unstyled.
const withPanelCss = <T,>(load: Promise<T>): Promise<T> =>
  Promise.all([load, import('../styles/panels.css')]).then(([m]) => m);
/**
 * A lazy component that, once its chunk is preloaded, renders at once: React.lazy suspends on its first
 * render even when the chunk is already there, and React then holds the fallback for ~300 ms, which was most
 * of the first chart → list switch and the first reader open at 40,000 events.
 */
function preloadable<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  let loaded: M | null = null;
  const preload = () => load().then((m) => (loaded = m));
  const Lazy = lazy(() => preload().then((m) => ({ default: pick(m) })));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from Lazy to the module's own component later would remount it.
    const [C] = useState(() => (loaded ? pick(loaded) : Lazy));
    return <C {...props} />;
  }
  return { Component: Preloaded, preload };
}
const readerChunk = preloadable(
  () => withPanelCss(import('./article-reader')),
  (m) => m.ArticleReader,
);
const listChunk = preloadable(
  () => withPanelCss(import('./event-list')),
  (m) => m.EventList,
);
const loadReader = readerChunk.preload;
const loadList = listChunk.preload;
const ArticleReader = readerChunk.Component;
const EventList = listChunk.Component;
const EvidencePanel = lazy(() => withPanelCss(import('./evidence-panel')).then((m) => ({ default: m.EvidencePanel })));
const Filters = lazy(() => withPanelCss(import('./filters')).then((m) => ({ default: m.Filters })));
// The share menu and the print list's shell: not part of the first picture either.
const ShareMenu = lazy(() => import('./share/share-menu').then((m) => ({ default: m.ShareMenu })));
// The print list comes with its content, so that when the browser asks to print it renders at once.
const PrintList = lazy(() =>
  import('./share/print-list').then((m) => m.loadPrintContent().then(() => ({ default: m.PrintList }))),
);

/**
 * True once the chart has had its first commit: the evidence panel and the filters (separate chunks)
 * are rendered, and so fetched, only then, and the reader and list are fetched in the background, so
 * the chart's first draw waits for none of them and the first click waits for nothing.
 */
function useAfterFirstDraw(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => {
      setAfter(true);
      void loadReader();
      void loadList();
    }, 0);
    return () => clearTimeout(t);
  }, [ready]);
  return after;
}

export function ChronologyProvider({ store, children }: { store: ChronologyStore; children: ReactNode }) {
  return <ChronologyContext.Provider value={store}>{children}</ChronologyContext.Provider>;
}

/** Loads the data and keeps the URL in step; render once per page. */
export function ChronologyEffects({ src = './timeline.json', url = true }: { src?: string; url?: boolean }) {
  useTimelineData(src);
  return url ? <UrlSync /> : null;
}

function UrlSync() {
  useUrlSync();
  return null;
}

/** Esc closes the reader, then the evidence panel. */
export function useEscapeCloses() {
  const store = useChronologyStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Esc in a text field clears the field; it should not also close the panel the reader is using.
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      const s = store.getState();
      if (s.zoomArmed) s.setZoomArmed(false);
      if (s.reader) {
        s.closeReader();
        s.announce('Article closed');
        // Back to the evidence the article was opened from.
        requestAnimationFrame(() => document.getElementById('evidence-title')?.focus());
      } else if (s.selectedId) {
        const id = s.selectedId;
        s.select(null);
        s.announce('Evidence closed');
        // Return focus to the mark so the keyboard user keeps their place.
        requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-event-id="${cssEscape(id)}"]`)?.focus());
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

/**
 * The line under the heading. Memoised, with its facts computed once per loaded timeline: the chronology
 * re-renders on every selection, and at 100,000 articles counting sources and searching the events for the
 * opening's ends took ~50 ms of each click.
 */
export const Summary = memo(function Summary() {
  const index = useChronology((s) => s.index);
  const timeline = useChronology((s) => s.timeline);
  const filtering = useChronology(selectFiltering);
  const shown = useChronology((s) => selectVisibleEvents(s).length);
  const facts = useMemo(() => (index && timeline ? summaryFacts(index, timeline) : null), [index, timeline]);
  if (!index || !facts) return null;
  const { sources, from, to } = facts;
  return (
    <p className="summary">
      {filtering ? `${shown} of ${index.events.length} events shown (filtered)` : `${index.events.length} events`} from{' '}
      {sources} {sources === 1 ? 'article' : 'articles'}
      {from && to && from !== to && (
        <>
          . The main story runs from <strong>{dateInWords({ start: from.date.start })}</strong> ({from.title}) to{' '}
          <strong>{dateInWords({ start: to.date.start })}</strong> ({to.title})
        </>
      )}
      . Select an event to see its sources.
    </p>
  );
});

/** Articles that are not copies, and the first and last day-dated events of the opening view. */
function summaryFacts(index: TimelineIndex, timeline: Timeline) {
  let sources = 0;
  for (const a of timeline.articles) if (!a.duplicateOf) sources++;
  const o = index.opening;
  const dayDated = (e: TimelineEvent) => e.date.start.length === 10 && !e.date.part;
  const from = o ? index.events.find((e) => dayDated(e) && isoStartMs(e.date.start) >= o[0]) : undefined;
  const to = o ? index.events.findLast((e) => dayDated(e) && isoStartMs(e.date.start) <= o[1]) : undefined;
  return { sources, from, to };
}

function EvidenceFallback() {
  return (
    <section className="evidence is-empty" aria-label="Evidence">
      <p className="evidence-hint">Select an event to see which sources date it and read each sentence.</p>
    </section>
  );
}

export function Chronology() {
  useEscapeCloses();
  const status = useChronology((s) => s.status);
  const afterFirstDraw = useAfterFirstDraw(status === 'ready');
  const listView = useChronology((s) => s.listView);
  const reader = useChronology((s) => s.reader);
  const selected = useChronology((s) => s.selectedId);
  return (
    <div className={`app${selected || reader ? ' has-panel' : ''}${reader ? ' has-reader' : ''}`}>
      <header className="app-header">
        <h1>News chronology</h1>
        <Summary />
        <Suspense fallback={null}>{afterFirstDraw && <ShareMenu />}</Suspense>
      </header>
      <ErrorState />
      <Loading />
      {status === 'ready' && (
        <main className="layout">
          <div className="chart-col">
            <div className="filters-bar">
              <Suspense fallback={null}>{afterFirstDraw && <Filters />}</Suspense>
            </div>
            <div className="controls">
              <ViewToggles />
              {!listView && <ZoomControls />}
            </div>
            {!listView && <Legend />}
            {listView && (
              <Suspense fallback={<p className="loading">Loading the list…</p>}>
                <EventList />
              </Suspense>
            )}
            {/* Kept, hidden, while the list shows: coming back to the chart at 40,000 events then redraws
                what changed instead of mounting and laying out every lane again (~200 ms). */}
            <Activity mode={listView ? 'hidden' : 'visible'}>
              <TimelineMain />
            </Activity>
            <OverviewStrip />
          </div>
          {/* Evidence right beside the chart on wide screens, right under it on phones. */}
          <div className="side-col">
            {reader ? (
              <Suspense fallback={<p className="loading">Opening the article…</p>}>
                <ArticleReader />
              </Suspense>
            ) : (
              <Suspense fallback={<EvidenceFallback />}>
                {afterFirstDraw ? <EvidencePanel /> : <EvidenceFallback />}
              </Suspense>
            )}
          </div>
        </main>
      )}
      {status === 'ready' && afterFirstDraw && (
        <Suspense fallback={null}>
          <PrintList />
        </Suspense>
      )}
      <LiveRegion />
    </div>
  );
}
