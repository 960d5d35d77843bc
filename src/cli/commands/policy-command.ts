import type { Command } from 'commander';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { compileGovernedRead, isDenial } from '../../governance/compile-governed-read.js';
import { isKeyParameter } from '../../governance/column-treatments.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';
import { registerPolicyExportCommand } from './policy-export-command.js';

/** A parameter as `ggm policy explain` shows it: keys by name only, never their bytes. */
function shownParameter(p: unknown): string {
  if (isKeyParameter(p)) return `<key ${p.key} ${p.part === 'inner' ? 'k⊕ipad' : 'k⊕opad'}>`;
  return JSON.stringify(p);
}

/** `ggm policy explain|check`: what governance.yaml allows, and the SQL a governed read runs. */
export function registerPolicyCommands(program: Command, io: Io): void {
  const policy = program
    .command('policy')
    .description(
      'the governance policy (governance.yaml): check it, explain a read, export it to a platform',
    );
  registerPolicyExportCommand(policy, io);

  policy
    .command('explain')
    .description('print the SQL a governed read runs for a role and purpose, and how each column is treated')
    .argument(
      '<table>',
      'a GGM class, silver table, gold.<metric> or resource (kwaliteit, runs, quarantaine)',
    )
    .requiredOption('--role <role>', 'the role the caller has')
    .requiredOption('--purpose <purpose>', 'the processing activity the read is for')
    .option('--page-size <n>', 'rows per page', '10')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('-m, --model <path|version>', "release workbook or version instead of ggm.yaml's model")
    .option('--json', 'print JSON')
    .action(
      async (
        table: string,
        options: {
          role: string;
          purpose: string;
          pageSize: string;
          project: string;
          model?: string;
          json?: boolean;
        },
      ) => {
        const pageSize = Number(options.pageSize);
        if (!Number.isInteger(pageSize) || pageSize < 1)
          throw new UsageError('--page-size must be a whole number from 1');
        const service = await ProjectService.open(options.project);
        const {
          policy: p,
          catalog,
          dialect,
        } = await service.governance({
          probe: false,
          ...(options.model ? { model: options.model } : {}),
        });
        const read = compileGovernedRead(
          p,
          catalog,
          { roles: [options.role], purpose: options.purpose, table, page: 1, pageSize },
          dialect,
        );
        if (isDenial(read)) throw new UsageError(`denied (${read.status} ${read.code}): ${read.reason}`, 1);
        const parameters = read.parameters.map(shownParameter);
        if (options.json) {
          printJson(io, { ...read, parameters });
          return;
        }
        io.out(`-- ${read.role} reads ${read.table} for ${read.purpose.id} (${read.purpose.uri})`);
        io.out(`${read.sql};`);
        io.out('');
        io.out(
          formatTable(
            ['#', 'parameter'],
            parameters.map((v, i) => [`$${i + 1}`, v]),
            80,
          ),
        );
        io.out('');
        io.out(
          formatTable(
            ['column', 'classification', 'treatment'],
            read.columns.map((c) => [c.name, c.classification, c.treatment]),
            60,
          ),
        );
        if (read.subjectColumn)
          io.out(
            `\nData subject per row: HMAC-SHA256 of the BSN with the audit key (${read.subjectColumn}, stripped before the response)`,
          );
      },
    );

  policy
    .command('check')
    .description('validate governance.yaml against the warehouse and print the classification')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('-m, --model <path|version>', "release workbook or version instead of ggm.yaml's model")
    .option('--json', 'print JSON')
    .action(async (options: { project: string; model?: string; json?: boolean }) => {
      const service = await ProjectService.open(options.project);
      const {
        policy: p,
        catalog,
        diagnostics,
      } = await service.governance(options.model ? { model: options.model } : {});
      if (options.json) {
        printJson(io, {
          diagnostics,
          catalog,
          purposes: p.purposes,
          roles: p.roles,
          grants: p.grants.length,
        });
        return;
      }
      for (const d of diagnostics) io.err(formatDiagnostic(d));
      const rows = catalog.tables.flatMap((t) =>
        t.columns
          .filter((c) => c.classification !== 'none')
          .map((c) => [`${t.schema}.${t.name}`, c.name, c.classification, c.reason ?? '']),
      );
      io.out(formatTable(['table', 'column', 'classification', 'why'], rows, 70));
      const persons = catalog.tables.filter((t) => t.subject).map((t) => t.name);
      io.out(`\nRows about persons (audited, data subject by BSN): ${persons.join(', ') || 'none'}`);
      io.out(
        `${p.file || 'no governance.yaml'}: ${p.purposes.length} purposes, ${p.roles.length} roles, ${p.grants.length} grants (mode ${p.mode}); everything else is denied`,
      );
    });
}
