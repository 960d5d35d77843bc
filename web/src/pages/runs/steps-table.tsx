import { useT } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { amount, duration } from './run-format.js';
import type { RunStep } from './run-types.js';
import { RUNS_TEXTS } from './runs-texts.js';
import { StatusBadge } from './status-badge.js';

/** The steps of one run: status, duration, batches and rows; used on the overview and the run page. */
export function StepsTable({ runId, steps }: { runId: string; steps: readonly RunStep[] }) {
  const t = usePageTexts(RUNS_TEXTS);
  const { language } = useT();
  return (
    <table className="utrecht-table ggm-table">
      <caption className="utrecht-table__caption">{t('stepsCaption', { id: runId })}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            {t('step')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('kind')}
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            {t('status')}
          </th>
          <th className="utrecht-table__header-cell ggm-number" scope="col">
            {t('duration')}
          </th>
          <th className="utrecht-table__header-cell ggm-number" scope="col">
            {t('batches')}
          </th>
          <th className="utrecht-table__header-cell ggm-number" scope="col">
            {t('rows')}
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {steps.map((s) => (
          <tr className="utrecht-table__row" key={s.stap}>
            <th className="utrecht-table__header-cell" scope="row">
              {s.stap}
            </th>
            <td className="utrecht-table__cell">{s.soort}</td>
            <td className="utrecht-table__cell">
              <StatusBadge status={s.status} />
            </td>
            <td className="utrecht-table__cell ggm-number">
              {duration(s.gestartOp, s.beeindigdOp, language)}
            </td>
            <td className="utrecht-table__cell ggm-number">{amount(s.batches, language)}</td>
            <td className="utrecht-table__cell ggm-number">{amount(s.rijen, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
