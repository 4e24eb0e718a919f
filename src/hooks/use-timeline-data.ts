/**
 * Loads `timeline.json` (relative to the page, so the site works under any sub-path), checks it against
 * the contract and puts it, or a clear error, in the store.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { checkTimeline } from '../contract/page-validate';
import type { ValidationResult } from '../contract';
import type { ChronologyStore, LoadError } from '../store/store';
import { useChronologyStore } from './use-chronology';

/** What whoever runs the site does about it: for the console and the README, not for readers. */
const HOW_TO_BUILD =
  'Build it with `npm run timeline` (it reads seeds/ and writes public/timeline.json), then reload this page.';

/**
 * A load error as the page shows it: the title and details in reader words; `technical` (the file's own
 * problems, the HTTP status) folded away for whoever maintains the site; `fix` logged to the console.
 */
export interface PageLoadError extends LoadError {
  technical: string[];
  fix: string;
}

const PLEASE_RETRY = 'Try reloading the page in a moment. If it keeps happening, tell whoever runs this site.';

/** Bytes of timeline.json received so far, and the total when the server says it. */
export interface LoadProgress {
  received: number;
  total: number | null;
}

/** Turn whatever came back into a timeline or an explanation. Pure apart from the fetch it is given. */
export async function loadTimeline(
  url: string,
  fetchImpl: typeof fetch = fetch,
  onProgress?: (p: LoadProgress) => void,
): Promise<{ ok: true; data: unknown } | { ok: false; error: PageLoadError }> {
  let res: Response;
  try {
    // Default request options, so the response preloaded by index.html is the one used.
    res = await fetchImpl(url);
  } catch (e) {
    return {
      ok: false,
      error: {
        title: 'The chronology could not be loaded.',
        details: ['The connection to the site failed.', PLEASE_RETRY],
        technical: [`Fetching ${url} failed: ${String(e)}`],
        fix: HOW_TO_BUILD,
      },
    };
  }
  if (!res.ok) {
    return {
      ok: false,
      error: {
        title: res.status === 404 ? 'This chronology has not been built yet.' : 'The chronology could not be loaded.',
        details:
          res.status === 404
            ? ['The site has no timeline to show: its data file is missing.', PLEASE_RETRY]
            : [`The site answered with an error (${res.status}).`, PLEASE_RETRY],
        technical: [`${url} answered HTTP ${res.status}.`],
        fix: HOW_TO_BUILD,
      },
    };
  }
  let data: unknown;
  try {
    const text = await readText(res, onProgress);
    mark('timeline:received');
    data = JSON.parse(text);
    mark('timeline:parsed');
  } catch (e) {
    return {
      ok: false,
      error: {
        title: 'The chronology’s data is damaged.',
        details: ['Its data file (timeline.json) is not complete or not readable.', PLEASE_RETRY],
        technical: [`timeline.json is not valid JSON: ${String(e instanceof Error ? e.message : e)}`],
        fix: HOW_TO_BUILD,
      },
    };
  }
  return { ok: true, data };
}

/**
 * The body as text, reporting bytes as they arrive (a 100 MB index takes a while). The bytes are kept as
 * they come and decoded once at the end: decoding two thousand chunks into strings and joining them cost
 * seconds at 40,000 events, and left JSON.parse a string of pieces to flatten first.
 */
async function readText(res: Response, onProgress?: (p: LoadProgress) => void): Promise<string> {
  const length = Number(res.headers.get('content-length'));
  // A compressed response's Content-Length counts compressed bytes: no total then.
  const total = Number.isFinite(length) && length > 0 && !res.headers.get('content-encoding') ? length : null;
  if (!onProgress || !res.body || typeof res.body.getReader !== 'function') return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new TextDecoder().decode(concat(chunks, received));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/**
 * Check the index and show it. `url` is where it came from: a large timeline's text shards are fetched
 * relative to it when an article is opened (see store/texts.ts). A valid file is shown before this returns;
 * the promise waits for a refused one's messages (zod is fetched to name what is wrong).
 */
export function applyTimelineData(store: ChronologyStore, data: unknown, url = './timeline.json'): Promise<void> {
  const v = checkTimeline(data);
  if (v instanceof Promise) return v.then((checked) => showChecked(store, checked, url));
  showChecked(store, v, url);
  return Promise.resolve();
}

function showChecked(store: ChronologyStore, v: ValidationResult, url: string): void {
  mark('timeline:validated');
  if (v.ok) {
    store.getState().setTextsBase(url);
    store.getState().setTimeline(v.timeline);
    mark('timeline:indexed');
    return;
  }
  const version = v.errors[0]?.startsWith('schemaVersion');
  setPageError(store, {
    title: version
      ? 'This chronology was built for another version of this page.'
      : 'The chronology’s data is not in the form this page reads.',
    details: [
      version
        ? 'The page and its data come from different versions, so the page cannot show it.'
        : 'Its data file (timeline.json) has problems the page cannot work around.',
      PLEASE_RETRY,
    ],
    technical: [
      version
        ? 'timeline.json was written for another version of this page.'
        : 'timeline.json does not follow the timeline contract.',
      ...v.errors,
    ],
    fix: version ? 'Rebuild it with this version: `npm run timeline`, then reload.' : HOW_TO_BUILD,
  });
}

/** Show the error, and give whoever maintains the site what to run in the console. */
function setPageError(store: ChronologyStore, error: PageLoadError) {
  store.getState().setError(error);
  if (typeof console !== 'undefined') console.warn(`${error.technical.join('\n')}\n${error.fix.replace(/`/g, '')}`);
}

/** Steps of loading as performance marks, so a benchmark can say where the time goes. */
function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Progress of each store's download, for the Loading message (kept beside the store, not in it). */
const progressOf = new WeakMap<ChronologyStore, LoadProgress>();
const listeners = new WeakMap<ChronologyStore, Set<() => void>>();

/**
 * The Loading message is redrawn at most this often: a 100 MB index arrives in thousands of chunks, and a
 * render for each held the page up for seconds after the last byte. The last chunk is always shown.
 */
const PROGRESS_EVERY_MS = 100;
const shownAt = new WeakMap<ChronologyStore, number>();

function setProgress(store: ChronologyStore, p: LoadProgress) {
  progressOf.set(store, p);
  const now = performance.now();
  if (p.received !== p.total && now - (shownAt.get(store) ?? -Infinity) < PROGRESS_EVERY_MS) return;
  shownAt.set(store, now);
  for (const l of listeners.get(store) ?? []) l();
}

/** The bytes received so far for this store's timeline (null before the first chunk). */
export function useLoadProgress(): LoadProgress | null {
  const store = useChronologyStore();
  return useSyncExternalStore(
    (l) => {
      const set = listeners.get(store) ?? new Set();
      set.add(l);
      listeners.set(store, set);
      return () => set.delete(l);
    },
    () => progressOf.get(store) ?? null,
  );
}

export function useTimelineData(url = './timeline.json'): void {
  const store = useChronologyStore();
  useEffect(() => {
    let cancelled = false;
    loadTimeline(url, fetch, (p) => !cancelled && setProgress(store, p)).then((r) => {
      if (cancelled) return;
      if (r.ok) void applyTimelineData(store, r.data, url);
      else setPageError(store, r.error);
    });
    return () => {
      cancelled = true;
    };
  }, [store, url]);
}
