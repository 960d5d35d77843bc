import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean, foldName } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { Attribute, ClassDef } from '../../model/model-types.js';
import type { Expr } from '../spec/expression-ast.js';
import { MAPPING_CODES as C, mappingDiagnostic } from '../spec/mapping-codes.js';
import type { AssociationSpec, AttributeSpec, ExprSpec, MappingSpec } from '../spec/mapping-spec.js';
import { coerce, typeOf, valueTypeOf } from './expression-types.js';
import { lineageOf } from './lineage.js';
import { resolveClass } from './resolve-class.js';
import { resolveLatest } from './resolve-latest.js';
import { SourceScope, type BronzeColumns } from './resolve-sources.js';
import type { ResolvedColumn, ResolvedMapping, ResolvedSource } from './resolved-mapping.js';
import type { SilverColumn, SilverTarget, SilverTargets } from './silver-target.js';

export interface ResolveInput {
  index: ModelIndex;
  targets: SilverTargets;
  /** Bronze tables with their columns when known; then every table and column name is checked. */
  bronze?: BronzeColumns;
}

export interface ResolveResult {
  /** Absent when an error makes the mapping unusable; all problems are in `diagnostics`. */
  mapping?: ResolvedMapping;
  diagnostics: Diagnostic[];
}

/** Binds a mapping spec to the model, the silver schema and the bronze tables. Pure. */
export function resolveMapping(spec: MappingSpec, input: ResolveInput): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const found = resolveClass(input.index, input.targets, spec.target, diagnostics);
  const scope = new SourceScope(spec.sources, input.bronze, diagnostics);
  if (!found) return { diagnostics };
  const { cls, target } = found;
  const ctx: Ctx = { spec, index: input.index, targets: input.targets, cls, target, scope, diagnostics };

  const sources: ResolvedSource[] = spec.sources.map((s) => {
    const on = s.join ? scope.bind(s.join.on, `join ${s.alias}`) : undefined;
    const latest = resolveLatest(s, scope, diagnostics);
    return {
      alias: s.alias,
      table: s.table.value,
      ...(s.join && on ? { join: { ...s.join, on } } : {}),
      ...(latest ? { latest } : {}),
    };
  });
  const key = spec.key.map((k) => scope.bind(k, 'key')).filter((k): k is Expr => !!k);
  if (spec.key.length === 0) {
    diagnostics.push(mappingDiagnostic(C.noKey, 'error', 'the mapping has no business key', spec.target.at));
  }
  const columns: ResolvedColumn[] = [];
  for (const a of spec.attributes) {
    const column = resolveAttribute(ctx, a);
    if (!column) continue;
    if (columns.some((c) => c.column.name === column.column.name)) {
      diagnostics.push(
        mappingDiagnostic(C.duplicate, 'error', `attribute ${a.name.value} is mapped twice`, a.at),
      );
      continue;
    }
    columns.push(column);
  }
  for (const a of spec.associations) {
    const column = resolveAssociation(ctx, a);
    if (column && !columns.some((c) => c.column.name === column.column.name)) columns.push(column);
  }
  checkRequired(ctx, columns);
  if (target.keyReferences?.length) {
    // The key is the hash of the business key alone, so a mapping for the superclass with the same
    // business key writes the same key; it must run first when the foreign key is enforced.
    diagnostics.push(
      mappingDiagnostic(
        C.superclassRows,
        'info',
        `${target.table}.${target.keyColumn} refers to ${target.keyReferences.join(', ')}; this mapping does not write those rows`,
        spec.target.at,
        'load the superclass first, with its own mapping from the same source and business key',
      ),
    );
  }
  const validFrom = spec.history.validFrom ? scope.bind(spec.history.validFrom, 'valid_from') : undefined;
  const where = spec.where ? condition(ctx, spec.where, 'where') : undefined;
  const deleteWhen = spec.deleteWhen ? condition(ctx, spec.deleteWhen, 'delete_when') : undefined;
  if (spec.deleteWhen && spec.history.mode === 'events') {
    diagnostics.push(
      mappingDiagnostic(
        C.deleteUnsupported,
        'error',
        'delete_when does not apply to history mode events: an event is never deleted or undone',
        spec.deleteWhen.at,
        'record the deletion as an event of its own (an attribute), or use history: snapshot to close the object',
      ),
    );
  }
  const versionedKey = checkHistory(ctx, columns);

  const mapping: ResolvedMapping = {
    name: spec.name,
    file: spec.file,
    classId: cls.id,
    className: cls.name,
    qualifiedName: input.index.qualifiedName(cls),
    target,
    versionedKey,
    history: {
      mode: spec.history.mode,
      closeMissing: spec.history.closeMissing,
      ...(validFrom ? { validFrom: coerce(validFrom, typeOf(validFrom), 'timestamp') ?? validFrom } : {}),
    },
    sources,
    key,
    columns,
    ...(where ? { where } : {}),
    ...(deleteWhen ? { deleteWhen } : {}),
    lineage: [],
  };
  mapping.lineage = lineageOf(mapping);
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { mapping, diagnostics };
}

