/** The model stage: a GGM release workbook → `GgmModel`, `ModelIndex` queries, search, releases and the diff. */
export * from './model-types.js';
export {
  loadModel,
  defaultCacheDir,
  versionFromPath,
  ModelSourceError,
  type LoadedModel,
  type LoadModelOptions,
} from './load-model.js';
export { buildModel } from './build-model.js';
export { readWorkbookTables, GGM_SHEETS, type WorkbookTables, type SheetTable } from './sheet-tables.js';
export {
  ModelIndex,
  type ResolvedAttribute,
  type ClassAssociation,
  type ModelClosure,
} from './model-index.js';
export { searchModel, type SearchHit } from './model-search.js';
export { parsePrimitive } from './primitive-types.js';
export { cleanText } from './clean-text.js';
export {
  fetchRelease,
  releaseUrl,
  normaliseVersion,
  localReleaseFile,
  KNOWN_RELEASES,
  LATEST_KNOWN_RELEASE,
  ReleaseDownloadError,
} from './release-download.js';
export { selectClasses, type Selection, type SelectionSpec } from './model-selection.js';
export { diffModels } from './diff/index.js';
export type { ModelDiff } from './diff/index.js';
