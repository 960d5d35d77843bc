// Data quality over recent runs: per check, its outcome in each of the last runs that ran checks
// (meta.check_results). Outcomes and counts only, never rows; granted like /kwaliteit.
import type { FastifyInstance } from 'fastify';
import { jsonValue, metaTableExists } from '../meta-pages.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

interface HistoryQuery {
  runs: number;
  tabel?: string;
}

export function registerQualityHistoryRoutes(api: FastifyInstance, context: ServerContext): void {
  const engine = context.warehouse;
  api.get<{ Querystring: HistoryQuery }>(
    '/kwaliteit-historie',
    {
      schema: {
        summary: 'De uitkomst van elke kwaliteitscontrole in de laatste runs die controles draaiden',
        tags: ['kwaliteit'],
        operationId: 'getKwaliteitHistorie',
        querystring: querySchema({
          runs: {
            type: 'integer',
            minimum: 1,
            maximum: 20,
            default: 5,
            description: 'Hoeveel van de laatste runs met controles.',
          },
          tabel: { type: 'string', pattern: '^[a-z0-9_]{1,63}$', description: 'Alleen deze tabel.' },
        }),
        response: { 200: { description: 'De runs en per controle de uitkomsten.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'kwaliteit');
      const { runs: wanted, tabel } = request.query;
      if (!(await metaTableExists(engine, 'check_results'))) return { runs: [], controles: [] };
      const runs = (
        await engine.query(
          engine.dialect.query.limit(
            'SELECT run_id, max(checked_at) AS checked_at FROM meta.check_results GROUP BY run_id ORDER BY max(checked_at) DESC',
            wanted,
          ),
        )
      ).map((r) => ({ run: String(r['run_id']), gecontroleerdOp: jsonValue(r['checked_at']) }));
      if (runs.length === 0) return { runs: [], controles: [] };
      const params: string[] = runs.map((r) => r.run);
      const placeholders = params.map((_, i) => `$${i + 1}`).join(', ');
      let where = `run_id IN (${placeholders})`;
      if (tabel) {
        params.push(tabel);
        where += ` AND table_name = $${params.length}`;
      }
      const rows = await engine.query(
        `SELECT run_id, check_id, table_name, column_name, kind, severity, status, violations, description
         FROM meta.check_results WHERE ${where} ORDER BY table_name, check_id`,
        params,
      );
      const checks = new Map<string, Record<string, unknown> & { uitkomsten: Record<string, unknown>[] }>();
      for (const r of rows) {
        const id = String(r['check_id']);
        let check = checks.get(id);
        if (!check) {
          check = {
            controle: id,
            tabel: jsonValue(r['table_name']),
            kolom: jsonValue(r['column_name']),
            soort: jsonValue(r['kind']),
            ernst: jsonValue(r['severity']),
            omschrijving: jsonValue(r['description']),
            uitkomsten: [],
          };
          checks.set(id, check);
        }
        check.uitkomsten.push({
          run: String(r['run_id']),
          status: jsonValue(r['status']),
          overtredingen: Number(r['violations'] ?? 0),
        });
      }
      return { runs, controles: [...checks.values()] };
    },
  );
}
