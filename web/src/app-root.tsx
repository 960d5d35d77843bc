// The application drawn into #app: loaded by the entry script after it has started the first requests.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.js';
import { LanguageProvider } from './i18n/language.js';
import { SessionProvider } from './session/session.js';

export function renderApp(root: HTMLElement): void {
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
