/** Rendering the whole page against a timeline served by a stubbed fetch. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app';
import { createChronologyStore } from '../../src/store/store';
import { buildSmallTimeline } from '../fixtures/ui/small-timeline';

export function serve(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp({ search = '', body = buildSmallTimeline() as unknown, status = 200 } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  const fetchMock = serve(body, status);
  const store = createChronologyStore();
  const utils = render(<App store={store} />);
  return { ...utils, store, fetchMock };
}
