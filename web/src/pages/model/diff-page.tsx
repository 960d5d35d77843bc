// The difference between two releases (/model/verschil?van=v2.4.0&naar=v2.5.1): counts per element
// kind, and one kind's changes (?soort=klassen) 50 per page with the fields that differ.
import { DataTable } from '../../components/data-table.js';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { modelApi, type DiffSummary } from './model-api.js';
import { useModelTexts, type ModelTextKey } from './model-texts.js';
import { Pager } from './pager.js';

export function DiffPage() {
  const tx = useModelTexts();
  const [params, setParams] = useSearchParams();
  const van = params.get('van') ?? '';
  const naar = params.get('naar') ?? '';
  const releases = useApi(() => modelApi.releases(), []);
  return (
    <>
      <h1 className="utrecht-heading-1">{tx('diffTitle')}</h1>
      <LoadedView result={releases}>
        {(r) => (
          <ReleaseForm
            releases={r.releases}
            van={van || r.releases.at(-2) || ''}
            naar={naar || r.project || r.releases.at(-1) || ''}
            onCompare={(a, b) => setParams({ van: a, naar: b })}
          />
        )}
      </LoadedView>
      {van && naar ? (
        <DiffResult van={van} naar={naar} />
      ) : (
        <p className="utrecht-paragraph">{tx('diffPick')}</p>
      )}
    </>
  );
}

function ReleaseForm(props: {
  releases: string[];
  van: string;
  naar: string;
  onCompare: (van: string, naar: string) => void;
}) {
  const tx = useModelTexts();
  const [van, setVan] = useState(props.van);
  const [naar, setNaar] = useState(props.naar);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCompare(van, naar);
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="utrecht-select" value={value} onChange={(e) => set(e.target.value)}>
        {props.releases.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="ggm-model-search" onSubmit={submit}>
      {select('ggm-diff-van', tx('diffFrom'), van, setVan)}
      {select('ggm-diff-naar', tx('diffTo'), naar, setNaar)}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {tx('diffShow')}
      </button>
    </form>
  );
}

function DiffResult({ van, naar }: { van: string; naar: string }) {
  const tx = useModelTexts();
  const [params, setParams] = useSearchParams();
  const soort = params.get('soort') ?? '';
  const summary = useApi(() => modelApi.diff(van, naar), [van, naar]);
  const kindName = (k: string) => tx(`kind.${k}` as ModelTextKey);
  return (
    <LoadedView result={summary}>
      {(s: DiffSummary) => (
        <>
          <DataTable
            caption={tx('diffSummaryCaption', { from: s.van, to: s.naar })}
            columns={[
              tx('diffKind'),
              { label: tx('added'), className: 'utrecht-table__header-cell--numeric' },
              { label: tx('removed'), className: 'utrecht-table__header-cell--numeric' },
              { label: tx('renamed'), className: 'utrecht-table__header-cell--numeric' },
              { label: tx('changed'), className: 'utrecht-table__header-cell--numeric' },
            ]}
            className="utrecht-table"
          >
            {s.soorten.map((k) => {
              const total = k.toegevoegd + k.verwijderd + k.hernoemd + k.gewijzigd;
              return (
                <tr className="utrecht-table__row" key={k.soort}>
                  <th className="utrecht-table__cell" scope="row">
                    {total > 0 ? (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle ggm-link-button"
                        aria-pressed={soort === k.soort}
                        onClick={() => setParams({ van, naar, soort: k.soort })}
                      >
                        {tx('diffDetails', { kind: kindName(k.soort) })}
                      </button>
                    ) : (
                      kindName(k.soort)
                    )}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{k.toegevoegd}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{k.verwijderd}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{k.hernoemd}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{k.gewijzigd}</td>
                </tr>
              );
            })}
          </DataTable>
          {soort && (
            // keyed: another kind starts again at page 1
            <DiffEntries key={soort} van={van} naar={naar} soort={soort} kindName={kindName(soort)} />
          )}
        </>
      )}
    </LoadedView>
  );
}

function DiffEntries(props: { van: string; naar: string; soort: string; kindName: string }) {
  const tx = useModelTexts();
  const [page, setPage] = useState(1);
  const { van, naar, soort } = props;
  const result = useApi(() => modelApi.diffKind(soort, van, naar, page), [soort, van, naar, page]);
  return (
    <section aria-labelledby="ggm-diff-entries">
      <h2 className="utrecht-heading-2" id="ggm-diff-entries">
        {props.kindName}
      </h2>
      <LoadedView result={result}>
        {(data) => (
          <>
            <div className="ggm-table-scroll">
              <DataTable
                caption={tx('diffEntriesCaption', {
                  kind: props.kindName,
                  from: van,
                  to: naar,
                  count: data.page.totalElements,
                })}
                columns={[tx('change'), tx('element'), tx('fields')]}
                className="utrecht-table"
              >
                {data._embedded.wijzigingen.map((e, i) => (
                  <tr className="utrecht-table__row" key={i}>
                    <td className="utrecht-table__cell">{tx(`change.${e.wijziging}` as ModelTextKey)}</td>
                    <th className="utrecht-table__cell" scope="row">
                      {e.element}
                    </th>
                    <td className="utrecht-table__cell">
                      {e.velden.length > 0 && (
                        <ul className="ggm-diff-fields">
                          {e.velden.map((f, j) => (
                            <li key={j}>
                              <strong>{f.veld}</strong>: {f.voor} → {f.na}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </div>
            <Pager page={data.page.number} pages={data.page.totalPages} onPage={setPage} />
          </>
        )}
      </LoadedView>
    </section>
  );
}
