// `npm run bench -- api [--clients N] [--seconds S] [--connections C] [--model <xlsx>] [--profile <dir>]`:
// paged reads of a class with personal data (NatuurlijkPersoon, 50 rows, the wmo-consulent's grant:
// BSNs in clear, every read audited and fsynced before its answer) at C concurrent connections against
// `ggm serve`'s server on DuckDB; baseline in the same run: the same route and rows with governance and
// audit off. Both with the server's result cache (the RESULT figures) and without it (`uncached_…`: every
// request reads DuckDB). Reports req/s, latency and the server's CPU per request (load-insensitive).
import { fork } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { defaultAuditLogPath } from '../audit/audit-log.js';
import { readLogEntries } from '../audit/log-records.js';
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
import type { LoadJob, LoadMessage, LoadResult } from './api-load.js';
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

/**
 * Governance and audit off: the same rows, a plain SELECT on the same long-lived sandbox, no LDV record;
 * its results held per session when the reader holds them (the governed server's result cache).
 */
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
    read: (read, options) => reader.read(read, options),
    resourcePurpose: () => undefined,
    classify: () => 'none',
    purposes: () => [],
  };
}

/** The LDV records and lines the governed server wrote: proof that every measured read was audited. */
async function auditLogCount(dir: string): Promise<{ records: number; lines: number; bytes: number }> {
  const path = defaultAuditLogPath(dir);
  let records = 0;
  let lines = 0;
  for await (const { entry } of readLogEntries(path)) {
    lines++;
    records += entry?.count ?? 0;
  }
  return { records, lines, bytes: (await stat(path)).size };
}

const LOAD_SCRIPT = fileURLToPath(new URL('./api-load.js', import.meta.url));

interface Measured extends LoadResult {
  /** Server process CPU (user + system, DuckDB's threads included) per answered request, in ms. */
  cpuMsPerRequest: number;
}

/**
 * Drives the server from a child process (autocannon must not take the server's event loop or count in
 * its CPU): a 2 s warm-up, then the measured run, over which the server's CPU use is taken.
 */
function load(job: LoadJob): Promise<Measured> {
  return new Promise((resolveLoad, rejectLoad) => {
    const child = fork(LOAD_SCRIPT, [JSON.stringify(job)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [], // never the server's flags (e.g. --cpu-prof) in the load generator
    });
    let cpuAtStart: NodeJS.CpuUsage | undefined;
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    child.on('message', (message: LoadMessage) => {
      if (message.kind === 'measuring') cpuAtStart = process.cpuUsage();
      else if (message.kind === 'failed') settle(() => rejectLoad(new Error(message.error)));
      else {
        const cpu = process.cpuUsage(cpuAtStart);
        const r = message.result;
        if (r.non2xx > 0 || r.errors > 0)
          settle(() =>
            rejectLoad(new Error(`the load run had ${r.non2xx} non-2xx answers and ${r.errors} errors`)),
          );
        else
          settle(() =>
            resolveLoad({ ...r, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, r.total) }),
          );
      }
    });
    child.on('error', (error) => settle(() => rejectLoad(error)));
    child.on('exit', (code) =>
      settle(() => rejectLoad(new Error(`the load generator exited with ${code} before its result`))),
    );
  });
}

/** `--profile <dir>`: a CPU profile of the server process over each mode's run (warm-up included). */
async function startProfile(): Promise<{ stop: (dir: string, mode: string) => Promise<string> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async (dir, mode) => {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      const file = join(dir, `api-${mode}.cpuprofile`);
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
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
    const paths = Array.from(
      { length: pages },
      (_, i) =>
        `/api/v1/klassen/NatuurlijkPersoon/gegevens?doel=wmo-uitvoering&pageSize=${PAGE_SIZE}&page=${i + 1}`,
    );

    const profileDir = option(args, 'profile', '');
    const measure = async (app: FastifyInstance, mode: string) => {
      try {
        const url = await app.listen({ host: '127.0.0.1', port: 0 });
        const profiler = profileDir ? await startProfile() : undefined;
        const measured = await load({ url, token, paths, connections, seconds, warmupSeconds: 2 });
        if (profiler) console.log(`api: CPU profile in ${await profiler.stop(profileDir, mode)}`);
        return measured;
      } finally {
        await app.close();
      }
    };

    // Governance and audit off first (the baseline), then governed and audited; each with the result
    // cache (as `ggm serve` runs) and without it (every request reads DuckDB).
    const measureOff = async (cached: boolean) => {
      const warehouse = serializedWarehouse(await service.openWarehouse());
      const reader = new ReaderPool(
        warehouse,
        projectKeys(dir, 'development'),
        undefined,
        cached ? {} : undefined,
      );
      try {
        const table = sqlTableName(warehouse.dialect, 'silver', 'natuurlijk_persoon');
        return await measure(
          await openProjectServer({
            service,
            access: ungoverned(reader, table),
            audit: { append: async () => undefined, appendOperation: async () => undefined },
            authentication: { apiKeys: [] },
            mode: 'development',
          }),
          cached ? 'off' : 'off-uncached',
        );
      } finally {
        await reader.close();
        await warehouse.close();
      }
    };
    const baseline = await measureOff(true);
    const baselineUncached = await measureOff(false);
    console.log(`api: baseline ${round(baseline.rps, 0)} req/s; now governed and audited`);
    const governed = await measure(await openGovernedServer(service), 'governed');
    const audited = await auditLogCount(dir);
    const uncached = await measure(
      await openGovernedServer(service, { resultCache: false }),
      'governed-uncached',
    );
    const peak = memory.stop();
    const line = (label: string, m: Measured) =>
      `  ${label.padEnd(34)} ${round(m.rps, 0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
      `server CPU ${round(m.cpuMsPerRequest)} ms/request (${m.total} requests)\n`;
    console.log(
      `api: ${persons} persons, ${pages} pages of ${PAGE_SIZE}, ${connections} connections, ${seconds} s each\n` +
        line('governed + audited, result cache:', governed) +
        line('governance off, result cache:', baseline) +
        line('governed + audited, uncached:', uncached) +
        line('governance off, uncached:', baselineUncached) +
        `  audit log after the governed run: ${audited.records} records in ${audited.lines} lines, ` +
        `${round(audited.bytes / 1024 / 1024, 1)} MB (${round(audited.records / Math.max(1, governed.total), 1)} ` +
        `records a measured request; the warm-up's requests are in the log too)\n` +
        `  uncached ratio ${round(uncached.rps / Math.max(1e-9, baselineUncached.rps), 3)}; ` +
        `load average ${loadavg()
          .map((l) => round(l, 1))
          .join(' ')} on ${availableParallelism()} cores`,
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
          cpu_ms_per_req: round(governed.cpuMsPerRequest),
          baseline_cpu_ms_per_req: round(baseline.cpuMsPerRequest),
          uncached_req_per_s: round(uncached.rps, 1),
          uncached_p50_ms: uncached.p50,
          uncached_p99_ms: uncached.p99,
          uncached_cpu_ms_per_req: round(uncached.cpuMsPerRequest),
          uncached_baseline_req_per_s: round(baselineUncached.rps, 1),
          uncached_baseline_cpu_ms_per_req: round(baselineUncached.cpuMsPerRequest),
          load_avg: round(loadavg()[0]!, 1),
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
