// The audit log (Logboek Dataverwerkingen) for the privacy officer: the newest records first, the records
// of one person (an inzageverzoek, AVG art. 15: the BSN in a POST body, looked up by its pseudonym with the
// audit key, and that lookup itself recorded), and whether the hash chain is intact.
import { existsSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defaultAuditLogPath, headPathOf, readHead } from '../../audit/audit-log.js';
import { resolveKey } from '../../audit/key-store.js';
import { findSubjectRecords, isValidBsn, pseudonymiseSubject } from '../../audit/subject.js';
import { verifyAuditLog } from '../../audit/verify-audit-log.js';
import { envelope, PAGE_QUERY, pageOutOfRange, type PageQuery } from '../pagination.js';
import { ProblemError } from '../problem.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT, querySchema } from '../route-schema.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

export function registerLogbookRoutes(api: FastifyInstance, context: ServerContext): void {
  const logPath = () => defaultAuditLogPath(context.service.config.dir);

  api.get<{ Querystring: PageQuery }>(
    '/logboek',
    {
      schema: {
        summary: 'Het logboek dataverwerkingen, nieuwste eerst (alleen voor de privacy officer)',
        tags: ['logboek'],
        operationId: 'getLogboek',
        querystring: querySchema({ ...PAGE_QUERY }),
        response: { 200: { description: 'Een pagina logboekregels.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'logboek');
      const { read } = context.audit;
      if (!read)
        throw new ProblemError(503, API_CODES.unavailable, 'Het logboek kan hier niet worden gelezen.');
      const q = request.query;
      const { records, total } = await read({ offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      const totalPages = Math.max(1, Math.ceil(total / q.pageSize));
      if (q.page > totalPages) throw pageOutOfRange(totalPages);
      return envelope(request, 'records', records, q, { totalElements: total, totalPages });
    },
  );

  api.post<{ Body: { bsn: string } }>(
    '/logboek/_zoek',
    {
      schema: {
        summary: 'Alle verwerkingen van één persoon (inzageverzoek), op BSN in de body',
        tags: ['logboek'],
        operationId: 'zoekLogboek',
        querystring: querySchema({}),
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['bsn'],
          properties: { bsn: { type: 'string', pattern: '^[0-9]{9}$', description: 'Het BSN.' } },
        },
        response: { 200: { description: 'De verwerkingen van de persoon.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purposeId = requireResource(request, context, 'logboek');
      const { bsn } = request.body;
      if (!isValidBsn(bsn))
        throw new ProblemError(400, API_CODES.invalidParameters, 'Een of meer parameters zijn niet geldig.', [
          { name: 'bsn', code: 'bsn', reason: 'Geen geldig BSN (11-proef).' },
        ]);
      const { policy } = await context.service.governance({ engine: context.warehouse });
      const key = await resolveKey(policy.auditKey, {
        projectDir: context.service.config.dir,
        mode: policy.mode,
      });
      const pseudonym = pseudonymiseSubject(bsn, key);
      const records = existsSync(logPath()) ? await findSubjectRecords(logPath(), pseudonym) : [];
      // looking a person up is itself a processing of their data: recorded, durable before the answer
      await context.audit.append({
        ...recordBase(request),
        endTime: Date.now(),
        statusCode: 1,
        ...processingActivity(policy.purposes, purposeId),
        dataSubjects: [{ id: pseudonym, type: 'BSN' }],
        outcome: 'allowed',
        detail: `inzage: ${records.length} verwerkingen gevonden`,
      });
      return { _embedded: { records }, aantal: records.length };
    },
  );

  api.get(
    '/logboek/verificatie',
    {
      schema: {
        summary: 'Of de hashketen van het logboek intact is (zoals ggm audit verify)',
        tags: ['logboek'],
        operationId: 'getLogboekVerificatie',
        querystring: querySchema({}),
        response: { 200: { description: 'De uitkomst van de verificatie.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      requireResource(request, context, 'logboek');
      if (!existsSync(logPath())) return { intact: true, regels: 0, problemen: [] };
      // the anchor first: what it names is durable, so the log read after it reaches at least that far
      const anchor = await readHead(headPathOf(logPath()));
      const result = await verifyAuditLog(logPath(), { anchor: anchor ?? 'none' });
      return {
        intact: result.ok,
        regels: result.lines,
        ...(result.last ? { laatste: result.last } : {}),
        problemen: result.problems.map((p) => ({
          code: p.code,
          ernst: p.severity,
          bericht: p.message,
          ...(p.sequence !== undefined ? { volgnummer: p.sequence } : {}),
        })),
      };
    },
  );
}

function recordBase(request: FastifyRequest) {
  return {
    traceId: request.trace.traceId,
    spanId: request.trace.spanId,
    ...(request.trace.parentSpanId ? { parentSpanId: request.trace.parentSpanId } : {}),
    name: `${request.method} ${request.routeOptions.url ?? ''}`,
    startTime: request.startedAt,
    actor: { user: request.principal?.user ?? 'onbekend', roles: request.principal?.roles ?? [] },
  };
}

function processingActivity(purposes: readonly { id: string; uri: string }[], id: string) {
  const uri = purposes.find((p) => p.id === id)?.uri;
  return uri ? { processingActivityId: uri } : {};
}
