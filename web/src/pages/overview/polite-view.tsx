import './overview.css';
import type { ReactNode } from 'react';
import type { Loaded } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';

const TEXTS = {
  nl: {
    denied: 'Uw rol mag dit onderdeel niet inzien. Dat is zo ingesteld in het beleid van de gemeente.',
    signIn: 'Log in om dit onderdeel te zien.',
    chooseRole: 'Kies eventueel een andere gebruiker of een ander doel.',
  },
  en: {
    denied: "Your role may not view this part. That is how the municipality's policy is set.",
    signIn: 'Sign in to see this part.',
    chooseRole: 'You may choose another user or purpose.',
  },
};

/**
 * LoadedView, except that "you may not see this" (403) and "sign in first" (401) are a calm note on
 * the page instead of an error: on the overview every role sees something, and what it may not see
 * is said politely.
 */
export function PoliteView<T>({ result, children }: { result: Loaded<T>; children: (data: T) => ReactNode }) {
  const t = usePageTexts(TEXTS);
  if (result.state === 'error' && (result.problem.status === 403 || result.problem.status === 401))
    return (
      <div className="utrecht-alert utrecht-alert--info ggm-polite" role="note">
        <p className="utrecht-paragraph">
          {result.problem.status === 403 ? `${t('denied')} ${t('chooseRole')}` : t('signIn')}
        </p>
      </div>
    );
  return <LoadedView result={result}>{children}</LoadedView>;
}
