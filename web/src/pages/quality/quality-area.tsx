// /kwaliteit (optionally ?tabel=): checks per table, their outcome over the recent runs, and failing
// samples where the API serves them and the policy allows.
import { CheckboxField } from '../../components/form-fields.js';
import { DataTable } from '../../components/data-table.js';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useFormat } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import './quality.css';
import { CheckSamples } from './check-samples.js';
import { QUALITY_TEXTS } from './quality-texts.js';

const RUNS = 5;

interface Outcome {
  run: string;
  status: 'pass' | 'fail' | 'error';
  overtredingen: number;
}

interface CheckHistory {
  controle: string;
  tabel: string;
  kolom: string | null;
  soort: string;
  ernst: string;
  omschrijving: string | null;
  uitkomsten: Outcome[];
}

interface History {
  runs: { run: string; gecontroleerdOp: string }[];
  controles: CheckHistory[];
}

export default function QualityArea() {
  const text = usePageTexts(QUALITY_TEXTS);
  const result = useApi(() => apiGet<History>('/kwaliteit-historie', { runs: RUNS }), []);
  const denied = result.state === 'error' && result.problem.status === 403;
  return (
    <>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph">{text('intro')}</p>
      {denied ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <p className="utrecht-paragraph">{text('denied')}</p>
        </div>
      ) : (
        <LoadedView result={result}>
          {(history) =>
            history.controles.length === 0 ? (
              <p className="utrecht-paragraph">{text('none')}</p>
            ) : (
              <QualityView history={history} />
            )
          }
        </LoadedView>
      )}
    </>
  );
}

function latestOf(check: CheckHistory, runs: History['runs']): Outcome | undefined {
  return check.uitkomsten.find((u) => u.run === runs[0]?.run);
}

function StatusText({ outcome }: { outcome: Outcome | undefined }) {
  const text = usePageTexts(QUALITY_TEXTS);
  const format = useFormat();
  if (!outcome) return <span>{text('status.none')}</span>;
  return (
    <span className={`ggm-check ggm-check--${outcome.status}`}>
      {text(`status.${outcome.status}`)}
      {outcome.status !== 'pass' && outcome.overtredingen > 0 && (
        <> ({text('violations', { n: format.number(outcome.overtredingen) })})</>
      )}
    </span>
  );
}

function QualityView({ history }: { history: History }) {
  const text = usePageTexts(QUALITY_TEXTS);
  const format = useFormat();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const table = params.get('tabel') ?? '';
  const [onlyFailing, setOnlyFailing] = useState(false);
  const [open, setOpen] = useState<string>();
  const summary = useMemo(() => {
    const byTable = new Map<string, { checks: number; failing: number }>();
    for (const c of history.controles) {
      const entry = byTable.get(c.tabel) ?? { checks: 0, failing: 0 };
      entry.checks++;
      const latest = latestOf(c, history.runs);
      if (latest && latest.status !== 'pass') entry.failing++;
      byTable.set(c.tabel, entry);
    }
    return [...byTable.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [history]);
  const checks = history.controles.filter(
    (c) =>
      (!table || c.tabel === table) &&
      (!onlyFailing || (latestOf(c, history.runs)?.status ?? 'pass') !== 'pass'),
  );
  return (
    <>
      <h2 className="utrecht-heading-2">{text('summaryTitle')}</h2>
      <div className="ggm-table-scroll">
        <DataTable
          caption={text('summaryCaption')}
          columns={[
            text('colTable'),
            { label: text('colChecks'), className: 'utrecht-table__header-cell--numeric' },
            { label: text('colFailing'), className: 'utrecht-table__header-cell--numeric' },
          ]}
          className="utrecht-table"
        >
          {summary.map(([name, s]) => (
            <tr key={name} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" to={`/kwaliteit?tabel=${name}`}>
                  {name}
                </Link>{' '}
                (
                <Link className="utrecht-link" to={`/catalogus/${name}`}>
                  {text('catalogLink')}
                </Link>
                )
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{s.checks}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {s.failing > 0 ? <strong>{s.failing}</strong> : s.failing}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      <h2 className="utrecht-heading-2">{text('checksTitle')}</h2>
      <div className="ggm-quality-filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`${ids}-tabel`}>
            {text('table')}
          </label>
          <select
            id={`${ids}-tabel`}
            className="utrecht-select"
            value={table}
            onChange={(e) => setParams(e.target.value ? { tabel: e.target.value } : {})}
          >
            <option value="">{text('allTables')}</option>
            {summary.map(([name]) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <CheckboxField
          id={`${ids}-falend`}
          label={text('onlyFailing')}
          checked={onlyFailing}
          onChange={setOnlyFailing}
          className="utrecht-form-field ggm-checkbox-field"
        />
      </div>
      <p className="utrecht-paragraph ggm-note">{text('runsNote')}</p>
      <div className="ggm-table-scroll">
        <table className="utrecht-table ggm-checks">
          <caption className="utrecht-table__caption">
            {text('checksCaption', { n: history.runs.length })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(['colCheck', 'colTable', 'colColumn', 'colKind', 'colSeverity'] as const).map((k) => (
                <th key={k} scope="col" className="utrecht-table__header-cell">
                  {text(k)}
                </th>
              ))}
              {history.runs.map((r) => (
                <th key={r.run} scope="col" className="utrecht-table__header-cell">
                  <abbr title={r.run}>{text('colRun', { date: format.dateTime(r.gecontroleerdOp) })}</abbr>
                </th>
              ))}
              <th scope="col" className="utrecht-table__header-cell">
                {text('colSamples')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {checks.map((c) => {
              const latest = latestOf(c, history.runs);
              return (
                <CheckRow
                  key={c.controle}
                  check={c}
                  runs={history.runs}
                  failing={latest !== undefined && latest.status !== 'pass'}
                  open={open === c.controle}
                  toggle={() => setOpen(open === c.controle ? undefined : c.controle)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CheckRow({
  check,
  runs,
  failing,
  open,
  toggle,
}: {
  check: CheckHistory;
  runs: History['runs'];
  failing: boolean;
  open: boolean;
  toggle: () => void;
}) {
  const text = usePageTexts(QUALITY_TEXTS);
  const span = 6 + runs.length;
  return (
    <>
      <tr className="utrecht-table__row">
        <th scope="row" className="utrecht-table__header-cell">
          <code>{check.controle}</code>
          {check.omschrijving && <div className="ggm-check__description">{check.omschrijving}</div>}
        </th>
        <td className="utrecht-table__cell">{check.tabel}</td>
        <td className="utrecht-table__cell">{check.kolom ?? ''}</td>
        <td className="utrecht-table__cell">{check.soort}</td>
        <td className="utrecht-table__cell">{check.ernst}</td>
        {runs.map((r) => (
          <td key={r.run} className="utrecht-table__cell">
            <StatusText outcome={check.uitkomsten.find((u) => u.run === r.run)} />
          </td>
        ))}
        <td className="utrecht-table__cell">
          {failing && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              aria-expanded={open}
              onClick={toggle}
            >
              {open ? text('hideSamples') : text('showSamples', { check: check.controle })}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="utrecht-table__row">
          <td className="utrecht-table__cell" colSpan={span}>
            <CheckSamples check={check.controle} />
          </td>
        </tr>
      )}
    </>
  );
}
