// Every gold metric the API lists, with its unit and dimensions, and the way to the zorgpad flows.
import { DataTable } from '../../components/data-table.js';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { DASHBOARD_TEXTS } from './dashboard-texts.js';
import { FLOW_METRIC, type Indicator, type Page } from './gold-types.js';
import { useUnitText } from './unit-text.js';

export function MetricList() {
  const text = usePageTexts(DASHBOARD_TEXTS);
  const unitText = useUnitText();
  const result = useApi(
    () =>
      apiGet<Page<Indicator>>('/indicatoren', { pageSize: 100 }).then(
        (p) => p._embedded?.['indicatoren'] ?? [],
      ),
    [],
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph">{text('intro')}</p>
      <LoadedView result={result}>
        {(indicators) => (
          <>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={`/dashboards/${FLOW_METRIC}`}>
                {text('flowsLink')}
              </Link>
            </p>
            <DataTable
              caption={text('listCaption')}
              columns={[text('colMetric'), text('colUnit'), text('colDimensions')]}
              className="utrecht-table"
            >
              {indicators.map((m) => (
                <tr key={m.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" to={`/dashboards/${m.id}`}>
                      {m.titel}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{unitText(m)}</td>
                  <td className="utrecht-table__cell">{m.dimensies.map((d) => d.titel).join(', ')}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </LoadedView>
    </>
  );
}
