import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { SCHEMA_CODES } from '../schema-diagnostics.js';
import type { SchemaPlan } from '../schema-plan.js';
import { buildSchemaPlan } from './build-schema-plan.js';

/** Every key, unique, check and foreign key names columns and tables that exist. */
function expectConsistent(plan: SchemaPlan): void {
  const tables = new Map(plan.tables.map((t) => [t.name, t]));
  expect(tables.size).toBe(plan.tables.length);
  for (const t of plan.tables) {
    const columns = new Set(t.columns.map((c) => c.name));
    expect(columns.size, `duplicate column in ${t.name}`).toBe(t.columns.length);
    for (const c of [
      ...t.primaryKey.columns,
      ...t.uniques.flatMap((u) => u.columns),
      ...t.checks.map((k) => k.column),
    ]) {
      expect(columns.has(c), `${t.name}.${c}`).toBe(true);
    }
    for (const fk of t.foreignKeys) {
      const target = tables.get(fk.table);
      expect(target, `${t.name} → ${fk.table}`).toBeDefined();
      expect(fk.referencedColumns).toEqual(target!.primaryKey.columns);
      for (const c of fk.columns) expect(columns.has(c)).toBe(true);
    }
  }
}

describe.skipIf(!hasReleases())('buildSchemaPlan on v2.5.1', () => {
  it('gives every objecttype a table, consistently, and traces columns to model ids', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan, diagnostics } = buildSchemaPlan(index);
    expectConsistent(plan);
    const entities = plan.tables.filter((t) => t.kind === 'entity');
    const objecttypes = index.model.classes.filter((c) => c.stereotype === 'Objecttype');
    expect(new Set(entities.map((t) => t.modelId))).toEqual(new Set(objecttypes.map((c) => c.id)));
    for (const t of entities) {
      for (const c of t.columns.filter((col) => col.role === 'attribute' || col.role === 'enumeration')) {
        expect(index.attribute(c.modelId!), `${t.name}.${c.name}`).toBeDefined();
      }
    }
    // Unresolvable types become text with a warning each, never an error.
    const fallbacks = diagnostics.filter((d) => d.code === SCHEMA_CODES.textFallback);
    expect(fallbacks.length).toBeGreaterThanOrEqual(225);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('names silver tables after the model in snake case, and disambiguates duplicates', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan, diagnostics } = buildSchemaPlan(index);
    const byName = new Map(plan.tables.map((t) => [t.name, t]));
    const pand = byName.get('pand')!;
    expect(pand.qualifiedName).toBe('99 Kern/BAG/Model BAG/Pand');
    expect(pand.columns.map((c) => c.name)).toContain('identificatie');
    expect(pand.uniques[0]!.columns).toEqual(['identificatie', 'valid_from']);
    expect(byName.get('openbare_ruimte')).toBeDefined();
    // The archived RSGB copy of Pand gets its subdomain as suffix.
    const others = plan.tables.filter(
      (t) => t.name.startsWith('pand_') && t.qualifiedName?.endsWith('/Pand'),
    );
    expect(others.map((t) => t.name)).toEqual(['pand_rsgb_plus']);
    expect(
      diagnostics.some((d) => d.code === SCHEMA_CODES.duplicateName && d.message.includes('pand_rsgb_plus')),
    ).toBe(true);
    // Identical enumerations share one reference table (Boolean occurs 23 times).
    const boolean = byName.get('boolean_enum')!;
    expect(boolean.modelIds!.length).toBeGreaterThan(1);
    expect(boolean.seed!.rows.map((r) => r[1])).toEqual(expect.arrayContaining(['Ja', 'Nee']));
  });

  it('is deterministic', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const a = buildSchemaPlan(index, { domains: ['6'] });
    const b = buildSchemaPlan(index, { domains: ['6'] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('without closure keeps references outside the selection as plain columns with a note', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan, diagnostics } = buildSchemaPlan(index, {
      classes: ['99 Kern/BAG/Model BAG/Verblijfsobject'],
      closure: false,
    });
    expectConsistent(plan);
    expect(plan.tables.filter((t) => t.kind === 'entity').map((t) => t.name)).toEqual(['verblijfsobject']);
    const table = plan.tables.find((t) => t.name === 'verblijfsobject')!;
    const outside = table.columns.filter((c) => c.role === 'reference');
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((c) => c.comment?.includes('not in the selection'))).toBe(true);
    expect(table.foreignKeys.every((fk) => fk.table.endsWith('_enum'))).toBe(true);
    expect(diagnostics.some((d) => d.code === SCHEMA_CODES.outsideSelection)).toBe(true);
  });

  it('with enums as CHECK constraints has no reference tables', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(index, { packages: ['Kern/BAG'], closure: false }, { enums: 'check' });
    expectConsistent(plan);
    expect(plan.tables.some((t) => t.kind === 'reference')).toBe(false);
    const pand = plan.tables.find((t) => t.name === 'pand')!;
    const status = pand.checks.find((c) => c.column === 'status')!;
    expect(status.values).toContain('bouwvergunning verleend');
  });

  it('flattens generalization and datatypes when asked', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const flat = buildSchemaPlan(
      index,
      { classes: ['Verblijfsobject', 'Tenaamstelling'] },
      { generalization: 'flatten', datatypes: 'json' },
    ).plan;
    expectConsistent(flat);
    const vbo = flat.tables.find((t) => t.name === 'verblijfsobject')!;
    expect(vbo.primaryKey.columns).toEqual(['verblijfsobject_id']);
    expect(vbo.foreignKeys.some((fk) => fk.columns[0] === 'verblijfsobject_id')).toBe(false);
    expect(
      vbo.columns.some(
        (c) => c.modelId && index.attribute(c.modelId)?.classId !== vbo.modelId && c.role === 'attribute',
      ),
    ).toBe(true);
    const tenaamstelling = flat.tables.find((t) => t.name === 'tenaamstelling')!;
    expect(tenaamstelling.columns.find((c) => c.name === 'identificatie_tenaamstelling')!.type).toEqual({
      kind: 'json',
    });

    const shared = buildSchemaPlan(index, { classes: ['Tenaamstelling'] }).plan;
    const t = shared.tables.find((x) => x.name === 'tenaamstelling')!;
    const flattened = t.columns.filter((c) => c.modelPath);
    expect(flattened.map((c) => c.name)).toContain('aandeel_in_recht_teller');
    expect(flattened.every((c) => c.modelPath!.length === 2)).toBe(true);
  });

  it('leaves out history and load metadata when switched off', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(
      index,
      { classes: ['Pand'], closure: false },
      { history: false, loadMetadata: false },
    );
    const pand = plan.tables.find((t) => t.name === 'pand')!;
    expect(pand.columns.some((c) => c.role === 'history' || c.role === 'load')).toBe(false);
    expect(pand.uniques[0]!.columns).toEqual(['identificatie']);
  });
});
