import { Suspense } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { SessionBar } from './components/session-bar.js';
import { useT } from './i18n/language.js';
import { ROUTES } from './routes.js';

/** The page frame: skip link, header with the session, main menu, and the page in <main>. */
export function App() {
  const { t, language, setLanguage } = useT();
  return (
    <div className="ggm-app">
      <a className="utrecht-skip-link ggm-skip-link" href="#inhoud">
        {t('app.skip')}
      </a>
      <header className="ggm-header">
        <p className="ggm-header__title">
          <NavLink to="/" className="utrecht-link">
            {t('app.title')}
          </NavLink>
        </p>
        <SessionBar />
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle ggm-language"
          onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          lang={language === 'nl' ? 'en' : 'nl'}
        >
          {language === 'nl' ? 'English' : 'Nederlands'}
        </button>
      </header>
      <nav className="ggm-nav" aria-label={t('app.nav')}>
        <ul className="ggm-nav__list">
          {ROUTES.filter((r) => r.menu).map((r) => (
            <li key={r.path}>
              <NavLink
                to={r.path.replace('/*', '')}
                end={r.path === '/'}
                className={({ isActive }) => `ggm-nav__link${isActive ? ' ggm-nav__link--current' : ''}`}
              >
                {t(r.menu!)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud" className="ggm-main" tabIndex={-1}>
        <Suspense fallback={<p className="utrecht-paragraph">{t('common.loading')}</p>}>
          <Routes>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path} element={<r.page />} />
            ))}
            <Route path="*" element={<p className="utrecht-paragraph">{t('common.notFound')}</p>} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}
