import { useT } from '../../i18n/language.js';

/** Placeholder: this area is being built. */
export default function Page() {
  const { t } = useT();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('nav.catalog' as never)}</h1>
      <p className="utrecht-paragraph">{t('common.todo')}</p>
    </>
  );
}
