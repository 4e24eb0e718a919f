/**
 * Loads `timeline.json` (relative to the page, so the site works under any sub-path), checks it against
 * the contract and puts it, or a clear error, in the store.
 */
import { useEffect } from 'react';
import { validateTimeline } from '../contract';
import type { ChronologyStore, LoadError } from '../store/store';
import { useChronologyStore } from './use-chronology';

const HOW_TO_BUILD =
  'Build it with `npm run timeline` (it reads seeds/ and writes public/timeline.json), then reload this page.';

/** Turn whatever came back into a timeline or an explanation. Pure apart from the fetch it is given. */
export async function loadTimeline(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; data: unknown } | { ok: false; error: LoadError }> {
  let res: Response;
  try {
    // Default request options, so the response preloaded by index.html is the one used.
    res = await fetchImpl(url);
  } catch (e) {
    return {
      ok: false,
      error: {
        title: 'The timeline could not be loaded.',
        details: [`Fetching ${url} failed: ${String(e)}`, HOW_TO_BUILD],
      },
    };
  }
  if (!res.ok) {
    return {
      ok: false,
      error: {
        title:
          res.status === 404 ? 'There is no timeline.json next to this page.' : 'The timeline could not be loaded.',
        details: [`${url} answered HTTP ${res.status}.`, HOW_TO_BUILD],
      },
    };
  }
  let data: unknown;
  try {
    const text = await res.text();
    mark('timeline:received');
    data = JSON.parse(text);
    mark('timeline:parsed');
  } catch (e) {
    return {
      ok: false,
      error: {
        title: 'timeline.json is not valid JSON.',
        details: [String(e instanceof Error ? e.message : e), HOW_TO_BUILD],
      },
    };
  }
  return { ok: true, data };
}

export function applyTimelineData(store: ChronologyStore, data: unknown): void {
  const v = validateTimeline(data);
  mark('timeline:validated');
  if (v.ok) {
    store.getState().setTimeline(v.timeline);
    mark('timeline:indexed');
    return;
  }
  const version = v.errors[0]?.startsWith('schemaVersion');
  store.getState().setError({
    title: version
      ? 'timeline.json was written for another version of this page.'
      : 'timeline.json does not follow the timeline contract.',
    details: [...v.errors, version ? 'Rebuild it with this version: `npm run timeline`, then reload.' : HOW_TO_BUILD],
  });
}

/** Steps of loading as performance marks, so a benchmark can say where the time goes. */
function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export function useTimelineData(url = './timeline.json'): void {
  const store = useChronologyStore();
  useEffect(() => {
    let cancelled = false;
    loadTimeline(url).then((r) => {
      if (cancelled) return;
      if (r.ok) applyTimelineData(store, r.data);
      else store.getState().setError(r.error);
    });
    return () => {
      cancelled = true;
    };
  }, [store, url]);
}
