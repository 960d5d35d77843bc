import type { Command } from 'commander';
import { yearAndHalfYearPeriods } from '../../gold/sociaal/periods.js';
import { ALL_STANDARD_METRICS } from '../../gold/sociaal/standard-set-sql.js';
import {
  materialiseStandardSet,
  StandardSetInputError,
} from '../../pipeline/gold-standard-set/materialise-standard-set.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { UsageError, type Io } from '../output.js';

interface Options {
  project: string;
  from?: string;
  to?: string;
  threshold?: string;
  gemeente?: string;
  list?: boolean;
}

const year = (v: string, flag: string): number => {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`${flag} takes a year (YYYY), not '${v}'`);
  return Number(v);
};

/**
 * `ggm gold-standard-set [-p dir] [--from YYYY --to YYYY] [--threshold n] [--gemeente code] [--list]`:
 * builds the social-domain standard set (docs/gold-standard-set.md) into gold on the project's warehouse.
 */
export function registerGoldStandardSetCommand(program: Command, io: Io): void {
  program
    .command('gold-standard-set')
    .description('build the social-domain standard set of indicators and zorgpaden into gold')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('--from <year>', 'first year (default: the first year of the toewijzingen in silver)')
    .option('--to <year>', 'last year (default: the last year of the toewijzingen in silver)')
    .option('--threshold <n>', 'suppress cells with fewer persons than this (0: none)', '5')
    .option('--gemeente <code>', 'count only inhabitants registered in this gemeente (BRP 09.10)')
    .option('--list', 'list the metrics and their titles, build nothing')
    .action(async (options: Options) => {
      if (options.list) {
        for (const m of ALL_STANDARD_METRICS) io.out(`${m.id.padEnd(30)} ${m.title}`);
        return;
      }
      const threshold = Number(options.threshold ?? '5');
      if (!Number.isInteger(threshold) || threshold < 0)
        throw new UsageError(`--threshold takes a whole number ≥ 0, not '${options.threshold}'`);
      if ((options.from === undefined) !== (options.to === undefined))
        throw new UsageError('give both --from and --to, or neither');
      const periods =
        options.from && options.to
          ? yearAndHalfYearPeriods(year(options.from, '--from'), year(options.to, '--to'))
          : undefined;
      const service = await ProjectService.open(options.project);
      const engine = await service.openWarehouse();
      try {
        const result = await materialiseStandardSet(engine, {
          ...(periods ? { periods } : {}),
          threshold,
          ...(options.gemeente ? { gemeente: options.gemeente } : {}),
        });
        const first = result.periods[0]?.label ?? '-';
        const last = result.periods[result.periods.length - 1]?.label ?? '-';
        io.out(`standard set: ${ALL_STANDARD_METRICS.length} metrics, periods ${first} … ${last}`);
        for (const s of result.steps)
          io.out(
            `  ${s.name.padEnd(30)} ${String(Math.round(s.ms)).padStart(6)} ms${s.cells === undefined ? '' : `  ${s.cells} cells, ${s.suppressed} suppressed`}`,
          );
        for (const n of result.notes) io.out(`note: ${n}`);
      } catch (e) {
        if (e instanceof StandardSetInputError) throw new UsageError(e.message);
        throw e;
      } finally {
        await engine.close();
      }
    });
}
