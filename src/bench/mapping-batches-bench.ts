import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileMapping } from '../compiler/compile-mapping.js';
import { DEFAULT_BATCH_BOUND } from '../compiler/passes/batch-set-pass.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/** Delta deliveries (no close_missing): versions of one pand chain across the batches of a pass. */
const MAPPING = `name: bench-pand-deltas
target: Model BAG/Pand
history: snapshot
sources: [{ table: panden, alias: p }]
key: p.id
attributes:
  identificatie: p.id
  oorspronkelijkBouwjaar: to_integer(p.bouwjaar)
  oppervlakte: to_integer(p.oppervlakte)
  documentdatum: to_date(p.datum, 'DD-MM-YYYY')
`;

/**
 * `npm run bench -- mapping-batches [batches] [rows-per-batch] [workbook]`: many small bronze batches
 * (default 500 × 20 rows; every pand recurs in four batches, changed in about a third of the rows)
 * applied by a snapshot mapping as `ggm run` does, until nothing is pending. Ours: batch sets (the
 * default bound). Baseline: one batch per pass (bound 1), same run, a database of its own. Both must
 * give the same silver.
 */
export async function run(args: string[]): Promise<void> {
  const batches = Number(args[0] ?? 500);
  const perBatch = Number(args[1] ?? 20);
  const file = resolve(args[2] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const index = new ModelIndex((await loadModel(file)).model);
  const { plan: schema } = buildSchemaPlan(index, {
    classes: ['99 Kern/BAG/Model BAG/Pand'],
    closure: false,
  });
  const entities = new Set(schema.tables.filter((t) => t.kind === 'entity').map((t) => t.name));
  for (const t of schema.tables) t.foreignKeys = t.foreignKeys.filter((f) => !entities.has(f.table));
  const compiled = compileMapping(MAPPING, 'bench.yaml', { index, targets: silverTargetsFromPlan(schema) }, [
    'duckdb',
  ]);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.plan) throw new Error(JSON.stringify(errors));
  const oneByOne = compiled.sql.duckdb!.statements;
  // The same mapping compiled with the default bound: what `ggm run` executes.
  const setwise = compileMapping(
    MAPPING,
    'bench.yaml',
    { index, targets: silverTargetsFromPlan(schema) },
    ['duckdb'],
    {
      batchBound: DEFAULT_BATCH_BOUND,
    },
  ).sql.duckdb!.statements;
  const pendingSql = compiled.sql.duckdb!.pendingSql;
  const keys = Math.max(1, Math.floor((batches * perBatch) / 4));

  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-mapping-batches-'));
  const apply = async (name: string, statements: string[]) => {
    const engine = await DuckDbEngine.open({ path: join(dir, `${name}.duckdb`) });
    try {
      await engine.execute('CREATE SCHEMA bronze');
      await engine.execute('CREATE SCHEMA silver');
      await engine.transaction(async (tx) => {
        for (const s of emitDdl(schema, getDialect('duckdb'), { schema: 'silver' }).statements)
          await tx.execute(s);
      });
      await engine.execute(
        `CREATE TABLE bronze.panden (id VARCHAR, bouwjaar VARCHAR, oppervlakte VARCHAR, datum VARCHAR, _batch_id VARCHAR, _row_number BIGINT, _loaded_at TIMESTAMP)`,
      );
      for (let b = 0; b < batches; b++) {
        const from = b * perBatch;
        // Row i is pand (i × 7919) mod keys; a third of the rows change its bouwjaar, the rest repeat it.
        const key = `((i * 7919) % ${keys})`;
        await engine.execute(`INSERT INTO bronze.panden SELECT lpad(CAST(${key} AS VARCHAR), 16, '0'),
          CAST(1900 + (${key} + CASE WHEN i % 3 = 0 THEN ${b} ELSE 0 END) % 120 AS VARCHAR),
          CAST(50 + (${key} * 7) % 400 AS VARCHAR), lpad(CAST(1 + ${key} % 28 AS VARCHAR), 2, '0') || '-01-2020',
          'B${String(b).padStart(5, '0')}', i - ${from} + 1, TIMESTAMP '2026-01-01 00:00:00' + INTERVAL ${b} MINUTE
          FROM range(${from}, ${from + perBatch}) t(i)`);
      }
      let passes = 0;
      const start = performance.now();
      do {
        passes++;
        await engine.transaction(async (tx) => {
          for (const s of statements) await tx.execute(s);
        });
      } while (Number(Object.values((await engine.query(pendingSql))[0] ?? {})[0]) > 0);
      const ms = performance.now() - start;
      const silver = await engine.query(
        `SELECT identificatie, oorspronkelijk_bouwjaar, CAST(valid_from AS VARCHAR) AS f, CAST(valid_to AS VARCHAR) AS t, load_batch_id FROM silver.pand ORDER BY identificatie, valid_from`,
      );
      const [ledger] = await engine.query('SELECT count(*) AS n FROM meta.applied_batches');
      return {
        ms,
        passes,
        silver: JSON.stringify(silver),
        versions: silver.length,
        ledger: Number(ledger!['n']),
      };
    } finally {
      await engine.close();
    }
  };
  try {
    const base = await apply('one-by-one', oneByOne);
    const ours = await apply('set', setwise);
    const same = base.silver === ours.silver && base.ledger === ours.ledger;
    console.log(`bronze               ${batches} batches × ${perBatch} rows, ${keys} panden`);
    console.log(
      `one by one           ${round(base.ms, 0)} ms in ${base.passes} passes (${round(base.ms / batches, 1)} ms per batch)`,
    );
    console.log(
      `batch sets           ${round(ours.ms, 0)} ms in ${ours.passes} passes (bound ${DEFAULT_BATCH_BOUND.maxBatches} batches / ${DEFAULT_BATCH_BOUND.maxRows} rows)`,
    );
    console.log(
      `silver               ${ours.versions} versions, ${ours.ledger} ledger rows; ${same ? 'identical' : 'DIFFERENT'} to one by one`,
    );
    console.log(`speed-up             ${round(base.ms / ours.ms, 1)}×`);
    if (!same) process.exitCode = 1;
    console.log(
      resultLine('mapping-batches', 'ms', ours.ms, base.ms, {
        batches,
        rows_per_batch: perBatch,
        passes: ours.passes,
        identical: same ? 'yes' : 'no',
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
