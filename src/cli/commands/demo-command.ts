import { resolve } from 'node:path';
import type { Command } from 'commander';
import { demoFigures, setUpDemo } from '../../demo/demo-municipality.js';
import { executeRun } from '../../pipeline/execute-run.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { batchBoundFromEnv } from '../batch-bound-env.js';
import { loadCommandModel } from '../model-source.js';
import { loadGovernance } from '../../pipeline/governance/load-governance.js';
import { formatTable, type Io } from '../output.js';
import { parsePort, serveUntilStopped, startProjectServer } from '../serve-project.js';
import { modelCounts } from './model-commands.js';
import { progress } from './run-command.js';

interface DemoOptions {
  model?: string;
  dir: string;
  clients: string;
  seed: string;
  serve: boolean;
  host: string;
  port: string;
}

/**
 * `ggm demo`: the main job behind `npm start`. Loads the GGM release, sets up the demo municipality
 * (a seeded iWmo/iJw message corpus and the social-domain mappings, once) in `--dir`, runs it on the
 * embedded default (DuckDB in a local file) and prints the first figures from silver. A second run
 * finds everything loaded and changes nothing. Then it serves the platform (API and web application)
 * until Ctrl-C, unless --no-serve.
 */
export function registerDemoCommand(program: Command, io: Io): void {
  program
    .command('demo')
    .description('run the demo municipality on the embedded default (DuckDB): messages → bronze → GGM silver')
    .option(
      '-m, --model <path|version>',
      'release workbook path or version (default: GGM_MODEL, else v2.5.1)',
    )
    .option('--dir <path>', 'where the demo project and its warehouse live', 'demo-gemeente')
    .option('--clients <n>', 'clients of the generated gemeente (first run only)', '150')
    .option('--seed <n>', 'seed of the generated messages (first run only)', '2026')
    .option('--no-serve', 'set up and run the demo, then exit (scripts, CI)')
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--port <port>', 'port to serve on (0: any free port)', '8080')
    .action(async (options: DemoOptions) => {
      if (options.serve) parsePort(options.port);
      const started = performance.now();
      const { model, file, from } = await loadCommandModel(options.model, { fallback: true });
      const counts = modelCounts(model);
      io.out(
        `GGM ${model.version ?? model.name} from ${file} (${from}, ${Math.round(performance.now() - started)} ms): ` +
          Object.entries(counts)
            .map(([k, v]) => `${v} ${k}`)
            .join(', '),
      );
      const dir = resolve(options.dir);
      const setup = await setUpDemo(dir, { clients: Number(options.clients), seed: Number(options.seed) });
      io.out(
        setup.created
          ? `Demo municipality set up in ${dir}: ${setup.messages} iWmo/iJw messages in ${setup.files} files (seed ${options.seed})` +
              (setup.population
                ? `; ${setup.population.inhabitants} inhabitants in ${setup.population.households} households, ${setup.population.dossiers} uitkeringsdossiers`
                : '')
          : `Demo municipality in ${dir} (${setup.files} message files; set up before: running it again)`,
      );
      const service = await ProjectService.open(dir);
      const { project, plan } = await service.plan({ model: file, batchBound: batchBoundFromEnv() });
      const result = await service.withWarehouse((engine) =>
        executeRun(engine, project, plan, (e) => progress(io, e)),
      );
      io.out(`run ${result.runId} ${result.status}\n`);
      const figures = await service.withWarehouse(demoFigures);
      for (const f of figures) {
        io.out(f.title);
        io.out(f.rows.length > 0 ? formatTable(f.columns, f.rows) : '(none)');
        io.out('');
      }
      io.out(`Explore it: npx ggm query -p ${options.dir} "SELECT * FROM silver.toewijzing LIMIT 5"`);
      io.out(`            npx ggm lineage -p ${options.dir} silver.toewijzing.toewijzingnummer`);
      if (result.status !== 'succeeded') {
        process.exitCode = 1;
        return;
      }
      if (!options.serve) return;
      // The server compiles the project with the release the demo ran on: no GGM_MODEL needed.
      process.env['GGM_MODEL'] = file;
      const { app, address } = await startProjectServer(
        service,
        { host: options.host, port: options.port, logLevel: process.env['GGM_LOG_LEVEL'] ?? false },
        io,
      );
      await printDemoUsers(io, dir, address);
      io.out('Stop with Ctrl-C.');
      await serveUntilStopped(app);
    });
}

/** The policy's roles: on the sign-in page each is a demo user to sign in as with one click. */
async function printDemoUsers(io: Io, dir: string, address: string): Promise<void> {
  const { policy } = await loadGovernance(dir);
  if (!policy || policy.mode !== 'development') return;
  io.out('');
  io.out(`Open ${address}/ and sign in at ${address}/inloggen as one of the demo users (one per role):`);
  io.out(
    formatTable(
      ['role', 'purposes', 'description'],
      policy.roles.map((r) => [r.name, r.purposes.join(', '), r.description ?? '']),
    ),
  );
  io.out('Switch user and purpose in the bar at the top to see masking change.');
}
