import { classSchema, enumerationSchema, type RefContext } from './class-schema.js';
import { commonSchema, withDependencies, type CommonKey } from './common-schemas.js';
import { kebabCase } from './contract-names.js';
import type { ContractClass, ContractModel } from './contract-model.js';
import { dutchPlural } from './dutch-plural.js';
import { classSchemaId, type JsonSchemaOptions } from './json-schema-emitter.js';
import type { JsonSchema } from './json-schema-types.js';

export interface OpenApiOptions extends JsonSchemaOptions {
  title?: string;
  description?: string;
  /** SemVer of the API; default the model version when it is SemVer, else 1.0.0. */
  version?: string;
  contact?: { name?: string; url?: string; email?: string };
  /** Default `/api/v<major>` (NL API Design Rules: the major version in the URI). */
  serverUrl?: string;
  /** Add read-only collection and item paths for every selected objecttype. */
  paths?: boolean;
}

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const DEFAULT_CONTACT = {
  name: 'Gemeentelijk Gegevensmodel',
  url: 'https://github.com/Gemeente-Delft/Gemeentelijk-Gegevensmodel',
};

const schemaRef = (key: string) => `#/components/schemas/${key}`;

/**
 * An OpenAPI 3.1 document: the class, enumeration and shared schemas under `components.schemas`
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12), and optionally read-only paths following the NL API
 * Design Rules: plural kebab-case collections, no trailing slash, `API-Version` header on every
 * response, errors as `application/problem+json`.
 */
export function emitOpenApi(model: ContractModel, options: OpenApiOptions = {}): JsonSchema {
  const version =
    options.version ?? (model.modelVersion && SEMVER.test(model.modelVersion) ? model.modelVersion : '1.0.0');
  const byId = new Map(model.classes.map((c) => [c.id, c]));
  const enumsById = new Map(model.enumerations.map((e) => [e.id, e]));
  const common = new Set<CommonKey>();
  const local = (id: string) => {
    const target = byId.get(id);
    return target ? schemaRef(target.key) : classSchemaId(model, id, options);
  };
  const ctx: RefContext = {
    classRef: local,
    classTarget: local,
    enumerationRef: (id) => schemaRef(enumsById.get(id)?.key ?? model.names.enumerationKey(id)),
    commonRef: (key) => {
      common.add(key);
      return schemaRef(key);
    },
  };
  const schemas: JsonSchema = {};
  for (const c of model.classes) schemas[c.key] = classSchema(c, ctx);
  for (const e of model.enumerations) schemas[e.key] = enumerationSchema(e);
  const resources = options.paths ? model.classes.filter((c) => c.selected && !c.isDatatype) : [];
  if (resources.length > 0) common.add('Problem');
  for (const key of withDependencies(common)) schemas[key] = commonSchema(key, schemaRef);

  const major = version.split('.')[0];
  const document: JsonSchema = {
    openapi: '3.1.0',
    info: {
      title: options.title ?? `${model.modelName} API`,
      description:
        options.description ??
        `Schemas generated from the ${model.modelName}${model.modelVersion ? ` ${model.modelVersion}` : ''}.`,
      version,
      contact: { ...DEFAULT_CONTACT, ...(options.contact ?? {}) },
      ...(model.modelVersion ? { 'x-ggm-model-version': model.modelVersion } : {}),
    },
    servers: [{ url: options.serverUrl ?? `/api/v${major}` }],
  };
  if (resources.length > 0) {
    document['tags'] = [...new Set(resources.map((c) => c.domain))].map((name) => ({ name }));
    document['paths'] = paths(resources);
  }
  document['components'] = {
    schemas,
    ...(resources.length > 0 ? responseComponents(version) : {}),
  };
  return document;
}

/** `Beschikte Voorziening` → `beschikte-voorzieningen`; a qualified key adds its qualifier: `bag-panden`. */
export function collectionPath(cls: ContractClass): string {
  const qualifier = cls.key.split('.').slice(0, -1).map(kebabCase);
  const words = kebabCase(cls.name).split('-');
  words[words.length - 1] = dutchPlural(words[words.length - 1] ?? 'object');
  return [...qualifier, ...words].filter((w) => w !== '').join('-');
}

function paths(resources: ContractClass[]): JsonSchema {
  const result: JsonSchema = {};
  const used = new Set<string>();
  for (const cls of resources) {
    let collection = `/${collectionPath(cls)}`;
    for (let n = 2; used.has(collection); n++) collection = `/${collectionPath(cls)}-${n}`;
    used.add(collection);
    const ok = (description: string, schema: JsonSchema): JsonSchema => ({
      description,
      headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
      content: { 'application/json': { schema } },
    });
    result[collection] = {
      get: {
        operationId: `list${cls.tsName}`,
        summary: `List ${cls.name}`,
        tags: [cls.domain],
        responses: {
          '200': ok(`The ${cls.name} objects.`, { type: 'array', items: { $ref: schemaRef(cls.key) } }),
          '400': { $ref: '#/components/responses/BadRequest' },
          '500': { $ref: '#/components/responses/InternalServerError' },
        },
      },
    };
    result[`${collection}/{id}`] = {
      get: {
        operationId: `get${cls.tsName}`,
        summary: `One ${cls.name}`,
        tags: [cls.domain],
        parameters: [{ $ref: '#/components/parameters/Id' }],
        responses: {
          '200': ok(`The ${cls.name}.`, { $ref: schemaRef(cls.key) }),
          '404': { $ref: '#/components/responses/NotFound' },
          '500': { $ref: '#/components/responses/InternalServerError' },
        },
      },
    };
  }
  return result;
}

function responseComponents(version: string): JsonSchema {
  const problem = (description: string): JsonSchema => ({
    description,
    headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
    content: { 'application/problem+json': { schema: { $ref: schemaRef('Problem') } } },
  });
  return {
    parameters: {
      Id: {
        name: 'id',
        in: 'path',
        required: true,
        description: 'Identifier of the object.',
        schema: { type: 'string' },
      },
    },
    headers: {
      'API-Version': {
        description: 'The full version of the API (NL API Design Rules, API-57).',
        schema: { type: 'string', examples: [version] },
      },
    },
    responses: {
      BadRequest: problem('The request is not valid.'),
      NotFound: problem('No object with this identifier.'),
      InternalServerError: problem('The server failed to handle the request.'),
    },
  };
}
