export { diffModels } from './diff-models.js';
export { pairEnumerations } from './enumeration-pairing.js';
export { pairElements, pairBy, type Pairing } from './element-pairing.js';
export { parseDiffKinds, selectDiffKinds, type SelectedModelDiff } from './diff-select.js';
export { formatDiffValue, entryLabel } from './diff-format.js';
export * from './diff-types.js';
