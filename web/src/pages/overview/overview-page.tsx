import { DataTable, numeric } from '../../components/data-table.js';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { useT } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { useSession } from '../../session/session.js';
import { amount, dateTime, duration } from '../runs/run-format.js';
import { StatusBadge } from '../runs/status-badge.js';
import { StepsTable } from '../runs/steps-table.js';
import { overviewPart } from './overview-data.js';
import { OVERVIEW_TEXTS } from './overview-texts.js';
import { PoliteView } from './polite-view.js';

/** `/`: the platform at a glance. Each part loads on its own; a part the role may not see says so. */
export default function OverviewPage() {
  const t = usePageTexts(OVERVIEW_TEXTS);
  const { user } = useSession();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      {user ? (
        <div className="ggm-overview">
          <LastRun />
          <Layers />
          <FailingChecks />
        </div>
      ) : (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/inloggen">
            {t('signInFirst')}
          </Link>
        </p>
      )}
    </>
  );
}

function LastRun() {
  const t = usePageTexts(OVERVIEW_TEXTS);
  const { language } = useT();
  const { user } = useSession();
  const loaded = useApi(() => overviewPart('lastRun', user?.token), []);
  return (
    <section aria-labelledby="laatste-run" className="ggm-overview__part">
      <h2 className="utrecht-heading-2" id="laatste-run">
        {t('lastRun')}
      </h2>
      <PoliteView result={loaded}>
        {(data) =>
          data ? (
            <>
              <p className="utrecht-paragraph">
                {t('runSummary', {
                  id: data.run.id,
                  started: dateTime(data.run.gestartOp, language),
                  duration: duration(data.run.gestartOp, data.run.beeindigdOp, language),
                })}{' '}
                <StatusBadge status={data.run.status} />
              </p>
              <StepsTable runId={data.run.id} steps={data.steps} />
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`/runs/${encodeURIComponent(data.run.id)}`}>
                  {t('allRuns')}
                </Link>
              </p>
            </>
          ) : (
            <p className="utrecht-paragraph">{t('noRun')}</p>
          )
        }
      </PoliteView>
    </section>
  );
}

function Layers() {
  const t = usePageTexts(OVERVIEW_TEXTS);
  const { language } = useT();
  const { user } = useSession();
  const loaded = useApi(() => overviewPart('layers', user?.token), []);
  return (
    <PoliteView result={loaded}>
      {(data) => {
        const quarantined = data.bronnen.reduce((sum, b) => sum + b.rijenInQuarantaine, 0);
        return (
          <>
            <section aria-labelledby="lagen" className="ggm-overview__part">
              <h2 className="utrecht-heading-2" id="lagen">
                {t('layers')}
              </h2>
              <DataTable
                caption={t('layersCaption')}
                columns={[t('layer'), numeric(t('tables')), numeric(t('rows'))]}
                testId="lagen"
              >
                {data.lagen.map((l) => (
                  <tr className="utrecht-table__row" key={l.laag}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {t(l.laag)}
                    </th>
                    <td className="utrecht-table__cell ggm-number">{amount(l.tabellen, language)}</td>
                    <td className="utrecht-table__cell ggm-number">{amount(l.rijen, language)}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
            <section aria-labelledby="bronnen" className="ggm-overview__part">
              <h2 className="utrecht-heading-2" id="bronnen">
                {t('sources')}
              </h2>
              <DataTable
                caption={t('sourcesCaption')}
                columns={[
                  t('source'),
                  t('lastLoaded'),
                  numeric(t('loaded')),
                  numeric(t('quarantined')),
                  numeric(t('failedBatches')),
                ]}
              >
                {data.bronnen.map((b) => (
                  <tr className="utrecht-table__row" key={b.bron}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {b.bron}
                    </th>
                    <td className="utrecht-table__cell">{dateTime(b.laatstGeladenOp, language)}</td>
                    <td className="utrecht-table__cell ggm-number">{amount(b.rijenGeladen, language)}</td>
                    <td className="utrecht-table__cell ggm-number">
                      {amount(b.rijenInQuarantaine, language)}
                    </td>
                    <td className="utrecht-table__cell ggm-number">{amount(b.mislukteBatches, language)}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
            <section aria-labelledby="quarantaine" className="ggm-overview__part">
              <h2 className="utrecht-heading-2" id="quarantaine">
                {t('quarantine')}
              </h2>
              <p className="utrecht-paragraph">
                {t('quarantineTotal', { count: amount(quarantined, language) })}{' '}
                <Link className="utrecht-link" to="/quarantaine">
                  {t('quarantineLink')}
                </Link>
              </p>
            </section>
          </>
        );
      }}
    </PoliteView>
  );
}

function FailingChecks() {
  const t = usePageTexts(OVERVIEW_TEXTS);
  const { language } = useT();
  const { user } = useSession();
  const loaded = useApi(() => overviewPart('failingChecks', user?.token), []);
  return (
    <section aria-labelledby="controles" className="ggm-overview__part">
      <h2 className="utrecht-heading-2" id="controles">
        {t('checks')}
      </h2>
      <PoliteView result={loaded}>
        {(checks) =>
          checks.length === 0 ? (
            <p className="utrecht-paragraph">{t('noFailingChecks')}</p>
          ) : (
            <DataTable
              caption={t('checksCaption')}
              columns={[t('check'), t('table'), numeric(t('violations'))]}
            >
              {checks.map((c) => (
                <tr className="utrecht-table__row" key={`${c.controle}-${c.tabel}`}>
                  <th className="utrecht-table__header-cell" scope="row">
                    <StatusBadge status={c.status} /> {c.omschrijving ?? c.controle}
                  </th>
                  <td className="utrecht-table__cell">{c.kolom ? `${c.tabel}.${c.kolom}` : c.tabel}</td>
                  <td className="utrecht-table__cell ggm-number">{amount(c.overtredingen, language)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </PoliteView>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/kwaliteit">
          {t('allChecks')}
        </Link>
      </p>
    </section>
  );
}
