// One metric: its definition beside the charts, the period type to show, and the views of its figures.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { formatNumber } from '../../i18n/local-format.js';
import { useSession } from '../../session/session.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import { FlowUnavailable, FlowView } from './flow-view.js';
import { loadFigures } from './gold-figures.js';
import { FLOW_METRIC, type Grain, type Indicator } from './gold-types.js';
import { BreakdownView, SeriesView } from './metric-views.js';
import { useUnitText } from './unit-text.js';

export function MetricPage() {
  const { metric = '' } = useParams();
  const text = usePageTexts(DASHBOARD_TEXTS);
  const result = useApi(() => apiGet<Indicator>(`/indicatoren/${encodeURIComponent(metric)}`), [metric]);
  const missingFlows = metric === FLOW_METRIC && result.state === 'error' && result.problem.status === 404;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/dashboards">
          {text('back')}
        </Link>
      </p>
      {missingFlows ? (
        <>
          <h1 className="utrecht-heading-1">{text('flowTitle')}</h1>
          <FlowUnavailable />
        </>
      ) : (
        <LoadedView result={result}>{(indicator) => <MetricDashboard indicator={indicator} />}</LoadedView>
      )}
    </>
  );
}

function Definition({ indicator }: { indicator: Indicator }) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const unitText = useUnitText();
  return (
    <aside className="ggm-definition" aria-labelledby="ggm-definition-title">
      <h2 id="ggm-definition-title" className="utrecht-heading-2">
        {text('definition')}
      </h2>
      <p className="utrecht-paragraph">{indicator.definitie}</p>
      <dl className="ggm-facts">
        <dt>{text('unit')}</dt>
        <dd>{unitText(indicator)}</dd>
        <dt>{text('denominator')}</dt>
        <dd>
          {indicator.schaal !== undefined
            ? text('denominatorRate', { scale: formatNumber(indicator.schaal, 'nl', 3) })
            : text('noDenominator')}
        </dd>
        {indicator.onderdrukkingsdrempel !== undefined && (
          <>
            <dt>{text('suppressed')}</dt>
            <dd>{text('threshold', { n: indicator.onderdrukkingsdrempel })}</dd>
          </>
        )}
        <dt>{text('sources')}</dt>
        <dd>{indicator.bronnen.join(', ')}</dd>
      </dl>
    </aside>
  );
}

function MetricDashboard({ indicator }: { indicator: Indicator }) {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const { purpose } = useSession();
  const ids = useId();
  const grains = indicator.perioden as Grain[];
  const [grain, setGrain] = useState<Grain>(grains.includes('year') ? 'year' : (grains[0] ?? 'year'));
  const figures = useApi(
    () => (purpose ? loadFigures(indicator.id, purpose, grain) : Promise.resolve([])),
    [indicator.id, grain],
  );
  const grainTitle = text(`grain.${grain}`);
  return (
    <>
      <h1 className="utrecht-heading-1">{indicator.titel}</h1>
      <div className="ggm-dashboard">
        <div className="ggm-dashboard__views">
          {!purpose ? (
            <p className="utrecht-paragraph">{text('noPurpose')}</p>
          ) : (
            <>
              <div className="ggm-controls">
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`${ids}-grain`}>
                    {text('grain')}
                  </label>
                  <select
                    id={`${ids}-grain`}
                    className="utrecht-select"
                    value={grain}
                    onChange={(e) => setGrain(e.target.value as Grain)}
                  >
                    {grains.map((g) => (
                      <option key={g} value={g}>
                        {text(`grain.${g}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <LoadedView result={figures}>
                {(rows) =>
                  indicator.id === FLOW_METRIC ? (
                    <FlowView indicator={indicator} rows={rows} />
                  ) : (
                    <>
                      <SeriesView indicator={indicator} rows={rows} grainTitle={grainTitle} />
                      <BreakdownView indicator={indicator} rows={rows} />
                    </>
                  )
                }
              </LoadedView>
            </>
          )}
        </div>
        <Definition indicator={indicator} />
      </div>
    </>
  );
}
