import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import { selectClasses, type Selection, type SelectionSpec } from '../../model/model-selection.js';
import { getNameStyle } from '../naming/name-style.js';
import { assignTableNames, isTableClass } from '../naming/table-names.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import { resolveSchemaOptions } from '../schema-options.js';
import {
  SCHEMA_PLAN_FORMAT_VERSION,
  type PlanTable,
  type SchemaOptions,
  type SchemaPlan,
} from '../schema-plan.js';
import { planAssociations } from './association-tables.js';
import { buildEntityTable } from './entity-tables.js';
import type { PlanContext } from './plan-context.js';
import { buildReferenceTable } from './reference-tables.js';
import { addSystemColumns } from './system-columns.js';

export interface SchemaPlanResult {
  plan: SchemaPlan;
  diagnostics: Diagnostic[];
}

/**
 * Model + selection + options → the physical schema plan. Pure and deterministic. `selection` is the
 * result of `selectClasses`, or a spec (`{domains, packages, classes, closure}`) to resolve here; an
 * empty spec is the whole model.
 */
export function buildSchemaPlan(
  index: ModelIndex,
  selection: Selection | SelectionSpec = {},
  options: Partial<SchemaOptions> = {},
): SchemaPlanResult {
  const resolved = isSelection(selection) ? selection : selectClasses(index, selection);
  const opts = resolveSchemaOptions(options);
  const style = getNameStyle(opts.naming);
  const names = assignTableNames(index, style);
  const ctx: PlanContext = {
    index,
    options: opts,
    style,
    names,
    tableClassIds: new Set(),
    usedEnumTables: new Map(),
    diagnostics: [...resolved.diagnostics],
    file: index.model.source.file,
  };
  for (const id of resolved.classIds) {
    const c = index.classes.get(id);
    if (!c) continue;
    if (isTableClass(index, c)) ctx.tableClassIds.add(id);
    else if (c.isDatatype && resolved.selectedClassIds.has(id)) {
      ctx.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.notATable,
          'info',
          `${index.qualifiedName(c)} is a datatype: no table of its own, its attributes go into the tables that use it`,
        ),
      );
    } else if (!c.isDatatype && resolved.selectedClassIds.has(id)) {
      ctx.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.notATable,
          'info',
          `${index.qualifiedName(c)} is a diagram element (no stereotype, no attributes, no generalization); no table`,
        ),
      );
    }
  }
  // Only the duplicate-name notes that concern selected tables.
  const selectedNames = new Set([...ctx.tableClassIds].map((id) => names.classTable.get(id)!));
  for (const d of names.duplicates) {
    if (d.tables.some((n) => selectedNames.has(n))) ctx.diagnostics.push(d.diagnostic);
  }

  const entityTables = new Map<string, PlanTable>();
  const classOrder = index.model.classes.filter((c) => ctx.tableClassIds.has(c.id));
  for (const c of classOrder) entityTables.set(c.id, buildEntityTable(ctx, c));
  const taken = new Set([...names.classTable.values(), ...names.enumTable.values()]);
  const links = planAssociations(ctx, entityTables, taken);
  for (const t of entityTables.values()) addSystemColumns(ctx, t);
  // A reference table lists every enumeration merged into it, also those the selection does not use.
  const references = [...ctx.usedEnumTables.keys()].map((name) =>
    buildReferenceTable(
      ctx,
      name,
      index.model.enumerations.filter((e) => names.enumTable.get(e.id) === name).map((e) => e.id),
    ),
  );
  const byName = (a: PlanTable, b: PlanTable) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const plan: SchemaPlan = {
    formatVersion: SCHEMA_PLAN_FORMAT_VERSION,
    model: {
      name: index.model.name,
      ...(index.model.version ? { version: index.model.version } : {}),
      sha256: index.model.source.sha256,
    },
    options: opts,
    tables: [...references.sort(byName), ...[...entityTables.values()].sort(byName), ...links.sort(byName)],
  };
  return { plan, diagnostics: ctx.diagnostics };
}

function isSelection(s: Selection | SelectionSpec): s is Selection {
  return (s as Selection).classIds instanceof Set;
}
