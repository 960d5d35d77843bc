export { metadataXml, serviceDocument, ODATA_NAMESPACE, ODATA_CONTAINER } from './csdl-xml.js';
export {
  entitySetOf,
  entitySetsOf,
  type ODataEntitySet,
  type ODataProperty,
  type EdmType,
} from './odata-entity.js';
export { ODATA_CODES, type ODataProblem } from './odata-error.js';
export { parseFilter, DEFAULT_FILTER_LIMITS, type FilterExpr, type FilterLimits } from './filter-parser.js';
export {
  parseQueryOptions,
  DEFAULT_QUERY_LIMITS,
  type ODataQuery,
  type QueryLimits,
  type RawQuery,
} from './query-options.js';
export {
  compileGoldQuery,
  type CompiledGoldQuery,
  type GoldQueryOptions,
  type QueryParam,
} from './gold-query-sql.js';
export { entityOf, edmValue, type EngineValue } from './odata-json.js';
