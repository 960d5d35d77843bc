import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';
import { API_CODES } from './server-codes.js';
import type { ResourceName, ServerContext } from './server-context.js';

/** Default deny: the caller's roles must be granted the resource in governance.yaml. */
export function requireResource(
  request: FastifyRequest,
  context: ServerContext,
  resource: ResourceName,
): void {
  const roles = request.principal?.roles ?? [];
  if (!context.access.allowsResource(roles, resource))
    throw new ProblemError(
      403,
      API_CODES.resourceDenied,
      `Geen van uw rollen heeft toegang tot ${resource}.`,
    );
}
