/** The governance policy: governance.yaml, classification, treatments and the governed read. Pure. */
export * from './governed-read.js';
export * from './authentication-config.js';
export * from './governance-policy.js';
export * from './governance-catalog.js';
export { GOVERNANCE_CODES } from './governance-codes.js';
export {
  parseGovernance,
  GOVERNANCE_FILE,
  CLASSIFICATIONS,
  TREATMENTS,
  type GovernanceResult,
} from './parse-governance.js';
export {
  compileGovernedRead,
  resourceGrant,
  grantCovers,
  isDenial,
  SUBJECT_COLUMN,
  MAX_LIST_VALUES,
} from './compile-governed-read.js';
export { isKeyParameter, MASK, type KeyParameter } from './column-treatments.js';
export { validatePolicy } from './validate-policy.js';
export {
  catalogFromSchemaPlan,
  classifyByName,
  valueKind,
  type CatalogFromPlanOptions,
} from './classify-model.js';
