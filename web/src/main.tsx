import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { setApiToken } from './api/client.js';
import { App } from './app.js';
import { LanguageProvider } from './i18n/language.js';
import { prefetchOverview } from './pages/overview/overview-data.js';
import { SessionProvider, storedSession } from './session/session.js';

// The overview's requests start now, alongside its chunk, rather than after React has drawn it.
const session = storedSession();
if (window.location.pathname === '/' && session.user) {
  setApiToken(session.user.token);
  prefetchOverview(session.user.token);
}

const root = document.getElementById('app');
if (root)
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <LanguageProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </LanguageProvider>
      </BrowserRouter>
    </StrictMode>,
  );
