import { it } from 'vitest';
import { selectClasses } from '../../model/model-selection.js';
import { loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildContractModel } from './contract-model.js';

it('scratch', async () => {
  const index = await loadReleaseIndex('v2.5.1');
  const cm = buildContractModel(index, selectClasses(index, {}));
  const c = cm.classes.find((x) => x.key === 'Klantbeoordeling')!;
  console.log(c.superclassIds, JSON.stringify(c.properties, null, 0));
});
