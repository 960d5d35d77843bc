// For the privacy officer: a person's processing trail (inzage, AVG art. 15) with the BSN in a POST body,
// and whether the audit log's hash chain is intact. Both are themselves recorded in the log: looking a
// person up is a processing of that person; checking the chain is an act of the officer.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defaultAuditLogPath, headPathOf, readHead } from '../../audit/audit-log.js';
import { resolveKey } from '../../audit/key-store.js';
import type { LdvRecordInput } from '../../audit/ldv-record.js';
import { findSubjectRecords, isValidBsn, pseudonymiseSubject } from '../../audit/subject.js';
import { verifyAuditLog, type VerifyResult } from '../../audit/verify-audit-log.js';
import { loadGovernance } from '../../pipeline/governance/load-governance.js';
import { ProblemError } from '../problem.js';
import { requireResource } from '../resource-guard.js';
import { OPEN_OBJECT } from '../route-schema.js';
import { API_CODES } from '../server-codes.js';
import type { ServerContext } from '../server-context.js';

interface TrailBody {
  bsn: string;
}

/** Only the last three digits, so a screen or a log line does not repeat the number. */
function maskBsn(bsn: string): string {
  return `******${bsn.slice(-3)}`;
}

function verification(result: VerifyResult) {
  return {
    intact: result.ok,
    regels: result.lines,
    ...(result.last ? { laatste: { volgnummer: result.last.sequence, hash: result.last.hash } } : {}),
    ...(result.anchor ? { anker: { volgnummer: result.anchor.sequence, hash: result.anchor.hash } } : {}),
    problemen: result.problems.map((p) => ({
      code: p.code,
      ernst: p.severity,
      melding: p.message,
      ...(p.at?.line !== undefined ? { regel: p.at.line } : {}),
      ...(p.sequence !== undefined ? { volgnummer: p.sequence } : {}),
    })),
  };
}

export function registerAuditTrailRoutes(api: FastifyInstance, context: ServerContext): void {
  const projectDir = context.service.config.dir;
  const logPath = defaultAuditLogPath(projectDir);
  // The policy's audit key and the processing activity of the officer's grant, read once.
  let settings: Promise<{ key: Buffer; purposeUri: (id: string) => string | undefined }> | undefined;
  const auditSettings = () =>
    (settings ??= (async () => {
      const { policy } = await loadGovernance(projectDir);
      if (!policy) throw new ProblemError(503, API_CODES.unavailable, 'Het beleid kan niet worden gelezen.');
      const key = await resolveKey(policy.auditKey, { projectDir, env: process.env, mode: policy.mode });
      return { key, purposeUri: (id: string) => policy.purposes.find((p) => p.id === id)?.uri };
    })().catch((error: unknown) => {
      settings = undefined;
      throw error;
    }));

  const record = (
    request: FastifyRequest,
    fields: Pick<LdvRecordInput, 'dataSubjects' | 'detail'> & { processingActivityId?: string },
  ): LdvRecordInput => ({
    traceId: request.trace.traceId,
    spanId: request.trace.spanId,
    ...(request.trace.parentSpanId ? { parentSpanId: request.trace.parentSpanId } : {}),
    name: `${request.method} ${request.routeOptions.url ?? ''}`,
    startTime: request.startedAt,
    endTime: Date.now(),
    statusCode: 1,
    actor: { user: request.principal?.user ?? 'onbekend', roles: request.principal?.roles ?? [] },
    outcome: 'allowed',
    ...fields,
  });

  const verify = async () => {
    try {
      // the anchor first: what it names is durable, so the log read after it reaches at least that far
      const anchor = await readHead(headPathOf(logPath));
      return await verifyAuditLog(logPath, { anchor: anchor ?? 'none' });
    } catch {
      throw new ProblemError(503, API_CODES.unavailable, 'Het logboek kan hier niet worden gelezen.');
    }
  };

  api.get(
    '/logboek/verificatie',
    {
      schema: {
        summary: 'Of de hashketen van het logboek intact is (alleen voor de privacy officer)',
        tags: ['logboek'],
        operationId: 'getLogboekVerificatie',
        response: { 200: { description: 'De uitkomst van de controle.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'logboek');
      const { purposeUri } = await auditSettings();
      const result = await verify();
      const uri = purposeUri(purpose);
      await context.audit.append(
        record(request, {
          dataSubjects: [],
          detail: `controle van de hashketen: ${result.ok ? 'intact' : 'niet intact'}`,
          ...(uri ? { processingActivityId: uri } : {}),
        }),
      );
      return verification(result);
    },
  );

  api.post<{ Body: TrailBody }>(
    '/logboek/_zoek',
    {
      schema: {
        summary: 'Alle verwerkingen van één persoon (inzage); het BSN staat in de body, nooit in de URL',
        tags: ['logboek'],
        operationId: 'zoekLogboekPersoon',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['bsn'],
          properties: { bsn: { type: 'string', minLength: 8, maxLength: 11, description: 'Het BSN.' } },
        },
        response: { 200: { description: 'De verwerkingen van de persoon, oudste eerst.', ...OPEN_OBJECT } },
      },
    },
    async (request) => {
      const purpose = requireResource(request, context, 'logboek');
      const bsn = request.body.bsn.replace(/[\s.-]/g, '').padStart(9, '0');
      if (!/^\d{9}$/.test(bsn) || !isValidBsn(bsn))
        throw new ProblemError(400, API_CODES.invalidParameters, 'Dit is geen geldig BSN.', [
          { name: 'bsn', code: 'bsn', reason: 'Een BSN heeft negen cijfers en voldoet aan de elfproef.' },
        ]);
      const { key, purposeUri } = await auditSettings();
      const pseudonym = pseudonymiseSubject(bsn, key);
      const result = await verify();
      let onleesbaar = 0;
      const found = await findSubjectRecords(logPath, pseudonym, { onUnreadable: () => onleesbaar++ });
      const uri = purposeUri(purpose);
      // The lookup itself is durable in the log before the answer leaves.
      await context.audit.append(
        record(request, {
          dataSubjects: [{ id: pseudonym, type: 'BSN' }],
          detail: `inzage: ${found.length} verwerkingen gevonden`,
          ...(uri ? { processingActivityId: uri } : {}),
        }),
      );
      return {
        bsn: maskBsn(bsn),
        aantal: found.length,
        verificatie: verification(result),
        onleesbareRegels: onleesbaar,
        verwerkingen: found.map((r) => ({
          volgnummer: r.sequence,
          traceId: r.traceId,
          tijdstip: new Date(r.startTime).toISOString(),
          handeling: r.name,
          verwerkingsactiviteit: r.processingActivityId ?? null,
          gebruiker: r.actor.user,
          rollen: r.actor.roles,
          uitkomst: r.outcome,
          toelichting: r.detail ?? null,
        })),
      };
    },
  );
}
