import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import type { TestDatabase } from '../../engines/postgres/postgres-test-database.js';
import type { ModelIndex } from '../../model/model-index.js';
import { buildSchemaPlan, emitDdl, getDialect, shortenIdentifier, type SchemaPlan } from '../index.js';
import { emitMigration, planMigration, type MigrationPlan, type MigrationStep } from './index.js';
import {
  cloneOf,
  closeDatabase,
  databaseWith,
  minus,
  readSchema,
  referenceTableNames,
  runInBatches,
  templateWith,
  type PgSchema,
} from './testing/postgres-schema.js';
import { entityRowInserts, referencedTable } from './testing/seed-rows.js';
import { v250Rows } from './testing/release-rows.js';

const postgres = getDialect('postgres');
const quote = (n: string) => `"${n}"`;

/** The fresh v2.5.1 schema both migrations must arrive at, built once for this file. */
let freshBuild: Promise<{ plan: SchemaPlan; schema: PgSchema; close: () => Promise<void> }> | undefined;
function freshV251() {
  freshBuild ??= (async () => {
    const plan = buildSchemaPlan(await loadReleaseIndex('v2.5.1')).plan;
    const db = await databaseWith('ggm_migrate_fresh251', emitDdl(plan, postgres).statements);
    return {
      plan,
      schema: await readSchema(db.client, referenceTableNames(plan)),
      close: () => closeDatabase(db),
    };
  })();
  return freshBuild;
}
afterAll(async () => {
  if (freshBuild) await (await freshBuild).close();
});

