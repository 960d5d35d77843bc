// `npm run bench -- api [--clients N] [--seconds S] [--connections C] [--model <xlsx>]`: paged reads of a
// class with personal data (NatuurlijkPersoon, 50 rows, the wmo-consulent's grant: BSNs in clear, every
// read audited and fsynced before its answer) at C concurrent connections against `ggm serve`'s server
// on DuckDB; baseline in the same run: the same route and rows with governance and audit off.
import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { sqlTableName } from '../dialects/identifiers.js';
import { writeCorpus } from '../ingest/istandaarden/generator/write-corpus.js';
import { projectKeys } from '../pipeline/governance/key-blocks.js';
import { ProjectService } from '../pipeline/project-service.js';
import { runProject } from '../pipeline/run-project.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../server/auth/development-key.js';
import { openGovernedServer, openProjectServer } from '../server/open-server.js';
import { ReaderPool } from '../server/reader-pool.js';
import { serializedWarehouse } from '../server/serialized-warehouse.js';
import type { DataAccess } from '../server/server-context.js';
import { resultLine, round, trackPeakMemory } from './bench-util.js';

const SOCIAAL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'sociaal');
const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');
const PAGE_SIZE = 50;

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function setUpProject(dir: string, clients: number, model: string): Promise<void> {
  await mkdir(join(dir, 'berichten'), { recursive: true });
  await cp(join(SOCIAAL, 'mappings'), join(dir, 'mappings'), { recursive: true });
  await cp(join(SOCIAAL, 'governance.yaml'), join(dir, 'governance.yaml'));
  const corpus = join(dir, 'corpus');
  await writeCorpus(corpus, { seed: 11, clients, batchSize: 50 });
  for (const f of await readdir(join(corpus, 'valid')))
    await rename(join(corpus, 'valid', f), join(dir, 'berichten', f));
  await rm(corpus, { recursive: true, force: true });
  await writeFile(
    join(dir, 'ggm.yaml'),
    `model: ${JSON.stringify(model)}\nengine: duckdb:warehouse.duckdb\ndomains:\n  - 6 Sociaal Domein\nsources:\n  - name: istandaarden\n    format: istandaarden\n    path: berichten/*.xml\n`,
  );
  const run = await runProject(dir);
  if (run.status !== 'succeeded') throw new Error(`the benchmark project did not build: ${run.status}`);
}

/** Governance and audit off: the same rows, a plain SELECT on the same long-lived sandbox, no LDV record. */
function ungoverned(reader: ReaderPool, table: string): DataAccess {
  return {
    compile: (request) => ({
      sql: `SELECT * FROM ${table} ORDER BY rechtspersoon_id LIMIT ${request.pageSize} OFFSET ${(request.page - 1) * request.pageSize}`,
      parameters: [],
      columns: [],
      subjectColumn: null,
      personal: false,
      purpose: { id: request.purpose, uri: '', name: '' },
      role: request.roles[0] ?? '',
      table,
    }),
    read: (read) => reader.read(read),
    resourcePurpose: () => undefined,
    classify: () => 'none',
    purposes: () => [],
  };
}

async function load(url: string, token: string, seconds: number, connections: number, pages: number) {
  const requests = Array.from({ length: pages }, (_, i) => ({
    path: `/api/v1/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=${PAGE_SIZE}&page=${i + 1}`,
  }));
  // warm-up, then the measured run
  await autocannon({
    url,
    connections,
    duration: 2,
    headers: { authorization: `Bearer ${token}` },
    requests,
  });
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`the load run had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

export async function run(args: string[]): Promise<void> {
  const clients = Number(option(args, 'clients', '60'));
  const seconds = Number(option(args, 'seconds', '10'));
  const connections = Number(option(args, 'connections', '64'));
  const model = option(args, 'model', DEFAULT_RELEASE);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-api-bench-'));
  try {
    console.log(`api: building the demo municipality (${clients} clients) in ${dir}`);
    const built = performance.now();
    await setUpProject(dir, clients, model);
    console.log(`api: built in ${round((performance.now() - built) / 1000, 1)} s; measuring`);
    const key = await developmentPrivateKey(dir, { create: true });
    const token = await mintDevelopmentToken(key!, {
      roles: ['wmo-consulent'],
      subject: 'bench',
      ttlSeconds: 3600,
      audience: DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
    const memory = trackPeakMemory();
    const service = await ProjectService.open(dir);
    const persons = Number(
      (
        await service.withWarehouse((e) => e.query('SELECT count(*) AS n FROM silver.natuurlijk_persoon'))
      )[0]?.['n'],
    );
    const pages = Math.max(1, Math.min(10, Math.floor(persons / PAGE_SIZE)));

    const measure = async (app: FastifyInstance) => {
      try {
        const url = await app.listen({ host: '127.0.0.1', port: 0 });
        return await load(url, token, seconds, connections, pages);
      } finally {
        await app.close();
      }
    };

    // Baseline first: governance and audit off.
    const warehouse = serializedWarehouse(await service.openWarehouse());
    const reader = new ReaderPool(warehouse, projectKeys(dir, 'development'));
    const table = sqlTableName(warehouse.dialect, 'silver', 'natuurlijk_persoon');
    const baseline = await measure(
      await openProjectServer({
        service,
        access: ungoverned(reader, table),
        audit: { append: async () => undefined },
        authentication: { apiKeys: [] },
        mode: 'development',
      }),
    );
    await reader.close();
    await warehouse.close();
    console.log(`api: baseline ${round(baseline.rps, 0)} req/s; now governed and audited`);
    const governed = await measure(await openGovernedServer(service));
    const peak = memory.stop();
    console.log(
      `api: ${persons} persons, ${pages} pages of ${PAGE_SIZE}, ${connections} connections, ${seconds} s each\n` +
        `  governed + audited: ${round(governed.rps, 0)} req/s, p50 ${governed.p50} ms, p99 ${governed.p99} ms (${governed.total} requests)\n` +
        `  governance off:     ${round(baseline.rps, 0)} req/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms (${baseline.total} requests)`,
    );
    console.log(
      resultLine(
        'api',
        'req_per_s',
        governed.rps,
        baseline.rps,
        {
          p50_ms: governed.p50,
          p99_ms: governed.p99,
          baseline_p50_ms: baseline.p50,
          baseline_p99_ms: baseline.p99,
          connections,
          peak_rss_mb: round(peak / 1024 / 1024, 0),
        },
        'higher-is-better',
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
