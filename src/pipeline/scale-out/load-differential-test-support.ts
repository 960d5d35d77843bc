// Shared by the load-SQL differentials: platform load SQL transpiled to DuckDB by @polyglot-sql/sdk and
// run by the executor beside the native build, then compared table by table.
import { transpile } from '@polyglot-sql/sdk';
import type { Engine, Row } from '../../engines/engine.js';
import type { OpenedProject } from '../opened-project.js';
import type { RunPlan } from '../run-plan.js';

/**
 * What the transpiler does not carry, one DuckDB definition each: Snowflake `TO_NUMBER(hex, 'XXX…')`
 * and `TIMESTAMP_NTZ`, Databricks `conv(hex, 16, 10)` and `current_timestamp()`.
 */
export const TRANSPILE_SHIMS = [
  `CREATE TYPE TIMESTAMPNTZ AS TIMESTAMP`,
  `CREATE MACRO current_timestamp() AS get_current_timestamp()`,
  `CREATE MACRO to_number(h, f) AS CAST(('0x' || h) AS BIGINT)`,
  `CREATE MACRO conv(h, a, b) AS CAST(CAST(('0x' || h) AS BIGINT) AS VARCHAR)`,
];

export type TranspiledPlatform = 'databricks' | 'snowflake';

/** The plan with only the steps of these kinds. */
export function planSteps(plan: RunPlan, kinds: readonly string[]): RunPlan {
  return { ...plan, steps: plan.steps.filter((s) => kinds.includes(s.kind)) };
}

/**
 * One platform statement as DuckDB SQL; throws with the statement's start when it cannot. The
 * transpiler reads Spark's TIMESTAMP as DuckDB's TIMESTAMPTZ, whose text carries an offset; the
 * Databricks engine sets its session to UTC (`SET TIME ZONE 'UTC'`), where a timestamp's text has none,
 * so it becomes a plain TIMESTAMP here (one more listed stand-in: version keys hash that text).
 */
export function toDuckDb(platform: TranspiledPlatform, sql: string): string {
  const r = transpile(sql, platform as never, 'duckdb' as never);
  if (!r.success) throw new Error(`${platform} → duckdb: ${r.error}\n${sql.slice(0, 300)}`);
  const text = r.sql!.join(';\n');
  return platform === 'databricks' ? text.replace(/\bTIMESTAMPTZ\b/g, 'TIMESTAMP') : text;
}

/** Puts the platform's compiled load SQL, transpiled, where the executor reads the DuckDB SQL. */
export function useTranspiled(
  opened: OpenedProject,
  platform: OpenedProject,
  engine: TranspiledPlatform,
): void {
  for (const m of opened.mappings) {
    const sql = platform.mappings.find((p) => p.file === m.file)?.compiled.sql[engine];
    if (!sql) throw new Error(`${m.file}: no ${engine} SQL`);
    m.compiled.sql['duckdb'] = {
      ...sql,
      statements: sql.statements.map((s) => toDuckDb(engine, s)),
      pendingSql: toDuckDb(engine, sql.pendingSql),
    };
  }
}

/** Every silver table, the findings and the ledger, as sorted text (the build's own time left out). */
export async function loadState(engine: Engine): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const text = (rows: readonly Row[]) =>
    rows
      .map((r) =>
        JSON.stringify(
          Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : v === null ? null : String(v))),
        ),
      )
      .sort();
  for (const t of await engine.listTables('silver')) {
    // loaded_at is when the build ran, the one value that differs between two builds
    const columns = t.columns.map((c) => c.name).filter((c) => c !== 'loaded_at');
    out[`silver.${t.name}`] = text(
      await engine.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM silver.${t.name}`),
    );
  }
  out['meta.load_findings'] = text(
    await engine.query(
      `SELECT mapping, batch_id, row_number, kind, column_name, value FROM meta.load_findings`,
    ),
  );
  out['meta.applied_batches'] = text(
    await engine.query(`SELECT mapping, batch_id, rows_read, rows_rejected FROM meta.applied_batches`),
  );
  return out;
}
