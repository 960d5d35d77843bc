import type { Engine } from '../../engines/engine.js';
import { yearAndHalfYearPeriods, type GoldPeriod } from '../../gold/sociaal/periods.js';
import { standardSetSteps, type StandardSetOptions } from '../../gold/sociaal/standard-set-sql.js';

export interface MaterialiseResult {
  /** Per step its name and milliseconds. */
  steps: { name: string; ms: number }[];
  periods: readonly GoldPeriod[];
}

/**
 * Builds the standard set in `gold` on an open warehouse: base views, trajectories, zorgpaden and one
 * long table per metric. Each metric is its own transaction, so a failure leaves the others intact.
 */
export async function materialiseStandardSet(
  engine: Engine,
  options: Partial<StandardSetOptions> = {},
): Promise<MaterialiseResult> {
  const periods = options.periods ?? (await periodsOfData(engine));
  const steps: MaterialiseResult['steps'] = [];
  for (const step of standardSetSteps({ ...options, periods })) {
    const t0 = performance.now();
    await engine.transaction(async (tx) => {
      for (const sql of step.statements) await tx.execute(sql);
    });
    steps.push({ name: step.name, ms: performance.now() - t0 });
  }
  return { steps, periods };
}

/** Years and half-years from the first to the last year a toewijzing starts or ends in silver. */
export async function periodsOfData(engine: Engine): Promise<GoldPeriod[]> {
  const [row] = await engine.query(
    `SELECT min(EXTRACT(YEAR FROM datum_start_toewijzing)) AS van,
      max(EXTRACT(YEAR FROM coalesce(datum_einde_toewijzing, datum_start_toewijzing))) AS tot
     FROM silver.toewijzing`,
  );
  const from = Number(row?.['van'] ?? NaN);
  const to = Number(row?.['tot'] ?? NaN);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  return yearAndHalfYearPeriods(from, Math.min(to, from + 30));
}
