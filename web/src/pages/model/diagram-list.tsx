// The release's diagrams, 50 per page, filtered by name; the package tree lists them per package too.
import { DataTable } from '../../components/data-table.js';
import { TextField } from '../../components/form-fields.js';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { diagramPath, modelApi } from './model-api.js';
import { useModelTexts } from './model-texts.js';
import { Pager } from './pager.js';

export function DiagramList() {
  const tx = useModelTexts();
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const page = Number(params.get('pagina') ?? '1') || 1;
  const [text, setText] = useState(zoek);
  const result = useApi(() => modelApi.diagrams(page, zoek || undefined), [page, zoek]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { zoek: text.trim() } : {});
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{tx('diagramListTitle')}</h1>
      <form role="search" className="ggm-model-search" onSubmit={submit}>
        <TextField
          id="ggm-diagram-zoek"
          type="search"
          label={tx('diagramFilter')}
          value={text}
          maxLength={100}
          onChange={setText}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {tx('searchButton')}
        </button>
      </form>
      <LoadedView result={result}>
        {(data) => (
          <>
            <DataTable
              caption={tx('diagramListCaption', { count: data.page.totalElements })}
              columns={[tx('name'), tx('package'), tx('classes'), tx('enumerations')]}
              className="utrecht-table"
            >
              {data._embedded.diagrammen.map((d) => (
                <tr className="utrecht-table__row" key={d.id}>
                  <th className="utrecht-table__cell" scope="row">
                    <Link className="utrecht-link" to={diagramPath(d.id)}>
                      {d.naam}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{d.pakket}</td>
                  <td className="utrecht-table__cell">{d.aantalKlassen}</td>
                  <td className="utrecht-table__cell">{d.aantalEnumeraties}</td>
                </tr>
              ))}
            </DataTable>
            <Pager
              page={data.page.number}
              pages={data.page.totalPages}
              onPage={(p) => setParams({ ...(zoek ? { zoek } : {}), pagina: String(p) })}
            />
          </>
        )}
      </LoadedView>
    </>
  );
}
