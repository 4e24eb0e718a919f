/** Shared set-up for the share/export component tests: a store with the small fixture timeline. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ChronologyProvider } from '../../../src/components/chronology';
import { LiveRegion } from '../../../src/components/live-region';
import { createChronologyStore, type ChronologyState } from '../../../src/store/store';
import { buildSmallTimeline } from '../../fixtures/ui/small-timeline';

export function storeWithTimeline(state: Partial<ChronologyState> = {}) {
  const store = createChronologyStore();
  store.getState().setTimeline(buildSmallTimeline());
  store.setState(state);
  return store;
}

export function renderWith(ui: ReactNode, state: Partial<ChronologyState> = {}) {
  const store = storeWithTimeline(state);
  const result = render(
    <ChronologyProvider store={store}>
      {ui}
      <LiveRegion />
    </ChronologyProvider>,
  );
  return { store, ...result };
}

/** The polite live region's current text. */
export function announced(): string {
  return document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
}
