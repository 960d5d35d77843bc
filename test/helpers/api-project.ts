// A small demo municipality for the API tests: examples/sociaal's mappings and checks, a seeded message
// corpus, run into a DuckDB file or a fresh PostgreSQL database; then a real server on a free port.
import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { AuditLog, defaultAuditLogPath } from '../../src/audit/audit-log.js';
import type { AuthenticationConfig, GovernanceMode } from '../../src/governance/authentication-config.js';
import { createTestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { writeCorpus } from '../../src/ingest/istandaarden/generator/write-corpus.js';
import { ProjectService } from '../../src/pipeline/project-service.js';
import { runProject } from '../../src/pipeline/run-project.js';
import { openProjectServer } from '../../src/server/open-server.js';
import type { DataAccess } from '../../src/server/server-context.js';
import { releasePath } from './releases.js';

const SOCIAAL = resolve(import.meta.dirname, '..', '..', 'examples', 'sociaal');

export interface ApiProject {
  dir: string;
  engine: string;
  remove: () => Promise<void>;
}

/** Writes and runs the project; `engine` is `duckdb` or `postgres`. */
export async function createApiProject(
  engine: 'duckdb' | 'postgres',
  options: { clients?: number; governance?: string; gold?: boolean; run?: boolean } = {},
): Promise<ApiProject> {
  const clients = options.clients ?? 6;
  const dir = await mkdtemp(join(tmpdir(), 'ggm-api-'));
  let drop = async () => undefined as void;
  let spec = 'duckdb:warehouse.duckdb';
  if (engine === 'postgres') {
    const db = await createTestDatabase('ggm_api');
    spec = db.url;
    drop = () => db.drop();
  }
  await mkdir(join(dir, 'berichten'), { recursive: true });
  await cp(join(SOCIAAL, 'mappings'), join(dir, 'mappings'), { recursive: true });
  await cp(join(SOCIAAL, 'checks'), join(dir, 'checks'), { recursive: true });
  if (options.governance) await cp(options.governance, join(dir, 'governance.yaml'));
  if (options.gold) await cp(join(SOCIAAL, 'gold'), join(dir, 'gold'), { recursive: true });
  const corpus = join(dir, 'corpus');
  await writeCorpus(corpus, { seed: 7, clients, batchSize: 25 });
  for (const f of await readdir(join(corpus, 'valid')))
    await rename(join(corpus, 'valid', f), join(dir, 'berichten', f));
  await cp(join(corpus, 'invalid', 'CS002.xml'), join(dir, 'berichten', 'zz-ongeldig.xml'));
  await rm(corpus, { recursive: true, force: true });
  await writeFile(
    join(dir, 'ggm.yaml'),
    [
      `model: ${JSON.stringify(releasePath('v2.5.1'))}`,
      `engine: ${spec}`,
      'domains:',
      '  - 6 Sociaal Domein',
      'sources:',
      '  - name: istandaarden',
      '    format: istandaarden',
      '    path: berichten/*.xml',
      '',
    ].join('\n'),
  );
  // run: false leaves it to the caller (a test that runs the plan's steps itself)
  if (options.run !== false) await runProject(dir);
  return {
    dir,
    engine: spec,
    remove: async () => {
      await drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  audit: AuditLog;
  /** Every log line the server wrote (JSON). */
  logs: string[];
  close: () => Promise<void>;
}

export async function startApiServer(
  dir: string,
  options: { access: DataAccess; authentication: AuthenticationConfig; mode?: GovernanceMode },
): Promise<RunningServer> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const audit = await AuditLog.open(defaultAuditLogPath(dir));
  const service = await ProjectService.open(dir);
  const app = await openProjectServer({
    service,
    access: options.access,
    audit,
    authentication: options.authentication,
    mode: options.mode ?? 'development',
    logger: { level: 'info', stream },
    onClose: () => audit.close(),
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, app, audit, logs, close: () => app.close() };
}
