/**
 * The main timeline: a horizontal UTC axis with the events of each lane. Day events are round marks,
 * month or part-of-month claims soft spans that fade at the edges (the uncertainty), ranges solid bars.
 * The number in each mark is how many sources back the event. All numbers come from src/timeline.
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useChronology, useChronologyStore } from '../hooks/use-chronology';
import { useCoarsePointer, useElementSize } from '../hooks/use-element-size';
import { useTimelineKeys } from '../hooks/use-timeline-keys';
import { useTimelineZoom } from '../hooks/use-timeline-zoom';
import { crowdedDayOf, digestOfCluster } from '../store/digest';
import { selectShownSources, selectVisibleEvents } from '../store/selectors';
import { eventBounds } from '../timeline/extent';
import {
  MARK_R,
  fitLabel,
  layoutItems,
  layoutLane,
  lanesFor,
  type LaneLayout,
  type PlacedMark,
} from '../timeline/layout';
import { axisTicks, linearX } from '../timeline/scale';
import { FLAG_WORDS, dateInWords, sourcesInWords } from '../contract/words';
import { msToIsoDay, type TimelineEvent } from '../contract';
import { eventName } from './describe';
import { labelMeasurer } from './label-measure';
import { markFirstDraw } from './first-draw';
import { DayDigest } from './day-digest';
import { EmptyViewCue } from './empty-view-cue';

const AXIS_H = 30;
/** Space above the first track, below the (separate, sticky) axis. */
const TOP_PAD = 4;
const TRACK_H = 26;
/** A finger needs about 44×44 px to hit a mark (WCAG 2.5.5, platform guidelines): tracks and marks grow. */
const TOUCH_PX = 44;
const LANE_HEAD = 20;
const LANE_PAD = 8;
/** A strip under each lane's tracks for the "+N more" clusters, so they never cover a label. */
const CLUSTER_H = 16;
/** On a touch screen the chips are as tall as a finger allows without covering the last track. */
const TOUCH_CLUSTER_H = 32;
/** Chip width: "+123" fits; chips sit in 40 px bins, so they stay apart. */
const CHIP_W = 32;
const TOUCH_CHIP_W = 38;
const MAX_LANES = 12;

