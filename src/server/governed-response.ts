// One governed read, end to end: compile under the policy, deny (problem + denied LDV record) or read on
// the sandbox, append the LDV record and wait until it is durable, then answer.
import type { FastifyRequest } from 'fastify';
import type { LdvRecordInput } from '../audit/ldv-record.js';
import type { GovernedRead, GovernedReadRequest } from '../governance/governed-read.js';
import { jsonValue } from './meta-pages.js';
import { envelope } from './pagination.js';
import { ProblemError } from './problem.js';
import { rowsJsonBytes } from './row-json.js';
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

/** Each frozen subject list (a held result's, shared by the requests it answers) made unique once. */
const uniqueSubjects = new WeakMap<readonly string[], readonly string[]>();

/** The subjects each once, in order of first appearance (a held, frozen list's answer kept with it). */
export function eachOnce(subjects: readonly string[]): readonly string[] {
  if (!Object.isFrozen(subjects)) return [...new Set(subjects)];
  let once = uniqueSubjects.get(subjects);
  if (once === undefined) {
    // frozen too, so the audit log's check of its ids holds for every request it answers
    once = Object.freeze([...new Set(subjects)]);
    uniqueSubjects.set(subjects, once);
  }
  return once;
}

/** Compile under the policy, deny (problem + denied record) or read; the LDV records durable first. */
async function governedRows(
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
  // A held result only for reads without caller values (filters, BSNs): the cache never keeps them.
  const cache = (read.filters?.length ?? 0) === 0 && read.subjects === undefined;
  const { rows, subjects } = await context.access.read(compiled, { cache });
  if (compiled.personal) {
    // The request's record and one per data subject, durable (one group commit) before a byte of
    // personal data leaves.
    await context.audit.appendOperation(
      {
        ...baseRecord(request),
        endTime: Date.now(),
        statusCode: 1,
        processingActivityId: compiled.purpose.uri,
        outcome: 'allowed',
        detail: `${compiled.role} las ${rows.length} rijen uit ${read.table} voor ${compiled.purpose.id}`,
      },
      eachOnce(subjects),
    );
  }
  return { compiled, rows };
}

function columnsOf(compiled: GovernedRead) {
  return compiled.columns.map((c) => ({
    naam: c.name,
    classificatie: c.classification,
    behandeling: c.treatment,
  }));
}

export async function governedPage(
  request: FastifyRequest,
  context: ServerContext,
  read: Omit<GovernedReadRequest, 'roles'>,
) {
  const { compiled, rows } = await governedRows(request, context, read);
  const items = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])));
  return {
    ...envelope(request, 'gegevens', items, read, { hasNext: rows.length === read.pageSize }),
    doel: compiled.purpose.id,
    kolommen: columnsOf(compiled),
  };
}

/** The `kolommen` JSON per compiled read (compiled reads are cached, so this is written once). */
const columnsJson = new WeakMap<GovernedRead, string>();

/**
 * The same page as `governedPage`, as UTF-8 JSON for the data routes (the DATA_PAGE schema's fields in
 * its order): the rows are written straight from the read (`rowsJsonBytes`, a held result's bytes
 * reused) instead of as objects for fastify to serialise. Send it with a JSON content type.
 */
export async function governedPageJson(
  request: FastifyRequest,
  context: ServerContext,
  read: Omit<GovernedReadRequest, 'roles'>,
): Promise<Buffer> {
  const { compiled, rows } = await governedRows(request, context, read);
  const page = envelope(request, 'gegevens', [], read, { hasNext: rows.length === read.pageSize });
  let kolommen = columnsJson.get(compiled);
  if (kolommen === undefined) {
    kolommen = JSON.stringify(columnsOf(compiled));
    columnsJson.set(compiled, kolommen);
  }
  return Buffer.concat([
    Buffer.from(`{"_links":${JSON.stringify(page._links)},"_embedded":{"gegevens":`, 'utf8'),
    rowsJsonBytes(rows),
    Buffer.from(
      `},"page":${JSON.stringify(page.page)},"doel":${JSON.stringify(compiled.purpose.id)},"kolommen":${kolommen}}`,
      'utf8',
    ),
  ]);
}
