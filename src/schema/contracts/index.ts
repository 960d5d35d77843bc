export {
  buildContractModel,
  type ContractModel,
  type ContractClass,
  type ContractEnumeration,
  type ContractProperty,
  type ContractValue,
  type ContractOptions,
  type RelationStyle,
} from './contract-model.js';
export { getContractNames, type ContractNames } from './contract-names.js';
export {
  emitClassDocuments,
  emitDomainBundles,
  emitSelectionBundle,
  classSchemaId,
  type JsonSchemaOptions,
  type SchemaFile,
} from './json-schema-emitter.js';
export { emitOpenApi, collectionPath, type OpenApiOptions } from './openapi-emitter.js';
export { emitTypeScript } from './typescript-emitter.js';
export { checkApiDesignRules } from './api-design-rules-check.js';
export {
  CONTRACT_KEYWORDS,
  JSON_SCHEMA_DIALECT,
  type JsonSchema,
  type JsonValue,
} from './json-schema-types.js';
