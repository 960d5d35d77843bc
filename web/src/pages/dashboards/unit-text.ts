import { useCallback } from 'react';
import { usePageTexts } from '../../i18n/page-texts.js';
import { formatNumber } from '../../i18n/local-format.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import type { Indicator } from './gold-types.js';

/** "personen", "euro", "per 10.000", … for a metric. */
export function useUnitText() {
  const text = usePageTexts(DASHBOARD_TEXTS);
  return useCallback(
    (m: Indicator) => text(`unit.${m.eenheid}`, { scale: formatNumber(m.schaal ?? 1, 'nl', 3) }),
    [text],
  );
}
