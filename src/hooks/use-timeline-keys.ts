/**
 * The chart's keyboard: arrows move between events (in date order, the view following), Home and End go
 * to the first and last, + and − zoom around the event the keyboard is on, Enter or Space select it.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineEvent } from '../contract';
import { crowdedDayOf } from '../store/digest';
import type { ChronologyState } from '../store/store';
import { eventBounds, type Domain } from '../timeline/extent';
import { useChronology, useChronologyStore } from './use-chronology';

/** One key press zooms by this factor (a button press does the same). */
export const KEY_ZOOM_FACTOR = 2;

export function useTimelineKeys(
  svgRef: RefObject<SVGSVGElement | null>,
  events: readonly TimelineEvent[],
): (ev: KeyboardEvent) => void {
  const store = useChronologyStore();
  const focusedId = useChronology((s) => s.focusedId);
  // After an arrow key, keep keyboard focus on the newly focused event's mark once it is drawn.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || !focusedId) return;
    const marks = svgRef.current?.querySelectorAll<SVGGElement>('[data-event-id]') ?? [];
    const el = [...marks].find((m) => m.getAttribute('data-event-id') === focusedId);
    if (el) {
      el.focus();
      wantFocus.current = false;
    }
  });

  return (ev: KeyboardEvent) => {
    const s = store.getState();
    const moveFocus = (to: string | undefined) => {
      if (!to) return;
      wantFocus.current = true;
      s.revealEvent(to, 'focus');
    };
    // The mark that has focus is where the keyboard is (it may have been reached with Tab).
    const active = (document.activeElement as Element | null)?.getAttribute?.('data-event-id') ?? null;
    const current = active ?? s.focusedId ?? s.selectedId;
    const i = current ? events.findIndex((e) => e.id === current) : -1;
    const d = s.domain;
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveFocus(i < 0 ? firstInView(events, d)?.id : events[Math.min(events.length - 1, i + 1)]?.id);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveFocus(i < 0 ? firstInView(events, d)?.id : events[Math.max(0, i - 1)]?.id);
        break;
      case 'Home':
        moveFocus(events[0]?.id);
        break;
      case 'End':
        moveFocus(events[events.length - 1]?.id);
        break;
      case '+':
      case '=':
        s.zoomBy(KEY_ZOOM_FACTOR, anchorOf(s, current));
        break;
      case '-':
      case '_':
        s.zoomBy(1 / KEY_ZOOM_FACTOR, anchorOf(s, current));
        break;
      case 'Enter':
      case ' ': {
        const e = current ? s.index?.eventById.get(current) : undefined;
        if (!e) return;
        s.select(e.id);
        // A crowded day lists all its events, as a click on the mark does.
        s.openDigest(crowdedDayOf(e, events));
        s.announce(`Selected ${e.title}. Evidence shown.`);
        break;
      }
      default:
        return;
    }
    ev.preventDefault();
  };
}

function firstInView(events: readonly TimelineEvent[], d: Domain | null) {
  if (!d) return events[0];
  return events.find((e) => eventBounds(e)[1] > d[0]) ?? events[0];
}

/** Zoom around the keyboard's event when it is on screen (a day's middle, a span's start), else the centre. */
function anchorOf(s: Pick<ChronologyState, 'index' | 'domain'>, id: string | null): number | undefined {
  const e = id ? s.index?.eventById.get(id) : undefined;
  if (!e || !s.domain) return undefined;
  const [a, b] = eventBounds(e);
  const t = e.date.end === undefined && e.date.start.length === 10 ? (a + b) / 2 : a;
  return t >= s.domain[0] && t <= s.domain[1] ? t : undefined;
}
