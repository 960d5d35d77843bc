import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';
import { API_CODES } from './server-codes.js';
import type { ResourceName, ServerContext } from './server-context.js';

/**
 * Default deny: one of the caller's roles must be granted the resource in governance.yaml. Returns the
 * purpose of that grant (the resource is read under it).
 */
export function requireResource(
  request: FastifyRequest,
  context: ServerContext,
  resource: ResourceName,
): string {
  const roles = request.principal?.roles ?? [];
  const purpose = context.access.resourcePurpose(roles, resource);
  if (!purpose)
    throw new ProblemError(
      403,
      API_CODES.resourceDenied,
      `Geen van uw rollen heeft toegang tot ${resource}.`,
    );
  return purpose;
}
