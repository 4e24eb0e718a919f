/**
 * Access to the page's store from components: `useChronology(selector)` re-renders only when the
 * selected value changes. The store instance comes from context so tests and embeds can each have one.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ChronologyState, ChronologyStore } from '../store/store';

export const ChronologyContext = createContext<ChronologyStore | null>(null);

export function useChronologyStore(): ChronologyStore {
  const store = useContext(ChronologyContext);
  if (!store) throw new Error('useChronology needs a <ChronologyProvider>');
  return store;
}

export function useChronology<T>(selector: (s: ChronologyState) => T): T {
  return useStore(useChronologyStore(), selector);
}
