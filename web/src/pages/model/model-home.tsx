// The Model area's start page: search, and the domains as a tree.
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { modelApi } from './model-api.js';
import { ModelSearch } from './model-search.js';
import { useModelTexts } from './model-texts.js';
import { ModelTree } from './model-tree.js';

export function ModelHome() {
  const tx = useModelTexts();
  const domains = useApi(() => modelApi.domains(), []);
  return (
    <>
      <h1 className="utrecht-heading-1">{tx('title')}</h1>
      <p className="utrecht-paragraph">{tx('intro')}</p>
      <ModelSearch />
      <section aria-labelledby="ggm-model-tree-title">
        <h2 className="utrecht-heading-2" id="ggm-model-tree-title">
          {tx('treeTitle')}
        </h2>
        <LoadedView result={domains}>{(page) => <ModelTree domains={page._embedded.pakketten} />}</LoadedView>
      </section>
    </>
  );
}