interface Ctx {
  spec: MappingSpec;
  index: ModelIndex;
  cls: ClassDef;
  target: SilverTarget;
  targets: SilverTargets;
  scope: SourceScope;
  diagnostics: Diagnostic[];
}

/** `naam` or, for a datatype flattened into columns, `adres.straatnaam`. */
function resolveAttribute(ctx: Ctx, spec: AttributeSpec): ResolvedColumn | undefined {
  const { index, diagnostics, target } = ctx;
  const parts = spec.name.value.split('.');
  const path: Attribute[] = [];
  let candidates = index.allAttributes(ctx.cls.id).map((r) => r.attribute);
  for (const part of parts) {
    const hit = candidates.find((a) => foldName(a.name) === foldName(part));
    if (!hit) {
      diagnostics.push(
        mappingDiagnostic(
          C.unknownAttribute,
          'error',
          `${path.length === 0 ? ctx.cls.name : path[path.length - 1]!.name} has no attribute ${part}`,
          spec.name.at,
          didYouMean(
            part,
            candidates.map((a) => a.name),
          ),
        ),
      );
      return undefined;
    }
    path.push(hit);
    candidates = hit.type.kind === 'class' ? (index.classes.get(hit.type.classId)?.attributes ?? []) : [];
  }
  const attribute = path[path.length - 1]!;
  const ids = path.map((a) => a.id);
  const column = target.columns.find((c) =>
    ids.length === 1 ? c.modelId === attribute.id && !c.modelPath : c.modelPath?.join('/') === ids.join('/'),
  );
  if (!column) {
    const owner = index.classes.get(path[0]!.classId);
    diagnostics.push(
      mappingDiagnostic(
        C.notInTable,
        'error',
        `attribute ${spec.name.value} has no column in ${target.schema}.${target.table}`,
        spec.name.at,
        owner && owner.id !== ctx.cls.id
          ? `it belongs to ${owner.name}; map it in a mapping for that class`
          : attribute.type.kind === 'class'
            ? 'map the attributes of the datatype (name.attribute) or the association'
            : undefined,
      ),
    );
    return undefined;
  }
  const what = `attribute ${spec.name.value}`;
  const bound = ctx.scope.bind(spec.value, what);
  if (!bound) return undefined;
  if (column.role === 'enumeration' || attribute.type.kind === 'enumeration') {
    return resolveEnumeration(ctx, spec, attribute, column, bound);
  }
  if (column.role === 'reference') {
    diagnostics.push(
      mappingDiagnostic(
        C.typeMismatch,
        'error',
        `${what} refers to another class; map it under associations with that class's business key`,
        spec.name.at,
      ),
    );
    return undefined;
  }
  const from = typeOf(bound);
  const to = valueTypeOf(column.type);
  const converted = coerce(bound, from, to);
  if (!converted) {
    diagnostics.push(
      mappingDiagnostic(
        C.typeMismatch,
        'error',
        `${what}: a ${from} value cannot fill a ${column.type.kind} column`,
        spec.value.at,
      ),
    );
    return undefined;
  }
  return { kind: 'value', column, modelName: spec.name.value, expr: converted, type: typeOf(converted) };
}

