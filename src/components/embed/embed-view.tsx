/**
 * The embed view (embed.html): no page chrome, just the timeline, zoom buttons, a compact evidence panel
 * (and the article reader from it) and a link to the full view with the same state. It fills whatever
 * box its iframe has, from 320×240 up; the detail area scrolls on its own so the page never does,
 * which lets a plain wheel over the frame scroll the course page around it. In frames up to 599 px high
 * (600×400 included) the evidence and the article take the chart's place while open, with "Back to the
 * timeline" above them; the title the course page gave (`title` in the URL) is shown in the bar.
 */
import { useEffect, useState } from 'react';
import { useRef } from 'react';
import { useChronology, useChronologyStore } from '../../hooks/use-chronology';
import { useEmbedUrl } from '../../hooks/use-embed-url';
import { useHostHeight } from '../../hooks/use-host-height';
import { useTimelineData } from '../../hooks/use-timeline-data';
import { ArticleReader } from '../article-reader';
import { useEscapeCloses } from '../chronology';
import { ErrorState } from '../error-state';
import { Loading } from '../loading';
import { EventList } from '../event-list';
import { EvidencePanel } from '../evidence-panel';
import { LiveRegion } from '../live-region';
import { OverviewStrip } from '../overview-strip';
import { TimelineMain } from '../timeline-main';
import { ZoomControls } from '../zoom-controls';
import { CopyFallback } from '../share/copy-field';
import { embedTitleOf, relativeFullView, viewQuery } from '../share/links';
import { cssEscape } from '../describe';
import { CopyEventLink, CopyViewLink, useEmbedCopy } from './embed-share';

/** The smallest height the embed asks a host for: below it the evidence has no room. */
export const MIN_HOST_HEIGHT = 360;

/** Loads the data and keeps the frame's URL in step (replace only: no entries in the host's history). */
export function EmbedEffects({ src = './timeline.json' }: { src?: string }) {
  useTimelineData(src);
  useEmbedUrl();
  return null;
}

export function EmbedView() {
  useEscapeCloses();
  const status = useChronology((s) => s.status);
  const listView = useChronology((s) => s.listView);
  const reader = useChronology((s) => s.reader);
  const selected = useChronology((s) => s.selectedId);
  const query = useChronology(viewQuery);
  const copy = useEmbedCopy();
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);

  // The height the content would like: bar, chart and the whole detail (which otherwise scrolls).
  useHostHeight(
    () => {
      const h = (r: React.RefObject<HTMLElement | null>) => r.current?.getBoundingClientRect().height ?? 0;
      const sum = h(barRef) + h(chartRef) + h(innerRef);
      return sum > 0 ? Math.max(MIN_HOST_HEIGHT, sum) : 0;
    },
    [rootRef, barRef, chartRef, innerRef],
    status,
  );

  const detail = reader ? 'reader' : selected ? 'evidence' : 'none';
  const shownTitle = useShownTitle();
  return (
    <div ref={rootRef} className={`embed has-${detail}${shownTitle ? ' has-title' : ''}`}>
      <header ref={barRef} className="embed-bar">
        <h1 className="embed-title">{shownTitle ?? 'News chronology'}</h1>
        {status === 'ready' && !listView && <ZoomControls />}
        <div className="embed-links">
          <CopyViewLink copy={copy} />
          <a href={relativeFullView(query)} target="_blank" rel="noopener">
            Open full view<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </div>
        <CopyFallback copy={copy} label="Link" />
      </header>
      <ErrorState />
      <Loading />
      {status === 'ready' && (
        <>
          <main ref={chartRef} className="embed-chart" aria-label="Chronology">
            {/* Where the details take the chart's place, this is what stays of it: the way back. */}
            {detail !== 'none' && <BackToTimeline />}
            <div className="embed-chart-body">
              {listView ? <EventList /> : <TimelineMain compact />}
              {!listView && <OverviewStrip />}
            </div>
          </main>
          <aside className="embed-detail" aria-label="Details">
            <div ref={innerRef} className="embed-detail-inner">
              {reader ? (
                <ArticleReader />
              ) : (
                <>
                  <EvidencePanel compact />
                  <CopyEventLink />
                </>
              )}
            </div>
          </aside>
        </>
      )}
      <LiveRegion />
    </div>
  );
}

/** The title the embedding page asked for (`title=` in the frame's URL), read once; null when none. */
function useShownTitle(): string | null {
  const [title] = useState(() => embedTitleOf(window.location.search));
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  return title;
}

/**
 * Where the evidence or the article takes the chart's place (short frames, see embed.css), the way back to
 * it, with the keyboard on the event's mark again. Hidden by CSS where the chart stays beside them.
 */
function BackToTimeline() {
  const store = useChronologyStore();
  return (
    <button
      type="button"
      className="back-to-timeline"
      onClick={() => {
        const s = store.getState();
        const id = s.selectedId;
        s.closeReader();
        s.select(null);
        s.announce('Back to the timeline');
        if (id)
          requestAnimationFrame(() =>
            document
              .querySelector<SVGGElement>(`[data-testid="timeline-main"] [data-event-id="${cssEscape(id)}"]`)
              ?.focus(),
          );
      }}
    >
      ← Back to the timeline
    </button>
  );
}
