/** Governance on a project: the policy and catalog (`ProjectService.governance()`), keys, the governed reader. */
export { projectGovernance, type ProjectGovernance, type GovernanceOptions } from './project-governance.js';
export { buildGovernanceCatalog, type CatalogOptions } from './build-governance-catalog.js';
export { loadGovernance } from './load-governance.js';
export { GovernedReader, type GovernedReaderOptions, type GovernedRows } from './governed-reader.js';
export { keyBlocks, projectKeys, type KeyBlocks, type KeyResolver } from './key-blocks.js';
