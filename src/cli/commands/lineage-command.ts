import type { Command } from 'commander';
import { ProjectService } from '../../pipeline/project-service.js';
import { queryLineage, type LineageEdge } from '../../pipeline/lineage-store.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

/** `ggm lineage <table.column>`: where a column comes from and what is made from it. */
export function registerLineageCommand(program: Command, io: Io): void {
  program
    .command('lineage')
    .description('column lineage: sources of a silver column, or silver columns made from a bronze column')
    .argument('<column>', '[schema.]table.column, e.g. pand.identificatie or bronze.bag_pand.identificatie')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('--json', 'print JSON')
    .action(async (column: string, options: { project: string; json?: boolean }) => {
      if (column.split('.').length < 2)
        throw new UsageError('give the column as table.column or schema.table.column');
      const engine = await (await ProjectService.open(options.project)).openWarehouse();
      let lineage: { upstream: LineageEdge[]; downstream: LineageEdge[] };
      try {
        if (!(await engine.listTables('meta')).some((t) => t.name === 'lineage')) {
          throw new UsageError('no lineage recorded yet: run `ggm run` first', 1);
        }
        lineage = await queryLineage(engine, column);
      } finally {
        await engine.close();
      }
      if (options.json) {
        printJson(io, { column, ...lineage });
        return;
      }
      if (lineage.upstream.length === 0 && lineage.downstream.length === 0) {
        throw new UsageError(`no lineage for ${column}`, 1);
      }
      const table = (edges: LineageEdge[]) =>
        formatTable(
          ['from', 'to', 'transform', 'mapping', 'expression'],
          edges.map((e) => [e.from, e.to, e.transform, e.mapping, e.expression]),
          60,
        );
      if (lineage.upstream.length > 0) io.out(`Upstream of ${column}\n${table(lineage.upstream)}\n`);
      if (lineage.downstream.length > 0) io.out(`Downstream of ${column}\n${table(lineage.downstream)}`);
    });
}
