/**
 * ggm-platform as a library: the stable entry points, one stage after the other. Load a GGM release,
 * plan and emit a physical schema, compile mappings, open and run a project. What is not exported here
 * (or from the subpaths `ggm-platform/model`, `/schema`, `/compiler`, `/pipeline`) is internal.
 *
 *   const { model } = await loadModel('v2.5.1');
 *   const { plan } = buildSchemaPlan(new ModelIndex(model), { domains: ['Sociaal Domein'] });
 *   const { statements } = emitDdl(plan, getDialect('postgres'));
 */

// Diagnostics: every user-facing problem, with a stable code and a location.
export { formatDiagnostic, formatLocation, countByCode } from './diagnostics/diagnostic.js';
export type { Diagnostic, Location, Severity } from './diagnostics/diagnostic.js';

// The model: a release workbook (path or version) → GgmModel, and the queries over it.
export {
  loadModel,
  ModelSourceError,
  ReleaseDownloadError,
  defaultCacheDir,
  KNOWN_RELEASES,
  LATEST_KNOWN_RELEASE,
  ModelIndex,
  selectClasses,
  searchModel,
  diffModels,
} from './model/index.js';
export type {
  LoadedModel,
  LoadModelOptions,
  GgmModel,
  ModelSource,
  Package,
  ClassDef,
  Attribute,
  AttributeType,
  PrimitiveKind,
  Cardinality,
  Enumeration,
  EnumerationLiteral,
  Association,
  AssociationEnd,
  Generalization,
  Diagram,
  ResolvedAttribute,
  ClassAssociation,
  ModelClosure,
  Selection,
  SelectionSpec,
  SearchHit,
  ModelDiff,
} from './model/index.js';

// The physical schema: model + selection + options → SchemaPlan → DDL per engine.
export {
  buildSchemaPlan,
  emitDdl,
  getDialect,
  isDialectName,
  DIALECT_NAMES,
  MAIN_DIALECTS,
  DEFAULT_SCHEMA_OPTIONS,
} from './schema/index.js';
export type {
  SchemaPlanResult,
  DdlResult,
  DialectName,
  DialectOptions,
  SqlDialect,
  DialectCapabilities,
  SchemaPlan,
  SchemaOptions,
  NamingStyle,
  EnumStrategy,
  GeneralizationStrategy,
  DatatypeStrategy,
  LogicalType,
  TableKind,
  ColumnRole,
  PlanTable,
  PlanColumn,
  PlanForeignKey,
  PlanCheck,
  PlanUnique,
  PlanSeed,
} from './schema/index.js';

// Mappings: mapping YAML → resolved mapping with lineage → load plan → SQL per engine.
export {
  compileMapping,
  hasErrors,
  parseMapping,
  silverTargetsFromPlan,
  explainLoadPlan,
  MAPPING_DIALECT_NAMES,
  isMappingDialectName,
} from './compiler/index.js';
export type {
  CompileContext,
  CompiledMapping,
  CompiledSql,
  ParsedMapping,
  MappingSpec,
  MappingDialectName,
  SilverTarget,
  SilverTargets,
  BronzeColumns,
  ResolvedMapping,
  LineageRecord,
  LoadPlan,
  BatchBound,
} from './compiler/index.js';

// Projects: ggm.yaml and `ggm init`.
export { loadProjectConfig, initProject } from './project/index.js';
export type { ProjectConfig, SourceConfig, InitOptions, InitResult, ConfigResult } from './project/index.js';

// Engines: the warehouse a project runs on (DuckDB file or PostgreSQL), for executeRun and queries.
export { openEngine, parseEngineSpec } from './engines/index.js';
export type { Engine, EngineKind, EngineSpec, Row, SqlValue } from './engines/index.js';

// Gold metrics: the metric files, their SQL, periods and suppression.
export {
  parseMetric,
  resolveProjectMetrics,
  compileMetric,
  periodsBetween,
  parsePeriodLabel,
  suppressCells,
  recomputableCells,
  GOLD_COLUMNS,
  GOLD_TOTAL,
} from './gold/index.js';
export type { GoldMetric, GoldMetricDescriptor, ResolvedMetric, GoldCell, Period } from './gold/index.js';

// Running a project: open, plan, execute; the results and the lineage.
export {
  openProject,
  ProjectService,
  ProjectError,
  planProject,
  runProject,
  buildRunPlan,
  explainRunPlan,
  executeRun,
  stepLabel,
  queryLineage,
  queryGold,
  materialiseMetric,
} from './pipeline/index.js';
export type {
  OpenedProject,
  CompileProjectOptions,
  RunProjectOptions,
  RunPlanInput,
  RunPlan,
  RunStep,
  RunResult,
  RunEvent,
  StepOutcome,
  StepStatus,
  LineageEdge,
} from './pipeline/index.js';
