import type { Command } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ingestProject } from '../../pipeline/ingest-project.js';
import type { BatchResult } from '../../ingest/bronze/bronze-loader.js';
import { formatTable, printJson, type Io } from '../output.js';

/** An error whose diagnostics main() prints before the message. */
class IngestFailed extends Error {
  readonly code = 'GGM-I003';
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** `windows-1252 ';' decimal ','` or `sheet Blad1`: what was detected, at a glance. */
export function formatSummary(format: Record<string, unknown> | undefined): string {
  if (!format) return '';
  const parts: string[] = [];
  if (typeof format['sheet'] === 'string') parts.push(`sheet ${format['sheet']}`);
  if (typeof format['encoding'] === 'string') parts.push(format['encoding']);
  if (typeof format['delimiter'] === 'string')
    parts.push(format['delimiter'] === '\t' ? 'tab' : `'${format['delimiter']}'`);
  if (typeof format['decimal'] === 'string') parts.push(`decimal '${format['decimal']}'`);
  return parts.join(' ');
}

function summaryRows(results: readonly BatchResult[]) {
  return results.map((r) => [
    r.source,
    r.file,
    r.status,
    r.rowsRead,
    r.rowsLoaded,
    r.rowsQuarantined,
    r.path ?? '',
    formatSummary(r.format),
  ]);
}

/**
 * `ggm ingest`: loads the project's sources into bronze and prints one line per file. Exit code 0 when
 * every source loaded (quarantined records are a warning), 1 when a source could not be loaded.
 */
export function registerIngestCommand(program: Command, io: Io): void {
  program
    .command('ingest')
    .description('load the configured sources into bronze (one batch per file; unchanged files are skipped)')
    .option('-p, --project <dir>', 'project directory', '.')
    .option('-s, --source <name...>', 'only these sources')
    .option('--json', 'print the results as JSON')
    .action(async (options: { project: string; source?: string[]; json?: boolean }) => {
      const report = await ingestProject(options.project, {
        ...(options.source ? { sources: options.source } : {}),
      });
      if (!report.config) throw new IngestFailed('the project configuration has errors', report.diagnostics);
      if (options.json)
        printJson(io, { ok: report.ok, results: report.results, diagnostics: report.diagnostics });
      else if (report.results.length > 0) {
        io.out(
          formatTable(
            ['source', 'file', 'status', 'read', 'loaded', 'quarantined', 'path', 'format'],
            summaryRows(report.results),
          ),
        );
      } else if (report.diagnostics.length === 0)
        io.out('No sources configured: add them under sources: in ggm.yaml');
      const problems = [...report.diagnostics, ...report.results.flatMap((r) => r.diagnostics)].filter(
        (d) => d.severity !== 'info',
      );
      if (!options.json) for (const d of problems) io.err(formatDiagnostic(d));
      const quarantined = report.results.reduce((n, r) => n + r.rowsQuarantined, 0);
      if (!options.json && quarantined > 0)
        io.err(`warning: ${quarantined} records quarantined; see meta.quarantine`);
      if (!report.ok) {
        const failed = report.results.filter((r) => r.status === 'failed').length;
        throw new IngestFailed(
          failed > 0 ? `${failed} source file(s) could not be loaded` : 'nothing was loaded',
        );
      }
    });
}
