import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import { PostgresEngine } from '../../engines/postgres/postgres-engine.js';
import { createTestDatabase, type TestDatabase } from '../../engines/postgres/postgres-test-database.js';
import { parseProjectConfig } from '../../project/project-config-loader.js';
import type { ProjectConfig } from '../../project/project-config.js';
import { writeWorkbook } from '../../xlsx/workbook-writer.js';
import type { RecordSource } from '../formats/source-records.js';
import { loadRecords } from './bronze-loader.js';
import { ingestSources } from './ingest-project.js';
import { ensureWarehouse } from './meta-tables.js';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'ingest');
const BRP = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'brp-testset');

interface Setup {
  engine: Engine;
  cleanup(): Promise<void>;
}

const ENGINES: [string, () => Promise<Setup>][] = [
  [
    'duckdb',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ggm-bronze-duckdb-'));
      const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
      return { engine, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'postgres',
    async () => {
      const db = await createTestDatabase('ggm_bronze');
      const engine = await PostgresEngine.open(db.url);
      return { engine, cleanup: () => db.drop() };
    },
  ],
];

describe.each(ENGINES)('bronze ingest on %s', (name, factory) => {
  let setup: Setup;
  let engine: Engine;
  let project: string;
  let sourceDb: TestDatabase;
  let config: ProjectConfig;

  beforeAll(async () => {
    setup = await factory();
    engine = setup.engine;
    project = mkdtempSync(join(tmpdir(), `ggm-bronze-project-${name}-`));
    mkdirSync(join(project, 'sources'));
    for (const f of [
      'uitkeringen-cp1252.csv',
      'clean-utf8.csv',
      'malformed-utf8.csv',
      'invalid-utf8.csv',
      'events.ndjson',
    ])
      copyFileSync(join(FIXTURES, f), join(project, 'sources', f));
    const scratch = await DuckDbEngine.open({ path: ':memory:' });
    await scratch.execute(
      `COPY (SELECT i AS id, 'naam ' || i AS naam, i * 1.5 AS bedrag, DATE '2024-01-01' + CAST(i AS INTEGER) AS datum
             FROM range(1, 6) t(i)) TO '${join(project, 'sources', 'zaken.parquet')}' (FORMAT parquet)`,
    );
    await scratch.close();
    await writeWorkbook(join(project, 'sources', 'lijst.xlsx'), [
      { name: 'Toelichting', rows: [['niet deze']] },
      {
        name: 'Voorzieningen',
        rows: [
          ['Overzicht 2024'],
          ['client', 'bedrag', 'actief'],
          ['A1', 12.5, true],
          [],
          ['B2', 3, false],
          ['C3', undefined, true],
        ],
      },
    ]);
    sourceDb = await createTestDatabase('ggm_source');
    const src = await PostgresEngine.open(sourceDb.url);
    await src.execute('CREATE TABLE public.zaak (id INTEGER, omschrijving TEXT, gestart DATE)');
    await src.execute(
      `INSERT INTO public.zaak VALUES (1, 'bouw, "dakkapel"', '2024-03-01'), (2, '', NULL), (3, NULL, '2024-03-03')`,
    );
    await src.close();
    const yaml = `engine: duckdb:unused.duckdb
sources:
  - name: uitkeringen
    path: sources/uitkeringen-cp1252.csv
  - name: clean
    path: sources/clean*.csv
  - name: malformed
    path: sources/malformed-utf8.csv
  - name: invalid
    path: sources/invalid-utf8.csv
    csv: { encoding: utf-8 }
  - name: events
    path: sources/events.ndjson
  - name: zaken
    path: sources/zaken.parquet
  - name: lijst
    path: sources/lijst.xlsx
    sheet: Voorzieningen
    headerRow: 2
  - name: pg_zaak
    format: postgres
    url: \${SOURCE_URL}
    table: public.zaak
  - name: brp
    path: ${join(BRP, '*.csv')}
  - name: missing
    path: sources/nope.csv
  - name: wrong_sheet
    path: sources/lijst.xlsx
    sheet: Voorzienigen
allow_paths: [${BRP}]
`;
    const parsed = parseProjectConfig(yaml, join(project, 'ggm.yaml'), { SOURCE_URL: sourceDb.url });
    expect(parsed.diagnostics).toEqual([]);
    config = parsed.config!;
  });

  afterAll(async () => {
    await engine?.close();
    await setup?.cleanup();
    await sourceDb?.drop();
    rmSync(project, { recursive: true, force: true });
  });

  const bronze = (table: string, columns: string) =>
    engine.query(`SELECT ${columns} FROM bronze.${table} ORDER BY _row_number`);

  it('loads a ;-separated Windows-1252 export with decimal commas, quoting a malformed row', async () => {
    const report = await ingestSources(engine, config, ['uitkeringen']);
    expect(report.ok).toBe(true);
    const [r] = report.results;
    expect(r).toMatchObject({ status: 'loaded', rowsRead: 4, rowsLoaded: 3, rowsQuarantined: 1 });
    expect(r?.format).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',' });
    expect(await bronze('uitkeringen', 'naam, bedrag, plaats, opmerking, _row_number')).toEqual([
      {
        naam: 'José Müller',
        bedrag: '12,50',
        plaats: 'Delft',
        opmerking: 'regel 1\r\nregel 2',
        _row_number: 1,
      },
      { naam: 'René Ünal', bedrag: '1.234,00', plaats: 'Zoë', opmerking: '€ 5', _row_number: 2 },
      {
        naam: 'Anouk',
        bedrag: '7,25',
        plaats: "'s-Hertogenbosch",
        opmerking: 'met "quotes"',
        _row_number: 4,
      },
    ]);
    const q = await engine.query(
      `SELECT source, file, row_number, line, reason, raw FROM meta.quarantine WHERE source = 'uitkeringen'`,
    );
    expect(q).toEqual([
      {
        source: 'uitkeringen',
        file: 'sources/uitkeringen-cp1252.csv',
        row_number: 3,
        line: 5,
        reason: 'expected 4 fields, found 2',
        raw: 'Kapot;3,00',
      },
    ]);
    const [batch] = await engine.query(`SELECT * FROM meta.batches WHERE source = 'uitkeringen'`);
    expect(batch).toMatchObject({
      status: 'loaded',
      rows_read: 4,
      rows_loaded: 3,
      rows_quarantined: 1,
      batch_id: r?.batchId,
    });
    expect(batch?.['file_sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips the same file for the same source as a no-op', async () => {
    const before = await engine.query('SELECT count(*) AS n FROM bronze.uitkeringen');
    const report = await ingestSources(engine, config, ['uitkeringen']);
    expect(report.results.map((r) => r.status)).toEqual(['unchanged']);
    expect(report.results[0]?.diagnostics[0]?.code).toBe('GGM-I004');
    expect(await engine.query('SELECT count(*) AS n FROM bronze.uitkeringen')).toEqual(before);
    expect(await engine.query(`SELECT count(*) AS n FROM meta.batches WHERE source = 'uitkeringen'`)).toEqual(
      [{ n: 1 }],
    );
  });

  it('loads UTF-8 CSV with quoted newlines, keeping NULL apart from empty text', async () => {
    const report = await ingestSources(engine, config, ['clean']);
    expect(report.results[0]).toMatchObject({
      status: 'loaded',
      rowsLoaded: 3,
      path: engine.capabilities.nativeFileFormats.includes('csv') ? 'native' : 'stream',
    });
    expect(await bronze('clean', 'id, naam, omschrijving, _row_number')).toEqual([
      { id: '1', naam: 'Delft', omschrijving: 'twee\nregels', _row_number: 1 },
      { id: '2', naam: 'Zoë', omschrijving: '', _row_number: 2 },
      { id: '3', naam: null, omschrijving: '€ 10', _row_number: 3 },
    ]);
    const [meta] = await engine.query(
      `SELECT count(DISTINCT _batch_id) AS batches, count(DISTINCT _loaded_at) AS times FROM bronze.clean`,
    );
    expect(meta).toEqual({ batches: 1, times: 1 });
  });

  it('adds the columns a later file brings; earlier rows keep NULL there', async () => {
    copyFileSync(join(FIXTURES, 'extra-column.csv'), join(project, 'sources', 'clean-2.csv'));
    const report = await ingestSources(engine, config, ['clean']);
    expect(report.results.map((r) => [r.file, r.status])).toEqual([
      ['sources/clean-2.csv', 'loaded'],
      ['sources/clean-utf8.csv', 'unchanged'],
    ]);
    const rows = await engine.query('SELECT id, nieuw FROM bronze.clean ORDER BY id');
    expect(rows).toEqual([
      { id: '1', nieuw: null },
      { id: '2', nieuw: null },
      { id: '3', nieuw: null },
      { id: '9', nieuw: 'ja' },
    ]);
  });

  it('quarantines wrong column counts and unterminated quotes with their lines, loading the rest', async () => {
    const report = await ingestSources(engine, config, ['malformed']);
    expect(report.results[0]).toMatchObject({
      status: 'loaded',
      rowsRead: 4,
      rowsLoaded: 2,
      rowsQuarantined: 2,
      path: 'stream',
    });
    expect(await bronze('malformed', 'id, naam, _row_number')).toEqual([
      { id: '1', naam: 'a', _row_number: 1 },
      { id: '4', naam: 'd', _row_number: 4 },
    ]);
    const q = await engine.query(
      `SELECT row_number, line, reason, raw FROM meta.quarantine WHERE source = 'malformed' ORDER BY line`,
    );
    expect(q).toEqual([
      { row_number: 2, line: 3, reason: 'expected 2 fields, found 3', raw: '2,b,extra' },
      { row_number: 3, line: 4, reason: expect.stringMatching(/unterminated quoted field/), raw: '3,"open' },
    ]);
  });

  it('quarantines records with bytes that are not valid in the declared encoding', async () => {
    const report = await ingestSources(engine, config, ['invalid']);
    expect(report.results[0]).toMatchObject({ rowsLoaded: 2, rowsQuarantined: 1 });
    const q = await engine.query(`SELECT line, reason FROM meta.quarantine WHERE source = 'invalid'`);
    expect(q).toEqual([{ line: 3, reason: 'invalid utf-8 byte sequence' }]);
  });

  it('loads NDJSON, quarantining the line that is not JSON', async () => {
    const report = await ingestSources(engine, config, ['events']);
    expect(report.results[0]).toMatchObject({ rowsRead: 4, rowsLoaded: 3, rowsQuarantined: 1 });
    expect(await bronze('events', 'id, naam, tags, extra, _row_number')).toEqual([
      { id: '1', naam: 'A', tags: '["x"]', extra: null, _row_number: 1 },
      { id: '2', naam: 'B', tags: null, extra: 'true', _row_number: 2 },
      { id: '4', naam: null, tags: null, extra: null, _row_number: 5 },
    ]);
    const q = await engine.query(`SELECT line, reason, raw FROM meta.quarantine WHERE source = 'events'`);
    expect(q).toEqual([
      { line: 3, reason: expect.stringMatching(/^invalid JSON/), raw: '{"id": 3, "naam": ' },
    ]);
  });

  it('loads Parquet as text in file order', async () => {
    const report = await ingestSources(engine, config, ['zaken']);
    expect(report.results[0]).toMatchObject({ status: 'loaded', rowsLoaded: 5 });
    const rows = await bronze('zaken', 'id, naam, bedrag, datum, _row_number');
    expect(rows[0]).toEqual({ id: '1', naam: 'naam 1', bedrag: '1.5', datum: '2024-01-02', _row_number: 1 });
    expect(rows.map((r) => r['_row_number'])).toEqual([1, 2, 3, 4, 5]);
  });

  it('loads an xlsx sheet below its header row, with sheet row numbers', async () => {
    const report = await ingestSources(engine, config, ['lijst']);
    expect(report.results[0]).toMatchObject({
      status: 'loaded',
      rowsLoaded: 3,
      format: { sheet: 'Voorzieningen' },
    });
    expect(await bronze('lijst', 'client, bedrag, actief, _row_number')).toEqual([
      { client: 'A1', bedrag: '12.5', actief: 'true', _row_number: 3 },
      { client: 'B2', bedrag: '3', actief: 'false', _row_number: 5 },
      { client: 'C3', bedrag: null, actief: 'true', _row_number: 6 },
    ]);
  });

  it('loads a PostgreSQL table through COPY, and skips it while it is unchanged', async () => {
    const first = await ingestSources(engine, config, ['pg_zaak']);
    expect(first.results[0]).toMatchObject({ status: 'loaded', rowsLoaded: 3, file: 'public.zaak' });
    expect(await bronze('pg_zaak', 'id, omschrijving, gestart')).toEqual([
      { id: '1', omschrijving: 'bouw, "dakkapel"', gestart: '2024-03-01' },
      { id: '2', omschrijving: '', gestart: null },
      { id: '3', omschrijving: null, gestart: '2024-03-03' },
    ]);
    const again = await ingestSources(engine, config, ['pg_zaak']);
    expect(again.results[0]?.status).toBe('unchanged');
    expect(await engine.query('SELECT count(*) AS n FROM bronze.pg_zaak')).toEqual([{ n: 3 }]);
  });

  it.runIf(existsSync(BRP))('loads the real BRP test persons with the right row count', async () => {
    const report = await ingestSources(engine, config, ['brp']);
    expect(report.results[0]).toMatchObject({
      status: 'loaded',
      rowsRead: 2156,
      rowsLoaded: 2156,
      rowsQuarantined: 0,
    });
    const table = await engine.describeTable({ schema: 'bronze', name: 'brp' });
    expect(table?.columns.slice(0, 3).map((c) => c.name)).toEqual(['column_1', '01.01.10', '01.01.20']);
    expect(table?.columns).toHaveLength(257 + 3);
    const [bsn] = await engine.query(`SELECT count(*) AS n FROM bronze.brp WHERE "01.01.20" LIKE '9999%'`);
    expect(Number(bsn?.['n'])).toBeGreaterThan(600);
  });

  it('reports a missing file as a failed source and keeps going', async () => {
    const report = await ingestSources(engine, config, ['missing', 'uitkeringen']);
    expect(report.ok).toBe(false);
    expect(report.results.map((r) => r.status)).toEqual(['unchanged', 'failed']);
    expect(report.results[1]?.diagnostics[0]).toMatchObject({ code: 'GGM-I002', at: { line: 26, col: 5 } });
  });

  it('fails a source whose sheet does not exist, naming the nearest sheet', async () => {
    const report = await ingestSources(engine, config, ['wrong_sheet']);
    expect(report.results[0]).toMatchObject({ status: 'failed' });
    expect(report.results[0]?.diagnostics[0]).toMatchObject({
      code: 'GGM-I003',
      hint: 'did you mean Voorzieningen?',
    });
    const failed = await engine.query(
      `SELECT status, message FROM meta.batches WHERE source = 'wrong_sheet'`,
    );
    expect(failed).toEqual([{ status: 'failed', message: 'no sheet named "Voorzienigen"' }]);
  });

  it('suggests the nearest source name for an unknown one', async () => {
    const report = await ingestSources(engine, config, ['uitkering']);
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({
      code: 'GGM-I110',
      hint: expect.stringContaining('uitkeringen'),
    });
  });

  it.runIf(name === 'postgres')('loads new content once when two runs race for it', async () => {
    const race = parseProjectConfig(
      'engine: duckdb:x.duckdb\nsources:\n  - name: race\n    path: sources/race-*.csv\n',
      join(project, 'ggm.yaml'),
    ).config!;
    copyFileSync(join(FIXTURES, 'clean-utf8.csv'), join(project, 'sources', 'race-1.csv'));
    await ingestSources(engine, race); // the table exists: only meta.loaded_files can stop a double load
    copyFileSync(join(FIXTURES, 'extra-column.csv'), join(project, 'sources', 'race-2.csv'));
    expect(engine.capabilities.concurrentWriters).toBe(true);
    const [a, b] = await Promise.all([ingestSources(engine, race), ingestSources(engine, race)]);
    const statuses = [...a.results, ...b.results]
      .filter((r) => r.file.endsWith('race-2.csv'))
      .map((r) => r.status);
    expect(statuses.sort()).toEqual(['loaded', 'unchanged']);
    expect(await engine.query('SELECT count(*) AS n FROM bronze.race')).toEqual([{ n: 4 }]);
    expect(await engine.query(`SELECT count(*) AS n FROM meta.batches WHERE source = 'race'`)).toEqual([
      { n: 2 },
    ]);
  });

  it('leaves no half batch when a load dies midway', async () => {
    await ensureWarehouse(engine);
    const dying: RecordSource = {
      columns: ['a'],
      format: {},
      async *records() {
        yield [
          { row: 1, values: ['x'] },
          { row: 2, error: 'bad', raw: 'y' },
        ];
        throw new Error('disk unplugged');
      },
    };
    await expect(loadRecords({ engine, source: 'dying', file: 'd.csv' }, dying)).rejects.toThrow(
      'disk unplugged',
    );
    expect(await engine.describeTable({ schema: 'bronze', name: 'dying' })).toBeUndefined();
    expect(await engine.query(`SELECT count(*) AS n FROM meta.batches WHERE source = 'dying'`)).toEqual([
      { n: 0 },
    ]);
    expect(await engine.query(`SELECT count(*) AS n FROM meta.quarantine WHERE source = 'dying'`)).toEqual([
      { n: 0 },
    ]);
  });
});
