import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
import { PostgresEngine } from '../engines/postgres/postgres-engine.js';
import { createTestDatabase } from '../engines/postgres/postgres-test-database.js';
import { compileGovernedRead, isDenial } from '../governance/compile-governed-read.js';
import type { GovernanceCatalog } from '../governance/governance-catalog.js';
import type { GovernedRead } from '../governance/governed-read.js';
import { parseGovernance } from '../governance/parse-governance.js';
import { GovernedReader } from '../pipeline/governance/governed-reader.js';
import { resultLine, round, trackPeakMemory } from './bench-util.js';

const CATALOG: GovernanceCatalog = {
  tables: [
    {
      schema: 'silver',
      name: 'persoon',
      aliases: ['Persoon'],
      columns: [
        { name: 'persoon_id', kind: 'integer', classification: 'personal' },
        { name: 'bsn', kind: 'text', classification: 'bsn' },
        { name: 'naam', kind: 'text', classification: 'personal' },
        { name: 'geboortedatum', kind: 'date', classification: 'personal' },
        { name: 'postcode', kind: 'text', classification: 'personal' },
        { name: 'wijk', kind: 'text', classification: 'none' },
      ],
      subject: { steps: [], bsnColumn: 'bsn' },
      orderBy: ['persoon_id'],
    },
  ],
};

const POLICY = parseGovernance(`purposes:
  - { id: onderzoek, uri: https://register.example.nl/onderzoek, name: Onderzoek, legal_basis: e }
roles:
  - { name: onderzoeker, purposes: [onderzoek] }
grants:
  - role: onderzoeker
    purpose: onderzoek
    tables: [Persoon]
    treatments: { bsn: pseudonymised, personal: generalised, persoon_id: pseudonymised }
`).policy!;

async function openEngine(kind: string, dir: string): Promise<{ engine: Engine; drop: () => Promise<void> }> {
  if (kind === 'postgres') {
    const db = await createTestDatabase('ggm_bench_governed');
    const engine = await PostgresEngine.open(db.url);
    return { engine, drop: () => db.drop() };
  }
  return { engine: await DuckDbEngine.open({ path: join(dir, 'w.duckdb') }), drop: async () => undefined };
}

/** Reads per second over `reads` requests, `concurrency` at a time, each a page at a random spot. */
async function throughput(
  reads: number,
  concurrency: number,
  one: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < reads) await one(next++);
    }),
  );
  return reads / ((performance.now() - start) / 1000);
}

/**
 * `npm run bench -- governed-read [duckdb|postgres] [reads] [rows]`: governed reads (compile the policy
 * for a request, run it on the GovernedReader's long-lived sandbox: 5 columns pseudonymised or
 * generalised, the subject HMAC per row, a filter, a page of 50) per second. Baseline: the same page of
 * the same columns in clear on the same sandbox session, no policy. Also shown: one sandbox per read.
 */
export async function run(args: string[]): Promise<void> {
  const kind = args[0] ?? 'duckdb';
  const reads = Number(args[1] ?? 2000);
  const rows = Number(args[2] ?? 100_000);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-governed-'));
  const { engine, drop } = await openEngine(kind, dir);
  const memory = trackPeakMemory();
  try {
    await engine.execute('CREATE SCHEMA IF NOT EXISTS silver');
    await engine.execute(
      'CREATE TABLE silver.persoon (persoon_id BIGINT PRIMARY KEY, bsn VARCHAR, naam VARCHAR, geboortedatum DATE, postcode VARCHAR, wijk VARCHAR)',
    );
    await engine.execute(
      `INSERT INTO silver.persoon SELECT i, CAST(100000000 + i AS VARCHAR), 'Naam ' || CAST(i AS VARCHAR),
         DATE '1940-01-01' + CAST(i % 25000 AS INTEGER), CAST(1000 + i % 9000 AS VARCHAR) || 'AB', 'wijk ' || CAST(i % 40 AS VARCHAR)
       FROM generate_series(1, ${rows}) AS r(i)`,
    );
    const request = (i: number) => ({
      roles: ['onderzoeker'],
      purpose: 'onderzoek',
      table: 'Persoon',
      page: 1 + ((i * 7919) % 40),
      pageSize: 50,
      filters: [{ column: 'wijk', op: 'eq' as const, value: `wijk ${i % 40}` }],
    });
    const reader = new GovernedReader(engine, () => Promise.resolve(Buffer.alloc(32, 9)), {
      maxSessionAgeMs: 60_000,
    });
    const compiled = (i: number) => {
      const r = compileGovernedRead(POLICY, CATALOG, request(i), kind);
      if (isDenial(r)) throw new Error(r.reason);
      return r;
    };
    const governed = (i: number) => reader.read(compiled(i));
    const plain = (i: number) => {
      const r: GovernedRead = compiled(i);
      const sql = `SELECT persoon_id, bsn, geboortedatum, postcode, wijk FROM silver.persoon t WHERE t.wijk = $1 ORDER BY persoon_id LIMIT $2 OFFSET $3`;
      return reader.read({
        ...r,
        sql,
        parameters: [`wijk ${i % 40}`, 50, (request(i).page - 1) * 50],
        subjectColumn: null,
      });
    };
    await throughput(200, 4, governed);
    await throughput(200, 4, plain);
    const baseline = await throughput(reads, 4, plain);
    const ours = await throughput(reads, 4, governed);
    const perRead = await throughput(Math.min(50, reads), 1, async (i) => {
      const once = new GovernedReader(engine, () => Promise.resolve(Buffer.alloc(32, 9)));
      try {
        return await once.read(compiled(i));
      } finally {
        await once.close();
      }
    });
    await reader.close();
    const peak = memory.stop();
    console.log(`engine                          ${kind}, ${rows} rows, pages of 50, 4 at a time`);
    console.log(`clear page, same session        ${round(baseline, 0)} reads/s   (baseline)`);
    console.log(`governed page (policy + HMAC)   ${round(ours, 0)} reads/s`);
    console.log(`a new sandbox per read          ${round(perRead, 0)} reads/s`);
    console.log(
      resultLine(
        'governed-read',
        'reads_per_s',
        ours,
        baseline,
        { sandbox_per_read_per_s: round(perRead, 0), peak_rss_mb: round(peak / 1e6, 0) },
        'higher-is-better',
      ),
    );
  } finally {
    await engine.close();
    await drop();
    await rm(dir, { recursive: true, force: true });
  }
}
