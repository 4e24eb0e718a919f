/**
 * The page's one store, made of slices: data (the loaded timeline), view (visible range, lanes, list),
 * selection (selected and focused event, open reader), filters and ui (announcements). Components read it
 * through selectors; the URL mirrors the parts that make a view shareable (see url.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EventFlag, Timeline } from '../contract';
import { dateInWords } from '../contract/words';
import { clampDomain, eventBounds, panToInclude, zoomDomain, type Domain } from '../timeline/extent';
import type { LaneMode } from '../timeline/layout';
import { indexTimeline, type TimelineIndex } from './indexes';
import { textsSlice, type TextsSlice } from './texts';

export interface LoadError {
  /** What failed, in one line. */
  title: string;
  /** Details (validation errors, HTTP status). */
  details: string[];
}

export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  timeline: Timeline | null;
  index: TimelineIndex | null;
  error: LoadError | null;
  setTimeline: (t: Timeline) => void;
  setError: (e: LoadError) => void;
}

export interface ViewSlice {
  /** Visible range in UTC ms; null until a timeline is loaded. */
  domain: Domain | null;
  laneMode: LaneMode;
  listView: boolean;
  /** The wheel zooms the timeline (after a click on it, until it loses focus) instead of scrolling the page. */
  zoomArmed: boolean;
  /** How many of the events in view, by rank, the chart labels (the rest are faint marks). */
  keyCount: KeyCount;
  setKeyCount: (n: KeyCount) => void;
  setDomain: (d: Domain) => void;
  zoomBy: (factor: number, anchor?: number) => void;
  fitAll: () => void;
  showOpening: () => void;
  setLaneMode: (m: LaneMode) => void;
  setListView: (on: boolean) => void;
  setZoomArmed: (on: boolean) => void;
}

/** The choices of the "Labels for" control: the top 20, the top 50 or every event in view. */
export const KEY_COUNTS = [20, 50, 'all'] as const;
export type KeyCount = (typeof KEY_COUNTS)[number];

/** A list of events shown together: a crowded day or the events behind a "+N" chip. */
export interface Digest {
  /** What the list is of, in words ("Saturday 25 April 2009", "25–27 April 2009"). */
  label: string;
  /** The events, in rank order. */
  ids: string[];
}

export interface ReaderTarget {
  articleId: string;
  /** The mention whose sentence is highlighted and scrolled to. */
  mentionId: string | null;
}

export interface SelectionSlice {
  selectedId: string | null;
  /** The event the keyboard is on (it may differ from the selected one until Enter). */
  focusedId: string | null;
  reader: ReaderTarget | null;
  select: (id: string | null) => void;
  setFocused: (id: string | null) => void;
  openReader: (t: ReaderTarget) => void;
  closeReader: () => void;
  /**
   * Select an event (or, with `focus`, only move the keyboard to it), pan the chart so it is in view and
   * announce it: what a click in the list, a date in the reader or an arrow key on the chart all do.
   */
  revealEvent: (id: string, how?: 'select' | 'focus') => void;
  digest: Digest | null;
  openDigest: (d: Digest | null) => void;
}

/** `all`: no flag filter; `any`: events with at least one flag; otherwise events with that flag. */
export type FlagFilter = 'all' | 'any' | EventFlag;

export interface FiltersSlice {
  hiddenSources: string[];
  query: string;
  flag: FlagFilter;
  toggleSource: (id: string) => void;
  setHiddenSources: (ids: string[]) => void;
  setQuery: (q: string) => void;
  setFlag: (f: FlagFilter) => void;
  clearFilters: () => void;
}

export interface UiSlice {
  /** Latest polite announcement for screen readers (short). */
  announcement: string;
  /** Bumped on each announcement so the same text is announced again. */
  announcementId: number;
  announce: (msg: string) => void;
}

export type ChronologyState = DataSlice & ViewSlice & SelectionSlice & FiltersSlice & UiSlice & TextsSlice;
export type ChronologyStore = StoreApi<ChronologyState>;

type Set = StoreApi<ChronologyState>['setState'];
type Get = StoreApi<ChronologyState>['getState'];

