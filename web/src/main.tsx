import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.js';
import { LanguageProvider } from './i18n/language.js';
import { SessionProvider } from './session/session.js';

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
