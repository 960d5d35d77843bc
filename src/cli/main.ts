import { Command, CommanderError } from 'commander';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { registerAuditCommands } from './commands/audit-command.js';
import { registerCheckCommand } from './commands/check-command.js';
import { registerCompileCommand } from './commands/compile-command.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerExportDbtCommand } from './commands/export-dbt-command.js';
import { registerGoldStandardSetCommand } from './commands/gold-standard-set-command.js';
import { registerGenerateContractsCommands } from './commands/generate-contracts-command.js';
import { registerGenerateDdlCommand } from './commands/generate-ddl-command.js';
import { registerGenerateMigrationCommand } from './commands/generate-migration-command.js';
import { registerIstandaardenCommands } from './commands/istandaarden-command.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerMappingSheetCommands } from './commands/mapping-sheet-command.js';
import { registerModelCommands } from './commands/model-commands.js';
import { registerModelDiffCommand } from './commands/model-diff-command.js';
import { registerLineageCommand } from './commands/lineage-command.js';
import { registerMetricsCommands } from './commands/metrics-command.js';
import { registerPolicyCommands } from './commands/policy-command.js';
import { registerQueryCommand } from './commands/query-command.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerSociaalViewsCommand } from './commands/sociaal-views-command.js';
import { registerTokenCommand } from './commands/token-command.js';
import { processIo, UsageError, type Io } from './output.js';

/** Each area of the product adds its commands here, one register function per file in ./commands. */
const REGISTRARS: ((program: Command, io: Io) => void)[] = [
  registerModelCommands,
  registerModelDiffCommand,
  registerGenerateContractsCommands,
  registerGenerateDdlCommand,
  registerGenerateMigrationCommand,
  registerInitCommand,
  registerIngestCommand,
  registerCompileCommand,
  registerRunCommand,
  registerCheckCommand,
  registerQueryCommand,
  registerLineageCommand,
  registerMetricsCommands,
  registerPolicyCommands,
  registerExportDbtCommand,
  registerDemoCommand,
  registerIstandaardenCommands,
  registerMappingSheetCommands,
  registerSociaalViewsCommand,
  registerServeCommand,
  registerTokenCommand,
  registerAuditCommands,
  registerGoldStandardSetCommand,
];

export function createProgram(io: Io = processIo): Command {
  const program = new Command('ggm')
    .description('GGM platform: the Gemeentelijk Gegevensmodel as a working data platform')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of REGISTRARS) register(program, io);
  return program;
}

/** Runs the command line and returns the process exit code (0 ok, 1 failure, 2 usage). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.err(`ggm: ${error.message}`);
      return error.exitCode;
    }
    const e = error as Error & { code?: string; diagnostics?: Parameters<typeof formatDiagnostic>[0][] };
    if (e.diagnostics) for (const d of e.diagnostics) io.err(formatDiagnostic(d));
    io.err(`ggm: ${e.code && /^GGM-/.test(e.code) ? `${e.code} ` : ''}${e.message}`);
    if (process.env['GGM_DEBUG']) io.err(e.stack ?? '');
    return 1;
  }
}
