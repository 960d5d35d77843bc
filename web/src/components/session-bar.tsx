import { Link } from 'react-router';
import { useT } from '../i18n/language.js';
import { useSession } from '../session/session.js';

/** Who is signed in, the purpose (doel) in use, and the way to sign in, switch or sign out. */
export function SessionBar() {
  const { t } = useT();
  const { user, purpose, setPurpose, signOut } = useSession();
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
      <span>
        {t('session.user')}: <strong>{user.name}</strong>
      </span>
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
