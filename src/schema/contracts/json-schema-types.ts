export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema (2020-12) or OpenAPI 3.1 schema object, as plain data. */
export type JsonSchema = { [key: string]: JsonValue };

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The annotation keywords the generators add. Validators in strict mode (Ajv) need to be told about
 * them, e.g. `ajv.addVocabulary(CONTRACT_KEYWORDS)`.
 */
export const CONTRACT_KEYWORDS = [
  /** The GGM (Enterprise Architect) id of the class, or of the attribute or association behind a property. */
  'x-ggm-id',
  /** The qualified GGM name: `Kern/BAG/Pand`. */
  'x-ggm-name',
  /** On an object reference: the schema of the class referred to. */
  'x-ggm-target',
  /** The type name the model gives but does not define; the value is written as a string. */
  'x-ggm-unresolvedType',
  /** On an enumeration: literal name → code used in source systems (`Ja` → `1`). */
  'x-ggm-codes',
  /** On an enumeration: the definition of each literal, in `enum` order (as openapi-generator reads it). */
  'x-enum-descriptions',
];
