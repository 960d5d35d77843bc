import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDialect } from '../../src/dialects/dialect-registry.js';
import { physicalName } from '../../src/dialects/identifiers.js';
import { openEngine } from '../../src/engines/open-engine.js';
import { createTestDatabase, type TestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { queryLineage } from '../../src/pipeline/lineage-store.js';
import { runProject } from '../../src/pipeline/run-project.js';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';

// A class and an attribute whose SQL names are longer than PostgreSQL's 63 characters. PostgreSQL would
// silently cut such a name to its first 63 characters; the platform shortens it with a hash suffix
// instead, and every stage (DDL, load SQL, checks, lineage) must use that same shortened name.
const CLASS = 'AanduidingVanDeGemeentelijkeRegistratieVanZeerLangeObjectnamenInHetGegevensmodel';
const ATTRIBUTE = 'toelichtingOpDeAanduidingVanDeRegistratieDieLangerIsDanDePostgresGrens';
const TABLE = 'aanduiding_van_de_gemeentelijke_registratie_van_zeer_lange_objectnamen_in_het_gegevensmodel';
/** A source column whose header is over the limit too. */
const SOURCE_COLUMN = 'toelichting_bij_de_registratie_zoals_het_bronsysteem_hem_exporteert';
const COLUMN = 'toelichting_op_de_aanduiding_van_de_registratie_die_langer_is_dan_de_postgres_grens';

function workbook(): Buffer {
  return fixtureWorkbook({
    packages: [
      { id: 'EAPK_ROOT', name: 'Testmodel', stereotype: 'Basismodel', version: '9.9.9' },
      { id: 'EAPK_KERN', name: '99 Kern', parent_package_id: 'EAPK_ROOT', stereotype: 'Domein' },
    ],
    classes: [
      { id: 'EAID_LANG', name: CLASS, package_id: 'EAPK_KERN', stereotype: 'Objecttype', is_datatype: false },
    ],
    attributes: [
      {
        id: 'EAID_L1',
        clazz_id: 'EAID_LANG',
        name: 'identificatie',
        primitive: 'AN16',
        mogelijk_geen_waarde: 'Nee',
      },
      { id: 'EAID_L2', clazz_id: 'EAID_LANG', name: ATTRIBUTE, primitive: 'AN20' },
    ],
    enumerations: [],
    enumerationliterals: [],
    associations: [],
    generalizations: [],
    diagrams: [],
    diagram_class: [],
    diagram_enumeration: [],
    diagram_association: [],
    diagram_generalization: [],
  });
}

describe('names longer than the engine allows, end to end on PostgreSQL', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase('ggm_long_names');
    dir = await mkdtemp(join(tmpdir(), 'ggm-long-names-'));
    await mkdir(join(dir, 'mappings'));
    await mkdir(join(dir, 'sources'));
    await writeFile(join(dir, 'model.xlsx'), workbook());
    await writeFile(
      join(dir, 'ggm.yaml'),
      [
        `model: ${JSON.stringify(join(dir, 'model.xlsx'))}`,
        `engine: ${db.url}`,
        'domains: [99 Kern]',
        'sources:',
        '  - name: registraties',
        '    format: csv',
        '    path: sources/registraties-*.csv',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'mappings', 'lang.yaml'),
      [
        'name: lang',
        `target: ${CLASS}`,
        'history:',
        '  mode: snapshot',
        'sources:',
        '  - table: registraties',
        '    alias: r',
        'key: [r.id]',
        'attributes:',
        '  identificatie: r.id',
        `  ${ATTRIBUTE}: r.${SOURCE_COLUMN}`,
        '',
      ].join('\n'),
    );
    // The third value is longer than AN20: the load cuts it and records a finding for the column.
    await writeFile(
      join(dir, 'sources', 'registraties-1.csv'),
      `id,${SOURCE_COLUMN}\nR1,eerste\nR2,tweede\nR3,veel te lange toelichting hier\n`,
    );
  });

  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates, loads, checks and traces the table and column under the same shortened names', async () => {
    const postgres = getDialect('postgres');
    const shortTable = physicalName(postgres, TABLE);
    const shortColumn = physicalName(postgres, COLUMN);
    expect(TABLE.length).toBeGreaterThan(63);
    expect(COLUMN.length).toBeGreaterThan(63);
    expect(shortTable).not.toBe(TABLE.slice(0, 63));
    expect(shortTable.length).toBeLessThanOrEqual(63);

    const result = await runProject(dir);
    expect(result.outcomes.map((o) => [o.step.id, o.status, o.message ?? ''])).toEqual(
      result.outcomes.map((o) => [o.step.id, 'succeeded', o.message ?? '']),
    );

    const engine = await openEngine({ kind: 'postgres', url: db.url });
    try {
      // DDL: the table and the column exist under the shortened names, not under PostgreSQL's cut.
      const table = await engine.describeTable({ schema: 'silver', name: shortTable });
      expect(table, `silver.${shortTable}`).toBeDefined();
      expect(table!.columns.map((c) => c.name)).toContain(shortColumn);
      // Load: the rows arrived in that column.
      const rows = await engine.query(
        `SELECT "${shortColumn}" AS tekst FROM silver."${shortTable}" ORDER BY "${shortColumn}"`,
      );
      expect(rows.map((r) => r['tekst'])).toEqual(['eerste', 'tweede', 'veel te lange toelic']);
      const findings = await engine.query(`SELECT kind FROM meta.load_findings WHERE mapping = 'lang'`);
      expect(findings).toHaveLength(1);
      // Checks: every check of the table ran against it; a wrong name would make a check's status error.
      const checks = await engine.query<{ check_id: string; status: string }>(
        `SELECT check_id, status FROM meta.check_results WHERE run_id = $1`,
        [result.runId],
      );
      expect(checks.length).toBeGreaterThan(1);
      expect(checks.map((c) => [c.check_id, c.status])).toEqual(checks.map((c) => [c.check_id, 'pass']));
      expect(checks.some((c) => c.check_id.includes('length'))).toBe(true);
      // Lineage: stored under the shortened names, and found by the full name too.
      const stored = await engine.query(
        `SELECT DISTINCT target_table FROM meta.lineage WHERE mapping = 'lang'`,
      );
      expect(stored.map((r) => r['target_table'])).toEqual([shortTable]);
      const byFull = await queryLineage(engine, `silver.${TABLE}.${COLUMN}`);
      const byShort = await queryLineage(engine, `silver.${shortTable}.${shortColumn}`);
      expect(byFull.upstream.map((e) => e.from)).toEqual([
        `bronze.registraties.${physicalName(postgres, SOURCE_COLUMN)}`,
      ]);
      expect(byShort).toEqual(byFull);
    } finally {
      await engine.close();
    }
  });

  it('runs again on the same warehouse: tables and columns are found under their short names', async () => {
    const postgres = getDialect('postgres');
    await writeFile(
      join(dir, 'sources', 'registraties-2.csv'),
      `id,${SOURCE_COLUMN}\nR1,gewijzigd\nR2,tweede\nR3,veel te lange toelichting hier\n`,
    );
    const result = await runProject(dir);
    expect(result.status).toBe('succeeded');
    expect(result.outcomes.find((o) => o.step.kind === 'prepare')?.message).toBe('all silver tables exist');
    const engine = await openEngine({ kind: 'postgres', url: db.url });
    try {
      const column = physicalName(postgres, COLUMN);
      const rows = await engine.query(
        `SELECT "${column}" AS tekst FROM silver."${physicalName(postgres, TABLE)}" WHERE valid_to IS NULL ORDER BY 1`,
      );
      expect(rows.map((r) => r['tekst'])).toEqual(['gewijzigd', 'tweede', 'veel te lange toelic']);
    } finally {
      await engine.close();
    }
  });
});
