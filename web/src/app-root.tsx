// The application drawn into #app: loaded by the entry script after it has started the first requests.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.js';
import { LanguageProvider } from './i18n/language.js';
import { routeFor } from './routes.js';
import { SessionProvider } from './session/session.js';

/** Draws the application once the page it opens on is loaded (so that page does not suspend). */
export async function renderApp(root: HTMLElement): Promise<void> {
  await routeFor(window.location.pathname)
    ?.page.preload()
    .catch(() => undefined); // a failed load shows through the route's own suspense, as before
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
}
