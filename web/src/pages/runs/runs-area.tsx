import { DataTable } from '../../components/data-table.js';
import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useT } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { PoliteView } from '../overview/polite-view.js';
import { Pager } from './pager.js';
import { dateTime, duration } from './run-format.js';
import type { ApiPage, Run, RunStep } from './run-types.js';
import { RUNS_TEXTS } from './runs-texts.js';
import { StatusBadge } from './status-badge.js';
import { StepsTable } from './steps-table.js';

/** `/runs`: the runs, newest first; `/runs/:id`: one run's steps and findings. */
export default function RunsArea() {
  return (
    <Routes>
      <Route index element={<RunsPage />} />
      <Route path=":id" element={<RunPage />} />
    </Routes>
  );
}

const PAGE_SIZE = 20;

function RunsPage() {
  const t = usePageTexts(RUNS_TEXTS);
  const { language } = useT();
  const [page, setPage] = useState(1);
  const runs = useApi(() => apiGet<ApiPage<'runs', Run>>('/runs', { page, pageSize: PAGE_SIZE }), [page]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      <PoliteView result={runs}>
        {(data) =>
          data._embedded.runs.length === 0 ? (
            <p className="utrecht-paragraph">{t('none')}</p>
          ) : (
            <>
              <DataTable
                caption={t('caption')}
                columns={[t('run'), t('status'), t('started'), t('duration'), t('message')]}
              >
                {data._embedded.runs.map((r) => (
                  <tr className="utrecht-table__row" key={r.id}>
                    <th className="utrecht-table__header-cell" scope="row">
                      <Link className="utrecht-link" to={`/runs/${encodeURIComponent(r.id)}`}>
                        {r.id}
                      </Link>
                    </th>
                    <td className="utrecht-table__cell">
                      <StatusBadge status={r.status} />
                    </td>
                    <td className="utrecht-table__cell">{dateTime(r.gestartOp, language)}</td>
                    <td className="utrecht-table__cell">{duration(r.gestartOp, r.beeindigdOp, language)}</td>
                    <td className="utrecht-table__cell">{r.bericht ?? ''}</td>
                  </tr>
                ))}
              </DataTable>
              <Pager page={page} hasNext={Boolean(data._links.next)} onPage={setPage} />
            </>
          )
        }
      </PoliteView>
    </>
  );
}

function RunPage() {
  const t = usePageTexts(RUNS_TEXTS);
  const { language } = useT();
  const id = useParams()['id'] ?? '';
  const loaded = useApi(async () => {
    const path = `/runs/${encodeURIComponent(id)}`;
    const [run, steps] = await Promise.all([
      apiGet<Run>(path),
      apiGet<ApiPage<'stappen', RunStep>>(`${path}/stappen`, { pageSize: 100 }),
    ]);
    return { run, steps: steps._embedded.stappen };
  }, [id]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('stepsTitle', { id })}</h1>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/runs">
          {t('back')}
        </Link>
      </p>
      <PoliteView result={loaded}>
        {({ run, steps }) => {
          const findings = steps.filter((s) => s.bericht);
          return (
            <>
              <dl className="ggm-facts">
                <dt>{t('status')}</dt>
                <dd>
                  <StatusBadge status={run.status} />
                </dd>
                <dt>{t('started')}</dt>
                <dd>{dateTime(run.gestartOp, language)}</dd>
                <dt>{t('duration')}</dt>
                <dd>{duration(run.gestartOp, run.beeindigdOp, language)}</dd>
                {run.bericht && (
                  <>
                    <dt>{t('message')}</dt>
                    <dd>{run.bericht}</dd>
                  </>
                )}
              </dl>
              <StepsTable runId={run.id} steps={steps} />
              <h2 className="utrecht-heading-2">{t('findings')}</h2>
              {findings.length === 0 ? (
                <p className="utrecht-paragraph">{t('noFindings')}</p>
              ) : (
                <ul className="utrecht-unordered-list">
                  {findings.map((s) => (
                    <li key={s.stap} className="utrecht-unordered-list__item">
                      <strong>{s.stap}</strong> (<StatusBadge status={s.status} />
                      ): {s.bericht}
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </PoliteView>
    </>
  );
}