/** Codes → literal names: the file's `values`, else each literal's name and code from the model. */
function resolveEnumeration(
  ctx: Ctx,
  spec: AttributeSpec,
  attribute: Attribute,
  column: SilverColumn,
  expr: Expr,
): ResolvedColumn | undefined {
  const enumerationId =
    attribute.type.kind === 'enumeration' ? attribute.type.enumerationId : column.enumeration?.enumerationId;
  const enumeration = enumerationId ? ctx.index.enumerations.get(enumerationId) : undefined;
  if (!enumeration) return { kind: 'value', column, modelName: spec.name.value, expr, type: typeOf(expr) };
  const textual = ['varchar', 'text'].includes(column.type.kind);
  if (column.enumeration?.stored !== 'id' && !textual) {
    ctx.diagnostics.push(
      mappingDiagnostic(
        C.typeMismatch,
        'error',
        `${ctx.target.table}.${column.name} stores keys of a reference table that the schema does not list`,
        spec.name.at,
        'include the enumeration in the schema plan',
      ),
    );
    return undefined;
  }
  const stored = (literal: string): string | number | undefined => {
    const storage = column.enumeration;
    if (!storage || storage.stored === 'name') return literal;
    return storage.ids[literal];
  };
  const codes: { code: string; literal: string; stored: string | number }[] = [];
  const add = (code: string, literal: string) => {
    const value = stored(literal);
    if (value !== undefined && !codes.some((c) => c.code === code))
      codes.push({ code, literal, stored: value });
  };
  if (spec.values) {
    for (const v of spec.values) {
      const literal = enumeration.literals.find((l) => foldName(l.name) === foldName(v.literal.value));
      if (!literal) {
        ctx.diagnostics.push(
          mappingDiagnostic(
            C.unknownLiteral,
            'error',
            `enumeration ${enumeration.name} has no value ${v.literal.value}`,
            v.literal.at,
            didYouMean(
              v.literal.value,
              enumeration.literals.map((l) => l.name),
            ) ?? `values: ${enumeration.literals.map((l) => l.name).join(', ')}`,
          ),
        );
        continue;
      }
      add(v.code, literal.name);
    }
  } else {
    for (const l of enumeration.literals) {
      add(l.name, l.name);
      if (l.code) add(l.code, l.name);
    }
  }
  return {
    kind: 'enumeration',
    column,
    modelName: spec.name.value,
    expr: coerce(expr, typeOf(expr), 'text') ?? expr,
    codes,
  };
}

/** An association (by name or the far end's role) or a class-typed attribute of the target class. */
function resolveAssociation(ctx: Ctx, spec: AssociationSpec): ResolvedColumn | undefined {
  const { index, target, diagnostics, cls } = ctx;
  const wanted = foldName(spec.name.value);
  const options: { modelId: string; other: ClassDef; label: string }[] = [];
  for (const { association, side, other } of index.associationsOf(cls.id)) {
    const far = side === 'source' ? association.target : association.source;
    // an association without a name or role (Beschikking → Client) goes by the class at its far end
    const names = association.name || far.role ? [association.name, far.role] : [other.name];
    if (names.some((n) => n && foldName(n) === wanted)) {
      options.push({
        modelId: association.id,
        other,
        label: `${association.name ?? far.role ?? '(unnamed)'} → ${other.name}`,
      });
    }
  }
  for (const { attribute } of index.allAttributes(cls.id)) {
    if (attribute.type.kind !== 'class' || foldName(attribute.name) !== wanted) continue;
    const other = index.classes.get(attribute.type.classId);
    if (other) options.push({ modelId: attribute.id, other, label: `${attribute.name} → ${other.name}` });
  }
  const matching = spec.to
    ? options.filter((o) =>
        [o.other.name, index.qualifiedName(o.other)].some((n) =>
          foldName(n).endsWith(foldName(spec.to!.value)),
        ),
      )
    : options;
  const stored = matching.filter((o) =>
    target.columns.some((c) => c.modelId === o.modelId && c.role === 'reference'),
  );
  if (options.length === 0) {
    const names = index
      .associationsOf(cls.id)
      .flatMap(({ association, side }) => [
        association.name,
        (side === 'source' ? association.target : association.source).role,
      ]);
    diagnostics.push(
      mappingDiagnostic(
        C.unknownAssociation,
        'error',
        `${cls.name} has no association ${spec.name.value}`,
        spec.name.at,
        didYouMean(
          spec.name.value,
          names.filter((n): n is string => !!n),
        ),
      ),
    );
    return undefined;
  }
  if (stored.length !== 1) {
    const problem =
      stored.length > 1
        ? mappingDiagnostic(
            C.unknownAssociation,
            'error',
            `association ${spec.name.value} is ambiguous`,
            spec.name.at,
            `add to: one of ${stored.map((o) => o.other.name).join(', ')}`,
          )
        : mappingDiagnostic(
            C.notInTable,
            'error',
            `association ${spec.name.value} has no column in ${target.schema}.${target.table}`,
            spec.name.at,
            `it is stored with the other class or in a link table (${matching.map((o) => o.label).join('; ') || 'no match for to'})`,
          );
    diagnostics.push(problem);
    return undefined;
  }
  const chosen = stored[0]!;
  const column = target.columns.find((c) => c.modelId === chosen.modelId && c.role === 'reference')!;
  const key = spec.key
    .map((k) => ctx.scope.bind(k, `association ${spec.name.value}`))
    .filter((k): k is Expr => !!k);
  if (key.length !== spec.key.length) return undefined;
  const other = ctx.targets(chosen.other.id);
  const versioned = other?.history && !other.primaryKey.includes(other.history.validFrom) && other.identity;
  if (!other || !versioned)
    return { kind: 'reference', column, modelName: spec.name.value, otherClassId: chosen.other.id, key };
  // The other table's key identifies a version: the reference is its open version, found by identity.
  if (other.identity!.length !== key.length) {
    diagnostics.push(
      mappingDiagnostic(
        C.typeMismatch,
        'error',
        `association ${spec.name.value}: ${other.table} is identified by ${other.identity!.join(', ')}; give ${other.identity!.length} key part(s), not ${key.length}`,
        spec.name.at,
      ),
    );
    return undefined;
  }
  const lookup = {
    schema: other.schema,
    table: other.table,
    keyColumn: other.keyColumn,
    identity: other.identity!,
    validTo: other.history!.validTo,
  };
  return {
    kind: 'reference',
    column,
    modelName: spec.name.value,
    otherClassId: chosen.other.id,
    key,
    lookup,
  };
}

