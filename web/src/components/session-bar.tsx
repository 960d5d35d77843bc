import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/language.js';
import { usePageTexts } from '../i18n/page-texts.js';
import type { DemoSessionUser } from '../pages/login/demo-users.js';
import { useSession } from '../session/session.js';
import { loadDemoUsers, purposesOf, webConfiguration } from '../session/web-config.js';

const TEXTS = {
  nl: { switchUser: 'Wissel van gebruiker', keep: '(huidige gebruiker)' },
  en: { switchUser: 'Switch user', keep: '(current user)' },
};

/** Demo users to switch to in development mode; none otherwise (or when the server lists none). */
function useDemoUsers(): { users: DemoSessionUser[]; purposesFor: (roles: readonly string[]) => string[] } {
  const [state, setState] = useState<{
    users: DemoSessionUser[];
    purposesFor: (roles: readonly string[]) => string[];
  }>({ users: [], purposesFor: () => [] });
  useEffect(() => {
    let live = true;
    Promise.all([webConfiguration(), loadDemoUsers()]).then(
      ([config, users]) => live && setState({ users, purposesFor: (roles) => purposesOf(config, roles) }),
      () => undefined, // no switcher: signing in through /inloggen still works
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Who is signed in, the purpose (doel) in use, switching demo user, signing in and out. */
export function SessionBar() {
  const { t } = useT();
  const own = usePageTexts(TEXTS);
  const { user, purpose, setPurpose, signIn, signOut } = useSession();
  const demo = useDemoUsers();
  if (!user)
    return (
      <p className="ggm-session">
        {t('session.signedOut')} ·{' '}
        <Link className="utrecht-link" to="/inloggen">
          {t('session.signIn')}
        </Link>
      </p>
    );
  return (
    <div className="ggm-session">
      {demo.users.length > 0 ? (
        <label className="ggm-session__purpose">
          {t('session.user')}{' '}
          <select
            className="utrecht-select"
            value={user.token}
            onChange={(e) => {
              const next = demo.users.find((u) => u.token === e.target.value);
              if (next)
                signIn({
                  ...next,
                  purposes: next.purposes.length > 0 ? next.purposes : demo.purposesFor(next.roles),
                });
            }}
            title={own('switchUser')}
          >
            {!demo.users.some((u) => u.token === user.token) && (
              <option value={user.token}>
                {user.name} {own('keep')}
              </option>
            )}
            {demo.users.map((u) => (
              <option key={u.token} value={u.token}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span>
          {t('session.user')}: <strong>{user.name}</strong>
        </span>
      )}
      <label className="ggm-session__purpose">
        {t('session.purpose')}{' '}
        <select
          className="utrecht-select"
          value={purpose ?? ''}
          onChange={(e) => setPurpose(e.target.value || undefined)}
        >
          <option value="">{t('session.noPurpose')}</option>
          {user.purposes.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <Link className="utrecht-link" to="/inloggen">
        {t('session.signIn')}
      </Link>
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={signOut}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
