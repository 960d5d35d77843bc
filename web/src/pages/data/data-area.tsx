import { DataTable, numeric } from '../../components/data-table.js';
import { SelectField, TextField } from '../../components/form-fields.js';
import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { apiGet, apiPost } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useT } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { useSession } from '../../session/session.js';
import { PoliteView } from '../overview/polite-view.js';
import { Pager } from '../runs/pager.js';
import { amount } from '../runs/run-format.js';
import { DATA_TEXTS } from './data-texts.js';
import { GovernedTable, type GovernedPage, type Sort } from './governed-table.js';

interface CatalogTable {
  naam: string;
  ggmKlasse?: string;
  definitie?: string;
  aantalRijen: number | null;
  kolommen: { naam: string }[];
}

/** `/gegevens`: classes with data; `/gegevens/:klasse`: its rows as the role and purpose may see them. */
export default function DataArea() {
  return (
    <Routes>
      <Route index element={<ClassesPage />} />
      <Route path=":klasse" element={<ClassPage />} />
    </Routes>
  );
}

/** Every page of the catalog (a whole model can hold more tables than one page). */
async function allTables(): Promise<CatalogTable[]> {
  const tables: CatalogTable[] = [];
  for (let page = 1; page <= 50; page++) {
    const p = await apiGet<{ _embedded: { tabellen: CatalogTable[] }; _links: { next?: unknown } }>(
      '/tabellen',
      {
        page,
        pageSize: 100,
      },
    );
    tables.push(...p._embedded.tabellen);
    if (!p._links.next) break;
  }
  return tables;
}

let catalogOnce: Promise<CatalogTable[]> | undefined;

/** The catalog is the same for every role: loaded once per page load (again after a failure). */
function catalogTables(): Promise<CatalogTable[]> {
  catalogOnce ??= allTables().catch((error: unknown) => {
    catalogOnce = undefined;
    throw error;
  });
  return catalogOnce;
}

const tablesWithData = () => catalogTables().then((all) => all.filter((t) => (t.aantalRijen ?? 0) > 0));

/** A BSN never goes into a URL: a filter on one becomes a search with the BSN in a POST body. */
const BSN_VALUE = /^\d{9}$/;

interface Filter {
  column: string;
  op: string;
  value: string;
}

function ClassesPage() {
  const t = usePageTexts(DATA_TEXTS);
  const { language } = useT();
  const tables = useApi(tablesWithData, []);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      <LoadedView result={tables}>
        {(list) => (
          <DataTable caption={t('classesCaption')} columns={[t('klasse'), t('table'), numeric(t('rows'))]}>
            {list.map((table) => (
              <tr className="utrecht-table__row" key={table.naam}>
                <th className="utrecht-table__header-cell" scope="row">
                  <Link
                    className="utrecht-link"
                    to={`/gegevens/${encodeURIComponent(table.ggmKlasse ?? table.naam)}`}
                  >
                    {table.ggmKlasse ?? table.naam}
                  </Link>
                </th>
                <td className="utrecht-table__cell">{table.naam}</td>
                <td className="utrecht-table__cell ggm-number">{amount(table.aantalRijen, language)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </LoadedView>
    </>
  );
}

const OPERATORS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'like'] as const;
const PAGE_SIZE = 20;

function ClassPage() {
  const t = usePageTexts(DATA_TEXTS);
  const { purpose } = useSession();
  const klasse = useParams()['klasse'] ?? '';
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<Sort>();
  const [filter, setFilter] = useState<Filter | undefined>();
  // The catalog (every page of it, slow on a busy server) only names the withheld columns: the rows
  // do not wait for it, and a sort, filter, page or user change does not load it again.
  const catalog = useApi(() => catalogTables().catch(() => undefined), []);
  const table =
    catalog.state === 'done'
      ? catalog.data?.find((x) => x.ggmKlasse === klasse || x.naam === klasse)
      : undefined;
  const withheldOf = (rows: GovernedPage) => {
    const shown = new Set(rows.kolommen.map((c) => c.naam));
    return table ? table.kolommen.map((c) => c.naam).filter((n) => !shown.has(n)) : [];
  };
  const loaded = useApi(async () => {
    if (!purpose) return undefined;
    const path = `/klassen/${encodeURIComponent(klasse)}/gegevens`;
    const sortParam = sort ? { sort: `${sort.descending ? '-' : ''}${sort.column}` } : {};
    const bsnSearch = filter && filter.op === 'eq' && BSN_VALUE.test(filter.value);
    const rows = await (bsnSearch
      ? apiPost<GovernedPage>(`${path}/_zoek`, {
          doel: purpose,
          bsn: [filter.value],
          page,
          pageSize: PAGE_SIZE,
        })
      : apiGet<GovernedPage>(path, {
          doel: purpose,
          page,
          pageSize: PAGE_SIZE,
          ...sortParam,
          ...(filter ? { filter: `${filter.column}:${filter.op}:${filter.value}` } : {}),
        }));
    return { rows };
  }, [klasse, page, sort?.column, sort?.descending, filter?.column, filter?.op, filter?.value]);
  const reset = (apply: () => void) => {
    apply();
    setPage(1);
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t('classTitle', { klasse })}</h1>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/gegevens">
          {t('back')}
        </Link>
      </p>
      <PoliteView result={loaded}>
        {(data) =>
          !data ? (
            <p className="utrecht-paragraph">{t('noPurpose')}</p>
          ) : (
            <>
              <p className="utrecht-paragraph">
                {t('classIntro', { doel: data.rows.doel })} {t('personalHint')}
              </p>
              {withheldOf(data.rows).length > 0 && (
                <p className="utrecht-paragraph" data-testid="niet-getoond">
                  {t('withheld', { columns: withheldOf(data.rows).join(', ') })}
                </p>
              )}
              <FilterForm
                columns={data.rows.kolommen.map((c) => c.naam)}
                active={filter}
                onFilter={(f) => reset(() => setFilter(f))}
              />
              <GovernedTable
                caption={t('rowsCaption', { klasse, page })}
                page={data.rows}
                sort={sort}
                onSort={(s) => reset(() => setSort(s))}
              />
              <Pager page={page} hasNext={Boolean(data.rows._links.next)} onPage={setPage} />
            </>
          )
        }
      </PoliteView>
    </>
  );
}

/** One filter `kolom:op:waarde` on a column the role may see (the API checks it too). */
function FilterForm({
  columns,
  active,
  onFilter,
}: {
  columns: string[];
  active: Filter | undefined;
  onFilter: (filter: Filter | undefined) => void;
}) {
  const t = usePageTexts(DATA_TEXTS);
  const [column, setColumn] = useState(columns[0] ?? '');
  const [op, setOp] = useState<(typeof OPERATORS)[number]>('eq');
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onFilter(value === '' ? undefined : { column, op, value });
  };
  return (
    <form className="ggm-filter" onSubmit={submit} aria-label={t('filter')}>
      <SelectField id="filter-kolom" label={t('filterColumn')} value={column} onChange={setColumn}>
        {columns.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </SelectField>
      <SelectField
        id="filter-op"
        label={t('filterOp')}
        value={op}
        onChange={(v) => setOp(v as (typeof OPERATORS)[number])}
      >
        {OPERATORS.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </SelectField>
      <TextField id="filter-waarde" label={t('filterValue')} value={value} onChange={setValue} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t('apply')}
      </button>
      {active && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            setValue('');
            onFilter(undefined);
          }}
        >
          {t('clear')}
        </button>
      )}
    </form>
  );
}
