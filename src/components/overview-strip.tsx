/**
 * The whole corpus in one compact strip, with a brush showing (and setting) the main view. Events hidden
 * by the filters stay here as hollow ticks, so it is clear that something is filtered out.
 */
import { useMemo, useRef } from 'react';
import { useChronology } from '../hooks/use-chronology';
import { useElementSize } from '../hooks/use-element-size';
import { useOverviewBrush } from '../hooks/use-overview-brush';
import { selectFiltering, selectVisibleEvents } from '../store/selectors';
import { eventBounds } from '../timeline/extent';
import { axisTicks, timeScale } from '../timeline/scale';

const H = 44;

export function OverviewStrip() {
  const wrapRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const { width } = useElementSize(wrapRef);
  const index = useChronology((s) => s.index);
  const visible = useChronology(selectVisibleEvents);
  const filtering = useChronology(selectFiltering);
  const selectedId = useChronology((s) => s.selectedId);
  const overview = index?.limits.bounds ?? null;
  useOverviewBrush(brushRef, overview, width, H);

  const x = useMemo(() => (overview ? timeScale(overview, width) : null), [overview, width]);
  const shown = useMemo(() => new Set(visible.map((e) => e.id)), [visible]);
  const ticks = useMemo(() => (overview ? axisTicks(overview, width).ticks : []), [overview, width]);
  if (!index || !x) return <div ref={wrapRef} className="overview" />;
  const hiddenCount = index.events.length - visible.length;

  return (
    <div ref={wrapRef} className="overview" data-testid="timeline-overview">
      <svg width={width} height={H + 16} role="img" aria-label={`Overview of all ${index.events.length} events${hiddenCount ? `, ${hiddenCount} hidden by filters` : ''}. Drag across it to choose the range shown above.`}>
        <g aria-hidden="true">
          {ticks.map((t) => (
            <g key={t.t} className="tick" transform={`translate(${t.x},0)`}>
              <line y1={0} y2={H} />
              <text x={3} y={H + 12}>
                {t.label}
              </text>
            </g>
          ))}
          {index.events.map((e) => {
            const [a, b] = eventBounds(e);
            const x0 = x(a);
            const w = Math.max(2, x(b) - x0);
            const on = shown.has(e.id);
            const hgt = Math.min(H - 8, 8 + e.sourceCount * 6);
            return (
              <rect
                key={e.id}
                className={`ov-event${on ? '' : ' is-hidden'}${e.id === selectedId ? ' is-selected' : ''}`}
                x={x0}
                width={w}
                y={H - hgt - 2}
                height={hgt}
              />
            );
          })}
        </g>
        <g ref={brushRef} className="brush" />
      </svg>
      {filtering && hiddenCount > 0 && (
        <p className="overview-note">
          {hiddenCount} of {index.events.length} events hidden by filters (hollow in the strip).
        </p>
      )}
    </div>
  );
}
