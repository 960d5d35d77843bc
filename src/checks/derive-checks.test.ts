import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../test/helpers/releases.js';
import { tablesNeeded } from '../pipeline/silver-schema.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { checkSql } from './check-sql.js';
import { deriveChecks } from './derive-checks.js';

describe.skipIf(!hasReleases())('checks derived from the model', () => {
  it('turns CHECK-style enumerations into accepted values with the literals', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(index, { domains: ['99 Kern'] }, { enums: 'check' });
    const available = new Set(tablesNeeded(plan, new Set(['woonplaats'])));
    const checks = deriveChecks({ plan, index, tables: ['woonplaats'], available });
    const status = checks.find((c) => c.id === 'woonplaats.accepted-values.status');
    expect(status?.rule).toMatchObject({ kind: 'accepted-values', column: 'status' });
    expect(status?.rule.kind === 'accepted-values' && status.rule.values).toContain('woonplaats aangewezen');
    expect(checkSql(status!, 'postgres')).toMatch(/CAST\(t\."status" AS TEXT\) NOT IN \('/);
    // Never a reference check to an enumeration table that the check option does not create.
    expect(checks.filter((c) => c.rule.kind === 'reference')).toEqual([]);
  });

  it('gives every check a unique id and only the open-version check severity error', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(index, { domains: ['99 Kern'] });
    const tables = ['woonplaats', 'openbare_ruimte', 'natuurlijk_persoon', 'nummeraanduiding', 'pand'];
    const available = new Set(tablesNeeded(plan, new Set(tables)));
    const checks = deriveChecks({ plan, index, tables, available });
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    expect(new Set(checks.filter((c) => c.severity === 'error').map((c) => c.rule.kind))).toEqual(
      new Set(['open-version-unique']),
    );
    // A reference between two built tables is a reference check, not an absent one.
    expect(checks.find((c) => c.id === 'openbare_ruimte.reference.ligt_in_woonplaats_id')).toBeDefined();
  });

  it('checks tables filled by events mappings without an open-version rule, mandatory on every row', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(index, { domains: ['99 Kern'] });
    const available = new Set(tablesNeeded(plan, new Set(['woonplaats'])));
    const input = { plan, index, tables: ['woonplaats'], available };
    const snapshot = deriveChecks(input);
    const events = deriveChecks({ ...input, eventTables: new Set(['woonplaats']) });
    expect(snapshot.some((c) => c.rule.kind === 'open-version-unique')).toBe(true);
    expect(events.some((c) => c.rule.kind === 'open-version-unique')).toBe(false);
    const naam = (checks: typeof events) =>
      checks.find((c) => c.id === 'woonplaats.mandatory.woonplaatsnaam')!;
    expect(checkSql(naam(snapshot), 'duckdb')).toMatch(/"valid_to" IS NULL/);
    expect(checkSql(naam(events), 'duckdb')).not.toMatch(/valid_to/);
  });
});
