// Previous/next buttons with the page position, for the model area's paged tables.
import { useModelTexts } from './model-texts.js';

export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const tx = useModelTexts();
  if (pages <= 1) return null;
  return (
    <nav className="ggm-pager" aria-label={tx('pageOf', { page, pages })}>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {tx('previous')}
      </button>
      <span>{tx('pageOf', { page, pages })}</span>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {tx('next')}
      </button>
    </nav>
  );
}
