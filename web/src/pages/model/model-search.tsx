// Search over the model, ranked as `ggm model search` ranks (exact names first): the query lives in
// the URL (?zoek=), so a result list can be bookmarked and the back button returns to it.
import { TextField } from '../../components/form-fields.js';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { classPath, modelApi } from './model-api.js';
import { useModelTexts } from './model-texts.js';

export function ModelSearch() {
  const tx = useModelTexts();
  const [params, setParams] = useSearchParams();
  const query = params.get('zoek') ?? '';
  const [text, setText] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    setParams(q ? { zoek: q } : {});
  };
  return (
    <section aria-labelledby="ggm-model-search-title">
      <h2 className="utrecht-heading-2" id="ggm-model-search-title">
        {tx('searchTitle')}
      </h2>
      <form role="search" className="ggm-model-search" onSubmit={submit}>
        <TextField
          id="ggm-model-zoek"
          type="search"
          label={tx('searchLabel')}
          value={text}
          maxLength={100}
          onChange={setText}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {tx('searchButton')}
        </button>
      </form>
      {query && <SearchResults query={query} />}
    </section>
  );
}

function SearchResults({ query }: { query: string }) {
  const tx = useModelTexts();
  const result = useApi(() => modelApi.search(query), [query]);
  return (
    <LoadedView result={result}>
      {(page) => {
        const hits = page._embedded.klassen;
        return (
          <>
            <p className="utrecht-paragraph" role="status">
              {hits.length === 0
                ? tx('searchNone', { query })
                : tx('searchResults', { count: page.page.totalElements, query })}
            </p>
            <ol className="ggm-model-hits">
              {hits.map((hit) => (
                <li key={hit.naam} className="ggm-model-hit">
                  <Link className="utrecht-link" to={classPath(hit.naam)}>
                    {hit.naam}
                  </Link>{' '}
                  <span className="ggm-model-hit__package">{hit.pakket}</span>
                  {hit.definitie && (
                    <p className="utrecht-paragraph ggm-model-hit__definition">{hit.definitie}</p>
                  )}
                </li>
              ))}
            </ol>
          </>
        );
      }}
    </LoadedView>
  );
}
