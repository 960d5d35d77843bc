// Where lineage ends upstream and what the catalog says about gold: a source (the bronze table of the
// same name) with the files loaded from it (meta.batches), and per gold metric when it was computed and
// how many of its cells are suppressed (meta.gold_metrics). Names of files and metrics, no figures and
// no personal data: any signed-in caller, like /herkomst and /tabellen.
import type { FastifyInstance } from 'fastify';
import { jsonValue, metaTableExists } from '../meta-pages.js';
import { unknownName } from '../model-lookup.js';
import { OPEN_OBJECT, paramsSchema, querySchema } from '../route-schema.js';
import type { ServerContext } from '../server-context.js';

/** The newest files of a source shown; the total is given beside them. */
const MAX_FILES = 100;

export function registerSourceRoutes(api: FastifyInstance, context: ServerContext): void {
  const engine = context.warehouse;
  const sources = context.project.config.sources;

  api.get<{ Params: { naam: string } }>(
    '/bronnen/:naam',
    {
      schema: {
        summary: 'Een bron (de bronze-tabel met dezelfde naam) en de bestanden die eruit geladen zijn',
        tags: ['herkomst'],
        operationId: 'getBron',
        params: paramsSchema(['naam'], 'De naam van de bron (ggm.yaml `sources`).'),
        querystring: querySchema({}),
        response: { 200: { description: 'De bron met haar nieuwste bestanden.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const source = sources.find((s) => s.name === request.params.naam);
      if (!source)
        throw unknownName(
          'bron',
          request.params.naam,
          sources.map((s) => s.name),
        );
      const where = source.kind === 'file' ? { pad: source.path } : { tabel: source.table ?? '(query)' };
      let files: Record<string, unknown>[] = [];
      let total = 0;
      if (await metaTableExists(engine, 'batches')) {
        const rows = await engine.query(
          `SELECT file, max(loaded_at) AS loaded_at, count(*) AS batches, sum(rows_loaded) AS rows_loaded,
             sum(rows_quarantined) AS rows_quarantined, max(CASE WHEN status = 'loaded' THEN 0 ELSE 1 END) AS failed
           FROM meta.batches WHERE source = $1 GROUP BY file ORDER BY max(loaded_at) DESC, file`,
          [source.name],
        );
        total = rows.length;
        files = rows.slice(0, MAX_FILES).map((r) => ({
          bestand: jsonValue(r['file']),
          geladenOp: jsonValue(r['loaded_at']),
          batches: Number(r['batches'] ?? 0),
          rijenGeladen: Number(r['rows_loaded'] ?? 0),
          rijenInQuarantaine: Number(r['rows_quarantined'] ?? 0),
          mislukt: Number(r['failed'] ?? 0) > 0,
        }));
      }
      return {
        naam: source.name,
        ...(source.description ? { omschrijving: source.description } : {}),
        soort: source.kind,
        formaat: source.format,
        ...where,
        bronzeTabel: `bronze.${source.name}`,
        aantalBestanden: total,
        bestanden: files,
        _links: { self: { href: `/api/v1/bronnen/${source.name}` } },
      };
    },
  );

  api.get(
    '/gold-tabellen',
    {
      schema: {
        summary: 'Per indicator: wanneer de gold-tabel berekend is, het aantal cellen en onderdrukte cellen',
        tags: ['catalogus'],
        operationId: 'getGoldTabellen',
        querystring: querySchema({}),
        response: { 200: { description: 'De gold-tabellen.', ...OPEN_OBJECT } },
      },
    },
    async () => {
      const tables = (await metaTableExists(engine, 'gold_metrics'))
        ? (
            await engine.query(
              'SELECT metric_id, computed_at, cells, suppressed FROM meta.gold_metrics ORDER BY metric_id',
            )
          ).map((r) => ({
            naam: `gold.${String(r['metric_id'])}`,
            indicator: String(r['metric_id']),
            berekendOp: jsonValue(r['computed_at']),
            cellen: Number(r['cells'] ?? 0),
            onderdrukteCellen: Number(r['suppressed'] ?? 0),
          }))
        : [];
      return { tabellen: tables };
    },
  );
}
