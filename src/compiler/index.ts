/**
 * The mapping compiler: mapping YAML → spec → resolved mapping with lineage → load plan → SQL per engine,
 * and the community mapping spreadsheets ↔ mapping YAML. Pure except `loadMappingWorkbook`.
 */
export {
  compileMapping,
  hasErrors,
  type CompileContext,
  type CompiledMapping,
  type CompiledSql,
} from './compile-mapping.js';
export { parseMapping, type ParsedMapping } from './spec/parse-mapping.js';
export type {
  MappingSpec,
  SourceSpec,
  AttributeSpec,
  AssociationSpec,
  HistorySpec,
  HistoryMode,
} from './spec/mapping-spec.js';
export { silverTargetsFromPlan } from './resolve/silver-target-from-plan.js';
export type { SilverTarget, SilverTargets, SilverColumn } from './resolve/silver-target.js';
export type { BronzeColumns } from './resolve/resolve-sources.js';
export type { ResolvedMapping, LineageRecord, ValueType } from './resolve/resolved-mapping.js';
export type { LoadPlan, PlanStep, BatchBound } from './plan/load-plan.js';
export { explainLoadPlan } from './plan/explain-load-plan.js';
// The engines a mapping compiles for (compileMapping's `dialects`); the registry lives in src/dialects.
export {
  MAPPING_DIALECT_NAMES,
  isMappingDialectName,
  type MappingDialectName,
} from '../dialects/dialect-registry.js';
export {
  importMappingWorkbook,
  type MappingImport,
  type ImportedMappingFile,
} from './spreadsheet/import-mapping-workbook.js';
export { loadMappingWorkbook } from './spreadsheet/load-mapping-workbook.js';
export {
  exportMappingWorkbook,
  type ExportOptions as MappingExportOptions,
  type MappingWorkbookExport,
} from './spreadsheet/export-mapping-workbook.js';