const dataSlice = (set: Set, get: Get): DataSlice => ({
  status: 'loading',
  timeline: null,
  index: null,
  error: null,
  setTimeline: (t) => {
    const index = indexTimeline(t);
    const s = get();
    // A view restored from the URL before the data arrived is kept (clamped); otherwise open on the story.
    const domain = s.domain
      ? clampDomain(s.domain, index.limits)
      : (index.opening ?? index.full ?? index.limits.bounds);
    const known = (id: string | null) => (id && index.eventById.has(id) ? id : null);
    const reader = s.reader && index.articleById.has(s.reader.articleId) ? s.reader : null;
    set({
      status: 'ready',
      timeline: t,
      index,
      error: null,
      domain,
      selectedId: known(s.selectedId),
      focusedId: known(s.focusedId),
      reader,
    });
  },
  setError: (error) => set({ status: 'error', error, timeline: null, index: null }),
});

const viewSlice = (set: Set, get: Get): ViewSlice => ({
  domain: null,
  laneMode: 'combined',
  listView: false,
  zoomArmed: false,
  keyCount: KEY_COUNTS[0],
  setKeyCount: (keyCount) => set({ keyCount }),
  setDomain: (d) => {
    const limits = get().index?.limits;
    set({ domain: limits ? clampDomain(d, limits) : d });
  },
  zoomBy: (factor, anchor) => {
    const d = get().domain;
    if (d) get().setDomain(zoomDomain(d, factor, anchor));
  },
  fitAll: () => {
    const ix = get().index;
    if (ix?.full)
      get().setDomain([ix.full[0] - (ix.full[1] - ix.full[0]) * 0.03, ix.full[1] + (ix.full[1] - ix.full[0]) * 0.03]);
  },
  showOpening: () => {
    const ix = get().index;
    if (ix?.opening) get().setDomain(ix.opening);
  },
  setLaneMode: (laneMode) => set({ laneMode }),
  setListView: (listView) => set({ listView }),
  setZoomArmed: (zoomArmed) => set({ zoomArmed }),
});

/**
 * Margin (fraction of the span) kept between a revealed event and the chart's edge, so its label and badge
 * are not cut; and the share of the span a long event may take when revealed (its start is what is shown).
 */
const REVEAL_MARGIN = 0.05;
const REVEAL_MAX_SHARE = 0.5;

const selectionSlice = (set: Set, get: Get): SelectionSlice => ({
  selectedId: null,
  focusedId: null,
  reader: null,
  digest: null,
  openDigest: (digest) => set({ digest }),
  select: (id) =>
    set((s) => ({ selectedId: id, focusedId: id ?? s.focusedId, reader: id === s.selectedId ? s.reader : null })),
  setFocused: (focusedId) => set({ focusedId }),
  openReader: (reader) => set({ reader }),
  closeReader: () => set({ reader: null }),
  revealEvent: (id, how = 'select') => {
    const s = get();
    const e = s.index?.eventById.get(id);
    if (!e) return;
    if (how === 'select') s.select(id);
    else s.setFocused(id);
    const d = s.domain;
    if (d) {
      const [a, b] = eventBounds(e);
      s.setDomain(panToInclude(d, [a, Math.min(b, a + (d[1] - d[0]) * REVEAL_MAX_SHARE)], REVEAL_MARGIN));
    }
    s.announce(how === 'select' ? `Selected ${e.title}.` : `${dateInWords(e.date)}: ${e.title}`);
  },
});

const filtersSlice = (set: Set): FiltersSlice => ({
  hiddenSources: [],
  query: '',
  flag: 'all',
  toggleSource: (id) =>
    set((s) => ({
      hiddenSources: s.hiddenSources.includes(id)
        ? s.hiddenSources.filter((x) => x !== id)
        : [...s.hiddenSources, id].sort(),
    })),
  setHiddenSources: (ids) => set({ hiddenSources: [...new Set(ids)].sort() }),
  setQuery: (query) => set({ query }),
  setFlag: (flag) => set({ flag }),
  clearFilters: () => set({ hiddenSources: [], query: '', flag: 'all' }),
});

const uiSlice = (set: Set): UiSlice => ({
  announcement: '',
  announcementId: 0,
  announce: (announcement) => set((s) => ({ announcement, announcementId: s.announcementId + 1 })),
});

export function createChronologyStore(initial: Partial<ChronologyState> = {}): ChronologyStore {
  return createStore<ChronologyState>()((set, get) => ({
    ...dataSlice(set, get),
    ...viewSlice(set, get),
    ...selectionSlice(set, get),
    ...filtersSlice(set),
    ...uiSlice(set),
    ...textsSlice(set, get),
    ...initial,
  }));
}
