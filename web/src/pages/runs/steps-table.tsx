import { DataTable, numeric } from '../../components/data-table.js';
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
    <DataTable
      caption={t('stepsCaption', { id: runId })}
      columns={[
        t('step'),
        t('kind'),
        t('status'),
        numeric(t('duration')),
        numeric(t('batches')),
        numeric(t('rows')),
      ]}
    >
      {steps.map((s) => (
        <tr className="utrecht-table__row" key={s.stap}>
          <th className="utrecht-table__header-cell" scope="row">
            {s.stap}
          </th>
          <td className="utrecht-table__cell">{s.soort}</td>
          <td className="utrecht-table__cell">
            <StatusBadge status={s.status} />
          </td>
          <td className="utrecht-table__cell ggm-number">{duration(s.gestartOp, s.beeindigdOp, language)}</td>
          <td className="utrecht-table__cell ggm-number">{amount(s.batches, language)}</td>
          <td className="utrecht-table__cell ggm-number">{amount(s.rijen, language)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
