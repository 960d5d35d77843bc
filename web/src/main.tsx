// The entry script, small on purpose: on a first load of `/` it starts the overview's requests at once,
// while the browser is still fetching and parsing React and the application (a chunk of their own,
// loaded below). With everything in one entry the requests waited until all of it had been evaluated.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './app.css';
import { setApiToken } from './api/client.js';
import { prefetchOverview } from './pages/overview/overview-data.js';
import { storedSession } from './session/stored-session.js';

const session = storedSession();
if (window.location.pathname === '/' && session.user) {
  setApiToken(session.user.token);
  prefetchOverview(session.user.token);
}

// An async script may run before the parser has reached #app.
const app = import('./app-root.js');
const render = () => {
  const root = document.getElementById('app');
  if (root) void app.then(({ renderApp }) => renderApp(root));
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render, { once: true });
else render();
