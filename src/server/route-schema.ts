// Small builders for route schemas: every query string is closed (unknown parameters are a 400).
export function querySchema(properties: Record<string, object>, required: string[] = []) {
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    ...(required.length > 0 ? { required } : {}),
  };
}

/** A path parameter holding a name: letters, digits and a few separators, nothing to traverse with. */
export const NAME_PARAM = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[\\p{L}\\p{N}_. -]+$',
} as const;

export function paramsSchema(names: string[], description: string) {
  return {
    type: 'object',
    additionalProperties: false,
    required: names,
    properties: Object.fromEntries(names.map((n) => [n, { ...NAME_PARAM, description }])),
  };
}

/** A response schema that keeps every property (rows, records: their keys vary). */
export const OPEN_OBJECT = { type: 'object', additionalProperties: true } as const;