export function TimelineMain({ compact = false }: { compact?: boolean }) {
  const store = useChronologyStore();
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { width } = useElementSize(wrapRef);
  const gradId = useId().replace(/:/g, '');
  const domain = useChronology((s) => s.domain);
  const events = useChronology(selectVisibleEvents);
  // The sources left after the filter, memoised per hidden list in the store.
  const sources = useChronology(selectShownSources);
  const laneMode = useChronology((s) => s.laneMode);
  const selectedId = useChronology((s) => s.selectedId);
  const focusedId = useChronology((s) => s.focusedId);
  const armed = useChronology((s) => s.zoomArmed);
  const index = useChronology((s) => s.index);
  const keyCount = useChronology((s) => s.keyCount);
  const coarse = useCoarsePointer();
  const trackH = coarse ? TOUCH_PX : TRACK_H;
  const clusterH = coarse ? TOUCH_CLUSTER_H : CLUSTER_H;
  const chipW = coarse ? TOUCH_CHIP_W : CHIP_W;
  // The full title on hover, for marks whose label gave way (mouse only: marks already have names).
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);

  // One lane per source would make a chart kilometres tall for a big corpus: lanes with events, at most
  // MAX_LANES of them (the source filter chooses which), the rest said in words below the chart.
  const { lanes, laneTotal } = useMemo(() => {
    // One lane needs no sources: filtering 100,000 of them on each keystroke cost 10–20 ms at 40,000 events.
    const all = lanesFor(laneMode, events, laneMode === 'combined' ? [] : sources);
    const withEvents = laneMode === 'combined' ? all : all.filter((l) => l.events.length > 0);
    return { lanes: withEvents.slice(0, MAX_LANES), laneTotal: withEvents.length };
  }, [laneMode, events, sources]);
  // Fewer tracks in a short window (a 600×400 iframe, a phone on its side) so the overview stays in sight.
  const short = compact || (typeof window !== 'undefined' && window.innerHeight < 520);
  const maxTracks = laneMode === 'combined' ? (short ? 5 : 7) : short ? 2 : 3;
  const priority = useMemo(
    () => new Set([selectedId, focusedId].filter((v): v is string => !!v)),
    [selectedId, focusedId],
  );
  // Per lane, what layout needs of each event, once per data/filter/lane change (not per frame).
  const laneItems = useMemo(() => lanes.map((l) => layoutItems(l.events, labelMeasurer())), [lanes]);
  // Each lane's tracks in the last picture, so a label keeps its row from one zoom step to the next.
  const lastTracks = useMemo(() => new Map<string, Map<string, number>>(), []);
  const layouts: LaneLayout[] = useMemo(() => {
    if (!domain) return [];
    const x = linearX(domain, width);
    const labelBudget = keyCount === 'all' ? Infinity : keyCount;
    const hitPx = coarse ? TOUCH_PX : 0;
    return laneItems.map((items, li) => {
      const id = lanes[li]!.id;
      const previous = lastTracks.get(id);
      const out = layoutLane(items, { x, width, maxTracks, priority, labelBudget, previous, hitPx });
      lastTracks.set(id, new Map(out.marks.map((m) => [m.event.id, m.track])));
      return out;
    });
  }, [laneItems, lanes, lastTracks, domain, width, maxTracks, priority, keyCount, coarse]);
  const laneTops: number[] = [];
  let h = TOP_PAD;
  for (let i = 0; i < lanes.length; i++) {
    laneTops.push(h);
    h += (laneMode === 'source' ? LANE_HEAD : 0) + maxTracks * trackH + clusterH + LANE_PAD;
  }
  const height = Math.max(h, TOP_PAD + trackH * 2);
  useTimelineZoom(svgRef, width, height);

  const axis = useMemo(() => (domain ? axisTicks(domain, width) : null), [domain, width]);

  // Each event's place in the list, so the Tab stop is found among the drawn marks, not by a walk over
  // tens of thousands of events on every frame.
  const order = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const bounds = useMemo(() => flatBounds(events), [events]);
  const { drawnIds, firstDrawn } = useMemo(() => drawnOf(layouts, order), [layouts, order]);
  const tabStop =
    (focusedId && drawnIds.has(focusedId) && focusedId) ||
    (selectedId && drawnIds.has(selectedId) && selectedId) ||
    firstDrawn;

  // First draw: tell the browser tests and benchmarks that marks are on screen.
  const firstDraw = useRef(false);
  useEffect(() => {
    if (firstDraw.current || !domain || layouts.length === 0) return;
    firstDraw.current = true;
    markFirstDraw();
  }, [domain, layouts]);

  const onKeyDown = useTimelineKeys(svgRef, events);
  // One handler for every mark, so a mark whose picture did not change is not drawn again.
  const onSelect = useCallback(
    (e: TimelineEvent) => {
      const s = store.getState();
      s.revealEvent(e.id);
      // A day crowded with events lists them all, so none hides behind another.
      s.openDigest(crowdedDayOf(e, events));
    },
    [store, events],
  );

  if (!domain || !axis) return null;
  // A finger's hit area around each badge; the pointer's is the drawn mark and label.
  const hitPad = coarse ? TOUCH_PX / 2 : 0;
  // A pixel between neighbouring tracks' focus rings with a mouse; a finger gets the whole track.
  const ringInset = coarse ? 0 : 1;
  const laneWord = laneMode === 'combined' ? 'all sources in one lane' : 'one lane per source';

  return (
    <div
      ref={wrapRef}
      className={`timeline-main${armed ? ' is-armed' : ''}`}
      data-testid="timeline-main"
      data-tick-unit={axis.unit}
      data-from={domain[0]}
      data-to={domain[1]}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        setHover(null);
        store.getState().setZoomArmed(true);
      }}
      onBlur={(ev) => {
        if (!ev.currentTarget.contains(ev.relatedTarget as Node | null)) store.getState().setZoomArmed(false);
      }}
    >
      {/* The axis is its own strip that sticks to the top of the window while the lanes scroll under it. */}
      <svg className="axis-head" width={width} height={AXIS_H} aria-hidden="true">
        <g className="axis">
          {axis.ticks.map((t) => (
            <g key={t.t} transform={`translate(${t.x},0)`} className={t.major ? 'tick major' : 'tick'}>
              <line y1={AXIS_H - 6} y2={AXIS_H} />
              <text x={4} y={AXIS_H - 12}>
                {t.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <svg
        ref={svgRef}
        className="chart-body"
        width={width}
        height={height}
        role="group"
        aria-label={`Timeline, ${dateInWords({ start: msToIsoDay(domain[0]) })} to ${dateInWords({ start: msToIsoDay(domain[1]) })}, ${laneWord}. Arrow keys move between events, Enter shows the evidence, plus and minus zoom.`}
      >
        <defs>
          <linearGradient id={`soft-${gradId}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" className="soft-stop-edge" />
            <stop offset="0.2" className="soft-stop-mid" />
            <stop offset="0.8" className="soft-stop-mid" />
            <stop offset="1" className="soft-stop-edge" />
          </linearGradient>
        </defs>
        <g className="axis" aria-hidden="true">
          {axis.ticks.map((t) => (
            <g key={t.t} transform={`translate(${t.x},0)`} className={t.major ? 'tick major' : 'tick'}>
              <line y1={0} y2={height} />
            </g>
          ))}
        </g>
        {lanes.map((lane, li) => {
          const top = laneTops[li]! + (laneMode === 'source' ? LANE_HEAD : 0);
          const layout = layouts[li]!;
          return (
            <g
              key={lane.id}
              className="lane"
              role="group"
              aria-label={laneMode === 'source' ? `Lane: ${lane.label}` : 'Events'}
            >
              {laneMode === 'source' && (
                <>
                  <line
                    className="lane-rule"
                    x1={0}
                    x2={width}
                    y1={laneTops[li]! + 2}
                    y2={laneTops[li]! + 2}
                    aria-hidden="true"
                  />
                  {/* Bold text runs about 12% wider than the estimate. */}
                  <text className="lane-label" x={6} y={laneTops[li]! + 15} aria-hidden="true">
                    {fitLabel(lane.label, Math.max(120, (width - 20) / 1.12))}
                  </text>
                </>
              )}
              {layout.marks.map((m) => (
                <Mark
                  key={m.event.id}
                  m={m}
                  y={top + m.track * trackH + trackH / 2}
                  selected={m.event.id === selectedId}
                  tabbable={m.event.id === tabStop}
                  trackH={trackH}
                  ringInset={ringInset}
                  hitPad={hitPad}
                  softFill={`url(#soft-${gradId})`}
                  onSelect={onSelect}
                  onHover={setHover}
                />
              ))}
              {/* Keyed by place: a chip moves with every zoom step, and a new key would remake its nodes. */}
              {layout.clusters.map((c, ci) => (
                <g
                  key={`c${ci}`}
                  className="cluster"
                  role="button"
                  tabIndex={-1}
                  aria-label={`${c.count} more events here: list them`}
                  onClick={() => store.getState().openDigest(digestOfCluster(c, domain))}
                >
                  <rect
                    x={Math.max(0, c.x - chipW / 2)}
                    y={top + maxTracks * trackH + 1}
                    width={chipW}
                    height={clusterH - 2}
                    rx={7}
                  />
                  <text
                    x={Math.max(chipW / 2, c.x)}
                    y={top + maxTracks * trackH + clusterH / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    aria-hidden="true"
                  >
                    +{c.count}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <DayDigest />
      {events.length > 0 && !anyInView(bounds, domain) && <EmptyViewCue events={events} />}
      {events.length === 0 && (
        <p className="empty-note" role="status">
          {index && index.events.length > 0
            ? 'No events match the filters.'
            : 'This timeline has no events: no date in the articles could be placed.'}
        </p>
      )}
      {laneTotal > lanes.length && (
        <p className="lane-note">
          Lanes for {lanes.length} of {laneTotal} sources. Hide sources in the filters to see others.
        </p>
      )}
      {hover && <Tooltip id={hover.id} x={hover.x} y={hover.y} width={width} />}
      <p className="zoom-hint" aria-hidden="true">
        {/* A finger has no wheel: after a tap the touch hint stays. */}
        {armed && !coarse ? (
          'Wheel zooms the timeline. Click outside it to scroll the page.'
        ) : (
          <>
            <span className="hint-mouse">Drag to pan. Ctrl + wheel or pinch to zoom, or click the timeline first.</span>
            <span className="hint-touch">Swipe sideways to pan, pinch to zoom.</span>
            <span className="hint-keys">← → move between events, Enter shows the evidence, + − zoom, Esc closes.</span>
          </>
        )}
      </p>
    </div>
  );
}

interface MarkProps {
  m: PlacedMark;
  /** Centre line of the mark's track. */
  y: number;
  selected: boolean;
  tabbable: boolean;
  trackH: number;
  ringInset: number;
  hitPad: number;
  softFill: string;
  onSelect: (e: TimelineEvent) => void;
  onHover: (h: { id: string; x: number; y: number } | null) => void;
}

/**
 * One event's mark, drawn about its badge and moved by a transform: panning changes one attribute of
 * a day mark, not one of each of its shapes. Memoised: a selection redraws the marks it changes only.
 */
const Mark = memo(function Mark({
  m,
  y,
  selected,
  tabbable,
  trackH,
  ringInset,
  hitPad,
  softFill,
  onSelect,
  onHover,
}: MarkProps) {
  const e = m.event;
  const bx = m.badgeX;
  const isRange = e.date.end !== undefined;
  const cls = [
    'mark',
    e.sourceCount > 1 ? 'is-multi' : '',
    selected ? 'is-selected' : '',
    e.flags.includes('conflict') ? 'is-conflict' : '',
    m.isSpan ? (isRange ? 'is-range' : 'is-soft') : 'is-day',
    m.minor && !selected ? 'is-minor' : '',
  ].join(' ');
  // Extents relative to the badge.
  const labelA = (m.labelSide === 'left' ? m.labelX - m.labelW : m.labelX) - bx;
  const left = Math.min(m.x0 - bx, -MARK_R, m.label ? labelA : Infinity) - 3;
  const right = Math.max(m.x1 - bx, MARK_R, m.label ? labelA + m.labelW : -Infinity) + 3;
  const hitL = Math.min(left, -hitPad);
  const hitR = Math.max(right, hitPad);
  const select = () => onSelect(e);
  // The button holds only shapes: its name (date, title, sources) says all the drawn text says,
  // and the drawn text stays out of it (a shortened label would not match the name).
  return (
    <g className={cls} transform={`translate(${bx},${y})`}>
      <g
        className="mark-hit"
        data-event-id={e.id}
        role="button"
        tabIndex={tabbable ? 0 : -1}
        aria-label={nameOf(e)}
        aria-pressed={selected}
        onClick={select}
        onPointerEnter={(ev) => ev.pointerType === 'mouse' && onHover({ id: e.id, x: bx, y })}
        onPointerLeave={() => onHover(null)}
      >
        <rect
          className="focus-ring"
          x={hitL}
          y={-trackH / 2 + ringInset}
          width={Math.max(0, hitR - hitL)}
          height={trackH - 2 * ringInset}
          rx={5}
        />
        {m.isSpan && (
          <rect
            className="span"
            x={m.x0 - bx}
            width={Math.max(2, m.x1 - m.x0)}
            y={m.label ? 5 : -5}
            height={m.label ? 7 : 10}
            rx={isRange ? 2 : 4}
            fill={isRange ? undefined : softFill}
          />
        )}
        <circle className="badge" r={MARK_R} />
      </g>
      <text className="count" dy="0.35em" textAnchor="middle" aria-hidden="true">
        {e.sourceCount}
      </text>
      {m.label && (
        <text
          className="label"
          x={m.labelX - bx}
          dy="0.35em"
          textAnchor={m.labelSide === 'left' ? 'end' : 'start'}
          aria-hidden="true"
          onClick={select}
        >
          {e.flags.includes('conflict') ? '\u26A0 ' : ''}
          {m.label}
        </text>
      )}
    </g>
  );
}, sameMark);

/** What of a placed mark its drawing reads: a new layout of the same picture redraws nothing. */
const DRAWN: readonly (keyof PlacedMark)[] = [
  'event',
  'x0',
  'x1',
  'badgeX',
  'isSpan',
  'minor',
  'label',
  'labelX',
  'labelW',
  'labelSide',
];

function sameMark(a: MarkProps, b: MarkProps): boolean {
  for (const k of Object.keys(a) as (keyof MarkProps)[]) if (k !== 'm' && a[k] !== b[k]) return false;
  return DRAWN.every((k) => a.m[k] === b.m[k]);
}

/** A mark's accessible name, made once per event rather than on every frame. */
const names = new WeakMap<TimelineEvent, string>();
function nameOf(e: TimelineEvent): string {
  let n = names.get(e);
  if (n === undefined) names.set(e, (n = eventName(e)));
  return n;
}

function Tooltip({ id, x, y, width }: { id: string; x: number; y: number; width: number }) {
  const e = useChronology((s) => s.index?.eventById.get(id));
  if (!e) return null;
  const left = Math.max(4, Math.min(x - 20, width - 264));
  return (
    <div className="tooltip" aria-hidden="true" style={{ left, top: y + MARK_R + 6 }}>
      <strong>{dateInWords(e.date)}</strong>
      <span>{e.title}</span>
      <span className="tooltip-meta">
        {sourcesInWords(e.sourceCount)}
        {e.flags.map((f) => ` · ${FLAG_WORDS[f].short}`).join('')}
      </span>
    </div>
  );
}

/** The marks drawn (to move focus after arrow keys) and the first of them in list order (the Tab stop). */
function drawnOf(layouts: readonly LaneLayout[], order: ReadonlyMap<string, number>) {
  const drawnIds = new Set<string>();
  let first: string | null = null;
  let at = Infinity;
  for (const l of layouts)
    for (const m of l.marks) {
      drawnIds.add(m.event.id);
      const i = order.get(m.event.id) ?? Infinity;
      if (i < at) [first, at] = [m.event.id, i];
    }
  return { drawnIds, firstDrawn: first };
}

/** Every event's covered instants, parsed once per filter change rather than on every frame. */
function flatBounds(events: readonly TimelineEvent[]): { s: Float64Array; t: Float64Array } {
  const s = new Float64Array(events.length);
  const t = new Float64Array(events.length);
  events.forEach((e, i) => ([s[i], t[i]] = eventBounds(e)));
  return { s, t };
}

function anyInView({ s, t }: { s: Float64Array; t: Float64Array }, [a, b]: readonly [number, number]): boolean {
  for (let i = 0; i < s.length; i++) if (t[i]! > a && s[i]! < b) return true;
  return false;
}
