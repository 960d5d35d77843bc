import { resolve } from 'node:path';
import { compileMapping } from '../compiler/compile-mapping.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

const MAPPING = `name: bench-panden
target: Model BAG/Pand
history: { mode: snapshot, close_missing: true }
sources: [{ table: panden, alias: p }]
key: p.id
attributes:
  identificatie: p.id
  status: p.status
  oorspronkelijkBouwjaar: to_integer(p.bouwjaar)
  oppervlakte: to_integer(p.oppervlakte)
  documentdatum: to_date(p.datum, 'DD-MM-YYYY')
  geconstateerd: to_boolean(p.geconstateerd)
`;

/**
 * The least a load must do: the same typed values into an identical, empty silver table (same keys and
 * indexes), without key hashing, change detection, history, findings or ledger.
 */
const PLAIN_INSERT = `INSERT INTO base.pand (geo_object_id, identificatie, oorspronkelijk_bouwjaar, oppervlakte, documentdatum, geconstateerd, valid_from)
  SELECT _row_number, id, TRY_CAST(bouwjaar AS INTEGER), TRY_CAST(oppervlakte AS INTEGER),
  CAST(try_strptime(datum, '%d-%m-%Y') AS DATE), lower(geconstateerd) IN ('j', 'ja', 'true', '1'), _loaded_at
  FROM bronze.panden WHERE _batch_id = 'B2'`;

/**
 * \`npm run bench -- mapping-load [rows] [workbook]\`: a snapshot load of Pand on DuckDB (in memory).
 * Batch 1 fills silver; batch 2 changes 10 %, drops 1 % and adds 1 % of the rows. The figure is the
 * time to apply batch 2 (stage, findings, close, insert, ledger, one transaction); the baseline is a
 * plain typed INSERT … SELECT of the same batch into an empty copy of the silver table.
 */
export async function run(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 200_000);
  const file = resolve(args[1] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const index = new ModelIndex((await loadModel(file)).model);
  const { plan } = buildSchemaPlan(index, { classes: ['99 Kern/BAG/Model BAG/Pand'], closure: false });
  // The schema as emitted (a key per version); the superclass (geo_object) is not loaded here, so
  // foreign keys to other entity tables are left out.
  const entities = new Set(plan.tables.filter((t) => t.kind === 'entity').map((t) => t.name));
  for (const t of plan.tables) t.foreignKeys = t.foreignKeys.filter((f) => !entities.has(f.table));
  const compileStart = performance.now();
  const compiled = compileMapping(MAPPING, 'bench.yaml', { index, targets: silverTargetsFromPlan(plan) }, [
    'duckdb',
  ]);
  const compileMs = performance.now() - compileStart;
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  const statuses = index.enumerations
    .get(
      (
        index.allAttributes(compiled.resolved!.classId).find((a) => a.attribute.name === 'status')!.attribute
          .type as { enumerationId: string }
      ).enumerationId,
    )!
    .literals.map((l) => l.name);

  const engine = await DuckDbEngine.open({ path: ':memory:' });
  try {
    await engine.execute('CREATE SCHEMA bronze');
    for (const schema of ['silver', 'base']) {
      await engine.execute(`CREATE SCHEMA ${schema}`);
      await engine.transaction(async (tx) => {
        for (const s of emitDdl(plan, getDialect('duckdb'), { schema }).statements) await tx.execute(s);
      });
    }
    await engine.execute(
      `CREATE TABLE bronze.panden (id VARCHAR, status VARCHAR, bouwjaar VARCHAR, oppervlakte VARCHAR, datum VARCHAR, geconstateerd VARCHAR, _batch_id VARCHAR, _row_number BIGINT, _loaded_at TIMESTAMP)`,
    );
    const status = (expr: string) =>
      `[${statuses.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}][1 + (${expr}) % ${statuses.length}]`;
    const batch = (id: string, at: string, from: number, to: number, change: string) =>
      engine.execute(`INSERT INTO bronze.panden SELECT lpad(CAST(i AS VARCHAR), 16, '0'), ${status(`i + ${change}`)},
        CAST(1900 + i % 120 AS VARCHAR), CAST(50 + (i * 7) % 400 AS VARCHAR), lpad(CAST(1 + i % 28 AS VARCHAR), 2, '0') || '-0' || CAST(1 + i % 9 AS VARCHAR) || '-2020',
        CASE WHEN i % 2 = 0 THEN 'J' ELSE 'N' END, '${id}', i - ${from} + 1, TIMESTAMP '${at}' FROM range(${from}, ${to}) t(i)`);
    await batch('B1', '2026-01-05 10:00:00', 0, rows, '0');
    await batch(
      'B2',
      '2026-01-12 10:00:00',
      Math.floor(rows / 100),
      rows + Math.floor(rows / 100),
      'CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END',
    );
    const apply = async () => {
      const start = performance.now();
      await engine.transaction(async (tx) => {
        for (const s of compiled.sql.duckdb!.statements) {
          const t0 = performance.now();
          await tx.execute(s);
          if (process.env['GGM_BENCH_VERBOSE'])
            console.log(`${round(performance.now() - t0, 1)} ms  ${s.slice(0, 70).replace(/\s+/g, ' ')}`);
        }
      });
      return performance.now() - start;
    };
    const first = await apply();
    const second = await apply();
    const versions = await engine.query('SELECT count(*) AS n, count(valid_to) AS closed FROM silver.pand');
    const start = performance.now();
    await engine.execute(PLAIN_INSERT);
    const baseline = performance.now() - start;
    console.log(`rows per batch       ${rows}`);
    console.log(`compile              ${round(compileMs, 1)} ms`);
    console.log(`batch 1 (all new)    ${round(first, 1)} ms`);
    console.log(`batch 2 (snapshot)   ${round(second, 1)} ms   (${round(rows / (second / 1000), 0)} rows/s)`);
    console.log(
      `plain insert         ${round(baseline, 1)} ms   (baseline: same rows, same table, no history)`,
    );
    console.log(`silver versions      ${versions[0]!['n']} (${versions[0]!['closed']} closed)`);
    console.log(
      resultLine('mapping-load', 'snapshot_ms', second, baseline, {
        rows,
        first_ms: round(first, 1),
        compile_ms: round(compileMs, 1),
      }),
    );
  } finally {
    await engine.close();
  }
}
