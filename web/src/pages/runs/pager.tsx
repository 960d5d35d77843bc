import { usePageTexts } from '../../i18n/page-texts.js';
import { RUNS_TEXTS } from './runs-texts.js';

/** Previous/next page buttons for the paged lists (runs, quarantine, data). */
export function Pager({
  page,
  hasNext,
  onPage,
}: {
  page: number;
  hasNext: boolean;
  onPage: (page: number) => void;
}) {
  const t = usePageTexts(RUNS_TEXTS);
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="ggm-pager" aria-label={t('pageOf', { page })}>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('previous')}
      </button>
      <span>{t('pageOf', { page })}</span>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={!hasNext}
        onClick={() => onPage(page + 1)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
