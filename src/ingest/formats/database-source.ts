import { createHash } from 'node:crypto';
import type { Engine } from '../../engines/engine.js';
import { openEngine, parseEngineSpec } from '../../engines/open-engine.js';
import type { NamingRules } from '../../dialects/identifiers.js';
import { quoteIdentifier } from '../../engines/sql-text.js';
import type { CsvDialect } from './csv-dialect.js';
import { CsvStreamReader } from './csv-source.js';
import { SourceError, type RecordSource } from './source-records.js';

/** The CSV every engine's `exportCsv` writes. */
export const UTF8_CSV: CsvDialect = {
  encoding: 'utf-8',
  bomBytes: 0,
  delimiter: ',',
  quote: '"',
  escape: '"',
  header: true,
  detected: [],
};

/** `schema.table` (or `table`) as a quoted name of the source database's dialect. */
export function quotedTableName(dialect: NamingRules, name: string): string {
  return name
    .split('.')
    .map((part) => quoteIdentifier(dialect, part.replace(/^"|"$/g, '')))
    .join('.');
}

/**
 * A table or query in another database, streamed with `COPY … TO STDOUT` (PostgreSQL) as CSV text, so
 * values arrive as the server prints them. The content hash covers the streamed bytes, so an unchanged
 * table loads as a no-op.
 */
export async function openDatabaseSource(
  url: string,
  select: { table?: string; query?: string },
): Promise<RecordSource> {
  const spec = parseEngineSpec(url);
  if ('error' in spec) throw new SourceError(spec.error);
  let engine: Engine;
  try {
    engine = await openEngine(spec);
  } catch (error) {
    throw new SourceError(`cannot connect to the source database: ${(error as Error).message}`);
  }
  const sql = select.query ?? `SELECT * FROM ${quotedTableName(engine.dialect, select.table ?? '')}`;
  const hash = createHash('sha256');
  async function* hashed(): AsyncIterable<Uint8Array> {
    for await (const chunk of engine.exportCsv(sql)) {
      hash.update(chunk);
      yield chunk;
    }
  }
  let reader: CsvStreamReader;
  try {
    reader = await CsvStreamReader.open(hashed(), UTF8_CSV);
  } catch (error) {
    await engine.close();
    throw new SourceError(`cannot read ${select.table ?? 'the query'}: ${(error as Error).message}`);
  }
  let digest: string | undefined;
  return {
    columns: reader.columns,
    format: select.table ? { table: select.table } : { query: select.query ?? '' },
    async *records() {
      try {
        yield* reader.records();
      } catch (error) {
        // a connection lost mid-stream: name what was being read; the batch rolls back whole
        throw new SourceError(
          `reading ${select.table ?? 'the query'} from the source database stopped: ${(error as Error).message}`,
          'nothing of this read was loaded; run ggm ingest again when the database is reachable',
        );
      }
    },
    contentHash: () => (digest ??= hash.digest('hex')),
    async close() {
      await reader.close();
      await engine.close();
    },
  };
}
