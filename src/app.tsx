import { useState } from 'react';
import { Chronology, ChronologyEffects, ChronologyProvider } from './components/chronology';
import { createChronologyStore, type ChronologyStore } from './store/store';

/** The page: one store, the data loaded from `src` (relative to the page), the URL kept in step. */
export function App({ store, src = './timeline.json' }: { store?: ChronologyStore; src?: string }) {
  const [own] = useState(() => store ?? createChronologyStore());
  return (
    <ChronologyProvider store={own}>
      <ChronologyEffects src={src} />
      <Chronology />
    </ChronologyProvider>
  );
}
