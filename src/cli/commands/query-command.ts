import type { Command } from 'commander';
import { ProjectService } from '../../pipeline/project-service.js';
import { readableDirectories } from '../../project/project-config.js';
import type { Row, SqlValue } from '../../engines/engine.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

/** Statements `ggm query` accepts: it is for reading the warehouse, never for changing it. */
const READ_ONLY = /^\s*(select|with|show|describe|explain|values|table|from)\b/i;
const WRITES =
  /\b(insert|update|delete|merge|create|alter|drop|truncate|copy|attach|detach|grant|revoke|call|set|pragma|install|load|vacuum|checkpoint|export|import)\b/i;

/** True when the SQL is one statement that only reads. */
export function isReadOnlySql(sql: string): boolean {
  const text = sql
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/--[^\n]*/g, '')
    .trim()
    .replace(/;\s*$/, '');
  return READ_ONLY.test(text) && !text.includes(';') && !WRITES.test(text.replace(/^\s*\w+/, ''));
}

/** `ggm query "<sql>"`: read-only SQL against the project's warehouse (bronze, silver, gold, meta). */
export function registerQueryCommand(program: Command, io: Io): void {
  program
    .command('query')
    .description('run read-only SQL against the warehouse (schemas bronze, silver, gold, meta)')
    .argument('<sql>', 'one SELECT (or WITH … SELECT) statement')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .option('--json', 'print the rows as JSON')
    .action(async (sql: string, options: { project: string; json?: boolean }) => {
      if (!isReadOnlySql(sql)) {
        throw new UsageError(
          'ggm query runs one read-only statement (SELECT/WITH …); it never changes the warehouse',
        );
      }
      const service = await ProjectService.open(options.project);
      // The sandbox, not the check above, is what keeps the query from writing, reading other files or
      // reaching the network: a read-only session on its own connection (see Engine.sandboxed).
      const rows: Row[] = await service.withWarehouse((engine) =>
        engine.sandboxed((session) => session.query(sql), {
          allowedDirectories: readableDirectories(service.config),
        }),
      );
      if (options.json) {
        printJson(
          io,
          rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, jsonValue(v)]))),
        );
        return;
      }
      const columns = rows[0] ? Object.keys(rows[0]) : [];
      io.out(
        formatTable(
          columns,
          rows.map((r) => columns.map((c) => textValue(r[c] ?? null))),
          60,
        ),
      );
      io.out(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
    });
}

function jsonValue(v: SqlValue): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return v.toISOString();
  return v;
}

function textValue(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
