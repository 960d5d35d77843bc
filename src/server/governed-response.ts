// One governed read, end to end: compile under the policy, deny (problem + denied LDV record) or read on
// the sandbox, append the LDV record and wait until it is durable, then answer.
import type { FastifyRequest } from 'fastify';
import type { LdvRecordInput } from '../audit/ldv-record.js';
import type { GovernedReadRequest } from '../governance/governed-read.js';
import { jsonValue } from './meta-pages.js';
import { envelope } from './pagination.js';
import { ProblemError } from './problem.js';
import type { ServerContext } from './server-context.js';

function actionName(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

function baseRecord(
  request: FastifyRequest,
): Omit<LdvRecordInput, 'statusCode' | 'outcome' | 'dataSubjects' | 'endTime'> {
  return {
    traceId: request.trace.traceId,
    spanId: request.trace.spanId,
    ...(request.trace.parentSpanId ? { parentSpanId: request.trace.parentSpanId } : {}),
    name: actionName(request),
    startTime: request.startedAt,
    actor: { user: request.principal?.user ?? 'onbekend', roles: request.principal?.roles ?? [] },
  };
}

export async function governedPage(
  request: FastifyRequest,
  context: ServerContext,
  read: Omit<GovernedReadRequest, 'roles'>,
) {
  const compiled = context.access.compile({ ...read, roles: request.principal?.roles ?? [] });
  if ('denied' in compiled) {
    await context.audit.append({
      ...baseRecord(request),
      endTime: Date.now(),
      statusCode: 0,
      dataSubjects: [],
      outcome: 'denied',
      detail: `${compiled.code} ${compiled.reason}`,
    });
    throw new ProblemError(
      compiled.status,
      compiled.code,
      compiled.reason,
      compiled.invalidParams?.map((p) => ({ ...p, code: compiled.code })),
    );
  }
  const { rows, subjects } = await context.access.read(compiled);
  if (compiled.personal) {
    // The record is durable before a byte of personal data leaves.
    await context.audit.append({
      ...baseRecord(request),
      endTime: Date.now(),
      statusCode: 1,
      processingActivityId: compiled.purpose.uri,
      dataSubjects: [...new Set(subjects)].map((id) => ({ id, type: 'BSN' as const })),
      outcome: 'allowed',
      detail: `${compiled.role} las ${rows.length} rijen uit ${read.table} voor ${compiled.purpose.id}`,
    });
  }
  const items = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])));
  return {
    ...envelope(
      request,
      'gegevens',
      items,
      { page: read.page, pageSize: read.pageSize },
      {
        hasNext: rows.length === read.pageSize,
      },
    ),
    doel: compiled.purpose.id,
    kolommen: compiled.columns.map((c) => ({
      naam: c.name,
      classificatie: c.classification,
      behandeling: c.treatment,
    })),
  };
}