/** `where` and `delete_when`: bound like any expression, and a condition (raw SQL is taken as one). */
function condition(ctx: Ctx, spec: ExprSpec, what: string): Expr | undefined {
  const bound = ctx.scope.bind(spec, what);
  if (!bound) return undefined;
  const type = typeOf(bound);
  if (type === 'boolean' || bound.kind === 'raw') return bound;
  ctx.diagnostics.push(
    mappingDiagnostic(
      C.notACondition,
      'error',
      `${what} must be a condition (true or false), not a ${type} value`,
      spec.at,
      type === 'text'
        ? `compare it, e.g. ${spec.text} = 'J', or parse it with to_boolean(${spec.text})`
        : 'use a comparison, is null, and/or/not',
    ),
  );
  return undefined;
}

function checkRequired(ctx: Ctx, columns: ResolvedColumn[]): void {
  for (const c of ctx.target.columns) {
    if (c.nullable || columns.some((r) => r.column.name === c.name)) continue;
    ctx.diagnostics.push(
      mappingDiagnostic(
        C.requiredUnmapped,
        'error',
        `column ${ctx.target.table}.${c.name} is required but not mapped`,
        ctx.spec.target.at,
        `model element ${ctx.index.attribute(c.modelId)?.name ?? c.modelId}`,
      ),
    );
  }
}

/** Whether the mode fits the table; returns true when the key identifies a version (see SilverTarget.identity). */
function checkHistory(ctx: Ctx, columns: ResolvedColumn[]): boolean {
  const { spec, target } = ctx;
  const mode = spec.history.mode;
  if (mode === 'none') return false;
  if (!target.history) {
    ctx.diagnostics.push(
      mappingDiagnostic(
        C.historyUnsupported,
        'error',
        `history mode ${mode} needs validity columns, and ${target.table} has none`,
        spec.history.at,
        'build the schema with history, or use history: none',
      ),
    );
    return false;
  }
  if (target.primaryKey.includes(target.history.validFrom)) return false;
  if (!target.identity) {
    ctx.diagnostics.push(
      mappingDiagnostic(
        C.historyUnsupported,
        'error',
        `history mode ${mode} keeps several versions per object, but ${target.table} has neither (key, ${target.history.validFrom}) as primary key nor a UNIQUE (…, ${target.history.validFrom}) that identifies an object`,
        spec.history.at,
        'use history: none',
      ),
    );
    return false;
  }
  const missing = target.identity.filter((name) => !columns.some((c) => c.column.name === name));
  if (missing.length > 0) {
    ctx.diagnostics.push(
      mappingDiagnostic(
        C.historyUnsupported,
        'error',
        `${target.table} tells versions of one object apart by ${target.identity.join(', ')}; the mapping must fill ${missing.join(', ')}`,
        spec.history.at,
        `map the attribute(s) behind ${missing.join(', ')}, usually from the business key`,
      ),
    );
  }
  return true;
}
