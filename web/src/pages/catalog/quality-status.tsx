import { usePageTexts } from '../../i18n/page-texts.js';
import { CATALOG_TEXTS } from './catalog-texts.js';
import type { CatalogTable } from './catalog-types.js';

/** "goed", "fouten (2 van 14)" or "niet gecontroleerd": in words, with a marker shape per status. */
export function QualityStatus({ quality }: { quality: CatalogTable['kwaliteit'] }) {
  const text = usePageTexts(CATALOG_TEXTS);
  return (
    <span className={`ggm-quality ggm-quality--${quality.status}`}>
      {text(`quality.${quality.status}`, { failed: quality.failed, checks: quality.checks })}
    </span>
  );
}
