import type { ReactNode } from 'react';
import type { Loaded } from '../api/use-api.js';
import { useT } from '../i18n/language.js';

/** Shows loading and problem states the same way on every page; renders `children(data)` when done. */
export function LoadedView<T>({ result, children }: { result: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useT();
  if (result.state === 'loading')
    return (
      <p className="utrecht-paragraph" role="status">
        {t('common.loading')}
      </p>
    );
  if (result.state === 'error')
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">
          <strong>{t('common.error')}</strong> ({result.problem.status}
          {result.problem.code ? ` ${result.problem.code}` : ''}): {result.problem.title}
          {result.problem.detail ? `. ${result.problem.detail}` : ''}
        </p>
      </div>
    );
  return <>{children(result.data)}</>;
}