describe.skipIf(!hasReleases())('PostgreSQL: migrating a v2.5.0 database to v2.5.1', () => {
  let from: ModelIndex;
  let to: ModelIndex;
  let fromPlan: SchemaPlan;
  let toPlan: SchemaPlan;
  let fresh: PgSchema;
  let base: TestDatabase | undefined;
  const open: Parameters<typeof closeDatabase>[0][] = [];

  beforeAll(async () => {
    [from, to] = await Promise.all([loadReleaseIndex('v2.5.0'), loadReleaseIndex('v2.5.1')]);
    fromPlan = buildSchemaPlan(from).plan;
    ({ plan: toPlan, schema: fresh } = await freshV251());
    base = await templateWith('ggm_migrate_250', [
      ...emitDdl(fromPlan, postgres).statements,
      ...v250Rows(fromPlan, quote),
    ]);
  }, 600_000);
  afterAll(async () => {
    for (const db of open) await closeDatabase(db);
    await base?.drop();
  });

  async function migrated(plan: MigrationPlan) {
    const db = await cloneOf(base!);
    open.push(db);
    await runInBatches(db.client, emitMigration(plan, postgres).statements);
    return db;
  }

  it('keeps the rows, carries renamed columns, and equals a fresh v2.5.1 schema but for the skipped drops', async () => {
    const plan = planMigration(from, to);
    expect(plan.skipped.map((s) => `${s.kind} ${s.table}.${s.column}`).sort()).toEqual([
      'drop-column begroeid_terreindeel.op_talud',
      'drop-column onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud',
      'drop-column woz_object.ligt_aan_openbare_ruimte_id',
    ]);
    expect(plan.diagnostics.filter((d) => d.code === 'GGM-S301')).toHaveLength(3);
    const { client } = await migrated(plan);

    const standplaats = await client.query(
      `SELECT begin_geldigheid::text AS b, eind_geldigheid::text AS e, datum_ingang::text AS i, datum_einde::text AS d, identificatie
         FROM standplaats WHERE object_id = 1001`,
    );
    expect(standplaats.rows).toEqual([
      {
        b: '2020-01-01',
        e: '2022-03-03',
        i: '2019-12-01',
        d: '2021-02-02',
        identificatie: '0599030000000001',
      },
    ]);
    // The status column now refers to a table of its own; the stored key still means the same literal.
    const statusTable = referencedTable(toPlan, 'verblijfsobject_rsgb_plus', 'verblijfsobjectstatus_enum_id');
    const status = await client.query(
      `SELECT e.value FROM verblijfsobject_rsgb_plus v JOIN ${statusTable} e
          ON e.${statusTable}_id = v.verblijfsobjectstatus_enum_id WHERE v.object_id = 2001`,
    );
    expect(status.rows).toEqual([{ value: 'verblijfsobject in gebruik (niet ingemeten)' }]);
    const talud = await client.query(
      'SELECT op_talud, op_talud_enum_id FROM begroeid_terreindeel WHERE geo_object_id = 3001',
    );
    expect(talud.rows).toEqual([{ op_talud: true, op_talud_enum_id: null }]);
    const woz = await client.query(
      'SELECT ligt_aan_openbare_ruimte_id AS old, ligt_aan_openbare_ruimte_rsgb_plus_id AS new FROM woz_object',
    );
    expect(woz.rows).toEqual([{ old: '4001', new: null }]);

    const schema = await readSchema(client, referenceTableNames(toPlan));
    expect(minus(fresh.columns, schema.columns)).toEqual([]);
    expect(minus(schema.columns, fresh.columns).map((c) => c.split(' ')[0])).toEqual([
      'begroeid_terreindeel.op_talud',
      'onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud',
      'woz_object.ligt_aan_openbare_ruimte_id',
    ]);
    expect(schema.tables).toEqual(fresh.tables);
    expect(minus(schema.constraints, fresh.constraints)).toEqual([]);
    expect(minus(fresh.constraints, schema.constraints)).toEqual([]);
    expect(schema.referenceRows).toEqual(fresh.referenceRows);
  });

  it('with destructive steps allowed equals a fresh v2.5.1 schema exactly', async () => {
    const plan = planMigration(from, to, { allowDestructive: true });
    expect(plan.skipped).toEqual([]);
    const { client } = await migrated(plan);
    const schema = await readSchema(client, referenceTableNames(toPlan));
    expect(minus(schema.columns, fresh.columns)).toEqual([]);
    expect(minus(fresh.columns, schema.columns)).toEqual([]);
    expect(schema.constraints).toEqual(fresh.constraints);
    expect(schema.referenceRows).toEqual(fresh.referenceRows);
    const standplaats = await client.query('SELECT begin_geldigheid::text AS b FROM standplaats');
    expect(standplaats.rows).toEqual([{ b: '2020-01-01' }]);
  });
});

const pgName = (n: string) => shortenIdentifier(n, 63);
const LINK_OLD = 'diensttype_diensttype_vereist_voorwaardetype_voorwaardetype';

/** Rows in a renamed link table, a re-created class, renumbered enumerations, a retired column, a removed class. */
function v240Rows(plan: SchemaPlan): string[] {
  const rows = (table: string, values: Record<string, string | number | boolean | null>) =>
    entityRowInserts(plan, table, values, quote);
  const knm = plan.tables.find((t) => t.name === 'knm')!;
  return [
    ...rows('diensttype', { diensttype_id: 11 }),
    ...rows('voorwaardetype', { voorwaardetype_id: 12 }),
    ...rows(LINK_OLD, { [`${LINK_OLD}_id`]: 13, diensttype_id: 11, voorwaardetype_id: 12 }),
    ...rows('standplaats', {
      object_id: 21,
      datum_begin_geldigheid: '2020-01-01',
      datum_einde: '2021-02-02',
    }),
    // enum_eindresultaat_enum 4 = 'Niet opgepakt: inwoner is verhuisd' (key 6 in v2.5.1); doelgroep 1 moves to 9.
    ...rows('vroegsignaalzaak', { zaak_id: 31, resultaat_enum_id: 4 }),
    ...rows('inburgeraar', { rechtspersoon_id: 41, gedetailleerde_doelgroep_enum_id: 1 }),
    ...rows('z_route', { leerroute_id: 51 }),
    ...rows('aanbesteding_inhuur', {
      aanbesteding_inhuur_id: 61,
      datum_sluiting: '2024-05-01 12:00:00',
      datum_sluiting_2: '2024-06-01 12:00:00',
    }),
    ...rows('knm', { [knm.primaryKey.columns[0]!]: 71 }),
  ];
}

