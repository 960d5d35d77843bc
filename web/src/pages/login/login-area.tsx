import '../overview/overview.css';
import { useEffect, useState } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { useSession } from '../../session/session.js';
import { loadDemoUsers, purposesOf, webConfiguration } from '../../session/web-config.js';
import { LOGIN_TEXTS } from './login-texts.js';
import { completeOidcSignIn, OidcSignInError, startOidcSignIn, type OidcFailure } from './oidc.js';

const FAILURE_KEYS = {
  discovery: 'failDiscovery',
  noPending: 'failNoPending',
  provider: 'failProvider',
  state: 'failState',
  noCode: 'failNoCode',
  tokenRefused: 'failTokenRefused',
  noToken: 'failNoToken',
  noRoles: 'failNoRoles',
} as const satisfies Record<OidcFailure, string>;

/** Why signing in failed, in the user's language; what the provider said is added as it said it. */
function failureText(
  t: ReturnType<typeof usePageTexts<keyof typeof LOGIN_TEXTS.nl>>,
  error: unknown,
): string {
  if (!(error instanceof OidcSignInError)) return t('oidcFailed', { reason: t('failOther') });
  const reason = t(FAILURE_KEYS[error.failure], { claim: error.detail ?? '' });
  const said =
    error.detail && error.failure !== 'noRoles' ? ` ${t('providerSaid', { detail: error.detail })}` : '';
  return t('oidcFailed', { reason: reason + said });
}

/** `/inloggen`: the demo users (development mode) and/or the OIDC provider; `/inloggen/terug`: back. */
export default function LoginArea() {
  return (
    <Routes>
      <Route index element={<LoginPage />} />
      <Route path="terug" element={<CallbackPage />} />
    </Routes>
  );
}

function LoginPage() {
  const t = usePageTexts(LOGIN_TEXTS);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | undefined>();
  const loaded = useApi(async () => {
    const config = await webConfiguration();
    const users = config.ontwikkelmodus ? await loadDemoUsers().catch(() => []) : [];
    return { config, users };
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <LoadedView result={loaded}>
        {({ config, users }) => (
          <>
            {config.ontwikkelmodus && (
              <section aria-labelledby="demo-gebruikers">
                <h2 className="utrecht-heading-2" id="demo-gebruikers">
                  {t('demoUsers')}
                </h2>
                <p className="utrecht-paragraph">{t('demoIntro')}</p>
                {users.length === 0 ? (
                  <p className="utrecht-paragraph">{t('noDemoUsers')}</p>
                ) : (
                  <ul className="ggm-login__users">
                    {users.map((u) => (
                      <li key={`${u.name}-${u.roles.join()}`} className="ggm-login__user">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--primary-action"
                          onClick={() => {
                            signIn({
                              ...u,
                              purposes: u.purposes.length > 0 ? u.purposes : purposesOf(config, u.roles),
                            });
                            void navigate('/');
                          }}
                        >
                          {t('signInAs', { name: u.name })}
                        </button>
                        <p className="utrecht-paragraph">
                          {t('role')}: {u.roles.join(', ')}
                          {u.purposes.length > 0 && ` · ${t('purposes')}: ${u.purposes.join(', ')}`}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            {config.oidc && (
              <section aria-labelledby="oidc-inloggen">
                <h2 className="utrecht-heading-2" id="oidc-inloggen">
                  {t('oidcButton', { issuer: new URL(config.oidc.issuer).host })}
                </h2>
                <p className="utrecht-paragraph">{t('oidcIntro')}</p>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  disabled={busy === 'bezig'}
                  onClick={() => {
                    setBusy('bezig');
                    startOidcSignIn(config.oidc!).catch((e: unknown) => setBusy(failureText(t, e)));
                  }}
                >
                  {t('oidcButton', { issuer: new URL(config.oidc.issuer).host })}
                </button>
                {busy === 'bezig' && (
                  <p className="utrecht-paragraph" role="status">
                    {t('oidcBusy')}
                  </p>
                )}
                {busy && busy !== 'bezig' && (
                  <div className="utrecht-alert utrecht-alert--error" role="alert">
                    <p className="utrecht-paragraph">{busy}</p>
                  </div>
                )}
              </section>
            )}
            {!config.ontwikkelmodus && !config.oidc && <p className="utrecht-paragraph">{t('noLogin')}</p>}
          </>
        )}
      </LoadedView>
    </>
  );
}

function CallbackPage() {
  const t = usePageTexts(LOGIN_TEXTS);
  const { signIn } = useSession();
  const [outcome, setOutcome] = useState<{ name?: string; roles?: string; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    const search = window.location.search;
    void (async () => {
      try {
        const user = await completeOidcSignIn(search);
        const config = await webConfiguration();
        signIn({ ...user, purposes: purposesOf(config, user.roles) });
        // the code and state do not stay in the address bar or history
        window.history.replaceState(null, '', window.location.pathname);
        if (live) setOutcome({ name: user.name, roles: user.roles.join(', ') });
      } catch (e) {
        if (live) setOutcome({ error: e ?? 'unknown' });
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('backTitle')}</h1>
      {outcome.error !== undefined ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failureText(t, outcome.error)}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to="/inloggen">
              {t('tryAgain')}
            </Link>
          </p>
        </div>
      ) : outcome.name ? (
        <p className="utrecht-paragraph">
          {t('signedInAs', { name: outcome.name, roles: outcome.roles ?? '' })}
        </p>
      ) : (
        <p className="utrecht-paragraph" role="status">
          {t('oidcBusy')}
        </p>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/">
          {t('back')}
        </Link>
      </p>
    </>
  );
}
