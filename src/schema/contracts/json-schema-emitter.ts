import { posix } from 'node:path';
import { classSchema, enumerationSchema, type RefContext } from './class-schema.js';
import { commonSchema, withDependencies, type CommonKey } from './common-schemas.js';
import type { ContractClass, ContractModel } from './contract-model.js';
import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema-types.js';

export interface JsonSchemaOptions {
  /** Base of every `$id`; default `https://example.org/ggm/<model version>/`. */
  baseUri?: string;
}

/** A generated document and where it goes, relative to the output folder (`kern/bag/pand.schema.json`). */
export interface SchemaFile {
  path: string;
  schema: JsonSchema;
}

export function baseUriFor(model: ContractModel, options: JsonSchemaOptions): string {
  const base = options.baseUri ?? `https://example.org/ggm/${model.modelVersion ?? 'current'}/`;
  return base.endsWith('/') ? base : `${base}/`;
}

export function classFilePath(cls: ContractClass): string {
  return `${cls.path.join('/')}.schema.json`;
}

/** The `$id` of a class's own document; also what `x-ggm-target` holds when the class is not at hand. */
export function classSchemaId(model: ContractModel, classId: string, options: JsonSchemaOptions): string {
  return `${baseUriFor(model, options)}${model.names.classPath(classId).join('/')}.schema.json`;
}

/**
 * One document per class. Classes refer to each other by relative URI (`../bag/pand.schema.json`), which
 * resolves against the `$id` and equally between the files on disk; enumerations and shared definitions
 * the class uses are copied into its `$defs`, so every document needs only its sibling class documents.
 */
export function emitClassDocuments(model: ContractModel, options: JsonSchemaOptions = {}): SchemaFile[] {
  const byId = new Map(model.classes.map((c) => [c.id, c]));
  const enumsById = new Map(model.enumerations.map((e) => [e.id, e]));
  return model.classes.map((cls) => {
    const path = classFilePath(cls);
    const enums = new Set<string>();
    const common = new Set<CommonKey>();
    const ctx: RefContext = {
      classRef: (id) => {
        const target = byId.get(id);
        return target
          ? posix.relative(posix.dirname(path), classFilePath(target))
          : classSchemaId(model, id, options);
      },
      classTarget: (id) => classSchemaId(model, id, options),
      enumerationRef: (id) => {
        enums.add(id);
        return `#/$defs/${enumsById.get(id)?.key ?? model.names.enumerationKey(id)}`;
      },
      commonRef: (key) => {
        common.add(key);
        return `#/$defs/${key}`;
      },
    };
    const schema = classSchema(cls, ctx);
    const defs: JsonSchema = {};
    for (const e of model.enumerations) if (enums.has(e.id)) defs[e.key] = enumerationSchema(e);
    for (const key of withDependencies(common)) defs[key] = commonSchema(key, (k) => `#/$defs/${k}`);
    return {
      path,
      schema: {
        $schema: JSON_SCHEMA_DIALECT,
        $id: `${baseUriFor(model, options)}${path}`,
        ...schema,
        ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
      },
    };
  });
}

/**
 * One self-contained bundle per domain: the domain's classes plus every class they `$ref` (superclasses
 * and embedded classes, also from other domains), their enumerations and the shared definitions, all in
 * `$defs` and referred to as `#/$defs/<key>`.
 */
export function emitDomainBundles(model: ContractModel, options: JsonSchemaOptions = {}): SchemaFile[] {
  const domains = new Map<string, ContractClass[]>();
  for (const c of model.classes) {
    const list = domains.get(c.domain);
    if (list) list.push(c);
    else domains.set(c.domain, [c]);
  }
  return [...domains.entries()].map(([domain, classes]) => {
    const path = `${classes[0]!.path[0] ?? 'model'}.schema.json`;
    return {
      path,
      schema: bundle(model, classes, options, {
        $id: `${baseUriFor(model, options)}${path}`,
        title: `GGM ${domain}`,
        description: `The classes of domain ${domain} of the ${model.modelName}${
          model.modelVersion ? ` ${model.modelVersion}` : ''
        }, with the definitions they refer to.`,
      }),
    };
  });
}

/** Every class and enumeration of the selection in one document (what `--out file.json` writes). */
export function emitSelectionBundle(model: ContractModel, options: JsonSchemaOptions = {}): SchemaFile {
  const path = 'ggm.schema.json';
  const schema = bundle(model, model.classes, options, {
    $id: `${baseUriFor(model, options)}${path}`,
    title: `${model.modelName}${model.modelVersion ? ` ${model.modelVersion}` : ''}`,
    description: 'Classes and enumerations of the GGM selection, as JSON Schema definitions.',
  });
  const defs = schema['$defs'] as JsonSchema;
  for (const e of model.enumerations) if (!(e.key in defs)) defs[e.key] = enumerationSchema(e);
  return { path, schema };
}

function bundle(
  model: ContractModel,
  roots: ContractClass[],
  options: JsonSchemaOptions,
  head: { $id: string; title: string; description: string },
): JsonSchema {
  const byId = new Map(model.classes.map((c) => [c.id, c]));
  const enumsById = new Map(model.enumerations.map((e) => [e.id, e]));
  const included = refClosure(byId, roots);
  const enums = new Set<string>();
  const common = new Set<CommonKey>();
  const local = (id: string) => {
    const target = byId.get(id);
    return target && included.has(id) ? `#/$defs/${target.key}` : classSchemaId(model, id, options);
  };
  const ctx: RefContext = {
    classRef: local,
    classTarget: local,
    enumerationRef: (id) => {
      enums.add(id);
      return `#/$defs/${enumsById.get(id)?.key ?? model.names.enumerationKey(id)}`;
    },
    commonRef: (key) => {
      common.add(key);
      return `#/$defs/${key}`;
    },
  };
  const defs: JsonSchema = {};
  for (const c of model.classes) if (included.has(c.id)) defs[c.key] = classSchema(c, ctx);
  for (const e of model.enumerations) if (enums.has(e.id)) defs[e.key] = enumerationSchema(e);
  for (const key of withDependencies(common)) defs[key] = commonSchema(key, (k) => `#/$defs/${k}`);
  return { $schema: JSON_SCHEMA_DIALECT, ...head, $defs: defs };
}

/** The classes and every class their schemas `$ref`: superclasses and class-valued properties. */
export function refClosure(byId: Map<string, ContractClass>, roots: ContractClass[]): Set<string> {
  const out = new Set<string>();
  const stack = roots.map((c) => c.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    const cls = byId.get(id);
    if (!cls || out.has(id)) continue;
    out.add(id);
    stack.push(...cls.superclassIds);
    for (const p of cls.properties) if (p.value.kind === 'class') stack.push(p.value.classId);
  }
  return out;
}