const where = (s: MigrationStep) => `${pgName(s.table)}.${s.column ?? ''}`;

describe.skipIf(!hasReleases())('PostgreSQL: migrating a v2.4.0 database to v2.5.1', () => {
  let from: ModelIndex;
  let to: ModelIndex;
  let fromPlan: SchemaPlan;
  let toPlan: SchemaPlan;
  let fresh: PgSchema;
  let base: TestDatabase | undefined;
  const open: Parameters<typeof closeDatabase>[0][] = [];
  const values = new Map<string, string>();

  beforeAll(async () => {
    [from, to] = await Promise.all([loadReleaseIndex('v2.4.0'), loadReleaseIndex('v2.5.1')]);
    fromPlan = buildSchemaPlan(from).plan;
    ({ plan: toPlan, schema: fresh } = await freshV251());
    const source = await databaseWith('ggm_migrate_240', [
      ...emitDdl(fromPlan, postgres).statements,
      ...v240Rows(fromPlan),
    ]);
    const literal = async (table: string, key: number) =>
      (await source.client.query(`SELECT value FROM ${table} WHERE ${table}_id = $1`, [key])).rows[0]
        .value as string;
    values.set('eindresultaat', await literal('enum_eindresultaat_enum', 4));
    values.set('doelgroep', await literal('doelgroep_enum', 1));
    await source.client.end();
    base = source.db;
  }, 600_000);
  afterAll(async () => {
    for (const db of open) await closeDatabase(db);
    await base?.drop();
  });

  async function migrated(plan: MigrationPlan) {
    const db = await cloneOf(base!);
    open.push(db);
    await runInBatches(db.client, emitMigration(plan, postgres).statements);
    return db.client;
  }

  it('keeps the data and differs from a fresh v2.5.1 schema only by the listed skipped steps', async () => {
    const plan = planMigration(from, to);
    const { skipped } = plan;
    expect(skipped.length).toBeGreaterThan(0);
    expect(plan.diagnostics.filter((d) => d.code === 'GGM-S301')).toHaveLength(skipped.length);
    const client = await migrated(plan);

    const link = await client.query(
      'SELECT diensttype_id, voorwaardetype_id FROM diensttype_vereist_voorwaardetype',
    );
    expect(link.rows).toEqual([{ diensttype_id: '11', voorwaardetype_id: '12' }]);
    const standplaats = await client.query(
      'SELECT begin_geldigheid::text AS b, datum_einde::text AS d FROM standplaats',
    );
    expect(standplaats.rows).toEqual([{ b: '2020-01-01', d: '2021-02-02' }]);
    const result = await client.query(
      'SELECT e.value FROM vroegsignaalzaak z JOIN enum_eindresultaat_enum e ON e.enum_eindresultaat_enum_id = z.resultaat_enum_id',
    );
    expect(result.rows).toEqual([{ value: values.get('eindresultaat') }]);
    const doelgroep = await client.query(
      'SELECT e.value FROM inburgeraar i JOIN doelgroep_enum e ON e.doelgroep_enum_id = i.gedetailleerde_doelgroep_enum_id',
    );
    expect(doelgroep.rows).toEqual([{ value: values.get('doelgroep') }]);
    // Z-route was re-created without its superclass: its key column is renamed and keeps the value.
    expect((await client.query('SELECT z_route_id FROM z_route')).rows).toEqual([{ z_route_id: '51' }]);
    const sluiting = await client.query(
      'SELECT datum_sluiting::text AS a, datum_sluiting_old::text AS b FROM aanbesteding_inhuur',
    );
    // v2.4.0 had datumSluiting twice; v2.5.1 kept the second (by id), so the first makes room.
    expect(sluiting.rows).toEqual([{ a: '2024-06-01 12:00:00', b: '2024-05-01 12:00:00' }]);
    expect((await client.query('SELECT count(*)::int AS n FROM knm')).rows).toEqual([{ n: 1 }]);

    const schema = await readSchema(client, referenceTableNames(toPlan));
    const droppedTables = new Set(skipped.filter((s) => s.kind === 'drop-table').map((s) => pgName(s.table)));
    expect(minus(schema.tables, fresh.tables)).toEqual([...droppedTables].sort());
    expect(minus(fresh.tables, schema.tables)).toEqual([]);
    // Columns: extra ones are skipped drops; differing ones had their type or nullability change skipped.
    const droppedColumns = new Set(skipped.filter((s) => s.kind === 'drop-column').map(where));
    const unchanged = new Set(
      skipped.filter((s) => s.kind === 'alter-column-type' || s.kind === 'set-nullable').map(where),
    );
    const column = (c: string) => c.split(' ')[0]!;
    const extra = minus(schema.columns, fresh.columns)
      .map(column)
      .filter((c) => !droppedTables.has(c.split('.')[0]!));
    expect(extra.filter((c) => !droppedColumns.has(c) && !unchanged.has(c))).toEqual([]);
    expect(extra.filter((c) => droppedColumns.has(c)).length).toBe(droppedColumns.size);
    expect(
      minus(fresh.columns, schema.columns)
        .map(column)
        .filter((c) => !unchanged.has(c)),
    ).toEqual([]);
    // Constraints of the tables both have are the same.
    const onFreshTables = (s: Set<string>) =>
      new Set([...s].filter((c) => fresh.tables.has(c.split(':')[0]!)));
    expect(minus(onFreshTables(schema.constraints), fresh.constraints)).toEqual([]);
    expect(minus(fresh.constraints, schema.constraints)).toEqual([]);
    // Reference rows: the fresh ones, plus the literals whose deletion was skipped.
    const leftover = new Map(
      skipped.flatMap((s) => (s.kind === 'delete-rows' ? [[pgName(s.table), new Set(s.keys)] as const] : [])),
    );
    for (const [table, rows] of fresh.referenceRows) {
      const keep = leftover.get(table);
      const mine = schema.referenceRows
        .get(table)!
        .filter((r) => !keep?.has(Object.values(JSON.parse(r) as Record<string, number>)[0]!));
      expect(mine, table).toEqual(rows);
    }
  });

  it('with destructive steps allowed equals a fresh v2.5.1 schema exactly', async () => {
    const plan = planMigration(from, to, { allowDestructive: true });
    expect(plan.skipped).toEqual([]);
    const client = await migrated(plan);
    const schema = await readSchema(client, referenceTableNames(toPlan));
    expect(minus(schema.tables, fresh.tables)).toEqual([]);
    expect(minus(schema.columns, fresh.columns)).toEqual([]);
    expect(minus(fresh.columns, schema.columns)).toEqual([]);
    expect(minus(schema.constraints, fresh.constraints)).toEqual([]);
    expect(minus(fresh.constraints, schema.constraints)).toEqual([]);
    expect(schema.referenceRows).toEqual(fresh.referenceRows);
    const result = await client.query(
      'SELECT e.value FROM vroegsignaalzaak z JOIN enum_eindresultaat_enum e ON e.enum_eindresultaat_enum_id = z.resultaat_enum_id',
    );
    expect(result.rows).toEqual([{ value: values.get('eindresultaat') }]);
    expect((await client.query('SELECT datum_sluiting::text AS a FROM aanbesteding_inhuur')).rows).toEqual([
      { a: '2024-06-01 12:00:00' },
    ]);
  });
});
