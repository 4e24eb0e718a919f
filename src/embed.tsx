/** Entry of embed.html: the chrome-less view for iframes in course pages (see components/embed). */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChronologyProvider } from './components/chronology';
import { containScrollIntoView } from './components/embed/contain-scroll';
import { EmbedEffects, EmbedView } from './components/embed/embed-view';
import { isFramed } from './hooks/use-host-height';
import { createChronologyStore } from './store/store';
import './styles/app.css';
import './styles/panels.css';
import './components/share/share-toggle.css';
import './components/share/share.css';
import './styles/embed.css';

function Embed() {
  const [store] = useState(() => createChronologyStore());
  return (
    <ChronologyProvider store={store}>
      <EmbedEffects />
      <EmbedView />
    </ChronologyProvider>
  );
}

// An embed must never scroll the page it sits in.
if (isFramed()) containScrollIntoView(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Embed />
  </StrictMode>,
);
