// Ajv's validation errors (all of them, `allErrors`) as invalidParams, in Dutch, never echoing a value.
import type { FastifySchemaValidationError } from 'fastify';
import type { InvalidParam } from './problem.js';

const REASONS: Record<string, (e: FastifySchemaValidationError) => string> = {
  additionalProperties: () => 'Deze parameter is onbekend.',
  required: () => 'Deze parameter is verplicht.',
  type: (e) => `De waarde moet van het type ${String(e.params['type'])} zijn.`,
  minimum: (e) => `De waarde moet minimaal ${String(e.params['limit'])} zijn.`,
  maximum: (e) => `De waarde mag hoogstens ${String(e.params['limit'])} zijn.`,
  minLength: (e) => `De waarde moet minstens ${String(e.params['limit'])} tekens lang zijn.`,
  maxLength: (e) => `De waarde mag hoogstens ${String(e.params['limit'])} tekens lang zijn.`,
  maxItems: (e) => `Hoogstens ${String(e.params['limit'])} waarden toegestaan.`,
  minItems: (e) => `Minstens ${String(e.params['limit'])} waarden nodig.`,
  pattern: () => 'De waarde heeft niet de juiste vorm.',
  enum: (e) => `De waarde moet een van ${(e.params['allowedValues'] as unknown[]).join(', ')} zijn.`,
  format: (e) => `De waarde moet de vorm ${String(e.params['format'])} hebben.`,
};

export function invalidParamsOf(
  errors: readonly FastifySchemaValidationError[],
  context: string | undefined,
): InvalidParam[] {
  const prefix = context === 'body' ? 'body.' : '';
  const out: InvalidParam[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let name = e.instancePath
      .replace(/^\//, '')
      .replace(/\/\d+$/, '')
      .replace(/\//g, '.');
    if (e.keyword === 'additionalProperties')
      name = [name, String(e.params['additionalProperty'])].filter(Boolean).join('.');
    if (e.keyword === 'required')
      name = [name, String(e.params['missingProperty'])].filter(Boolean).join('.');
    const full = `${prefix}${name || context || 'verzoek'}`;
    const reason = (REASONS[e.keyword] ?? (() => 'De waarde is niet geldig.'))(e);
    const key = `${full}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A parameter name the caller made up may be an attack string: only echo plain names.
    out.push({ name: /^[A-Za-z0-9_.[\]-]{1,64}$/.test(full) ? full : 'onbekend', code: e.keyword, reason });
  }
  return out;
}
