// The OpenAPI document, generated from the route schemas by @fastify/swagger and completed here with what
// the NL API Design Rules ask of every operation: paths relative to the versioned server URL, the
// `API-Version` header on every success, problem+json for every error, bearer and API-key security.
import type { SwaggerOptions } from '@fastify/swagger';
import { API_BASE, API_VERSION } from './api-version.js';
import { PROBLEM_SCHEMA } from './problem.js';

type Json = Record<string, unknown>;

const HEADER_REF = { $ref: '#/components/headers/API-Version' };
const TRACEPARENT_REF = { $ref: '#/components/headers/traceparent' };

const ERRORS: Record<string, string> = {
  '400': 'Ongeldige parameters; `invalidParams` noemt ze allemaal.',
  '401': 'Niet geauthenticeerd.',
  '403': 'Niet toegestaan door het beleid.',
  '404': 'Niet gevonden.',
  '413': 'Body te groot.',
  '500': 'Interne fout.',
  '503': 'Datawarehouse niet bereikbaar.',
};

export function openApiDocumentOptions(): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'GGM-platform API',
        description:
          'Het Gemeentelijk Gegevensmodel als gegevensplatform: het model, de catalogus, herkomst, kwaliteit, runs en gegevens per GGM-klasse onder het beleid van governance.yaml.',
        version: API_VERSION,
        contact: {
          name: 'GGM-platform',
          url: 'https://github.com/ggm-platform/ggm-platform',
          email: 'beheer@ggm-platform.nl',
        },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: API_BASE }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
    },
    transformObject: (documentObject) =>
      completeDocument(documentObject as unknown as { openapiObject: Json }),
  } as SwaggerOptions;
}

function completeDocument({ openapiObject }: { openapiObject: Json }): Json {
  const document = structuredClone(openapiObject);
  const components = (document['components'] ?? {}) as Json;
  const { $id: _id, ...problem } = PROBLEM_SCHEMA;
  components['schemas'] = { ...((components['schemas'] as Json) ?? {}), Problem: problem };
  components['headers'] = {
    'API-Version': {
      description: 'De volledige versie van de API.',
      schema: { type: 'string', example: API_VERSION },
    },
    traceparent: { description: 'W3C Trace Context van dit verzoek.', schema: { type: 'string' } },
  };
  document['components'] = components;
  const paths: Json = {};
  for (const [path, item] of Object.entries((document['paths'] ?? {}) as Json)) {
    const relative = path.startsWith(API_BASE) ? path.slice(API_BASE.length) || '/' : path;
    for (const operation of Object.values(item as Json)) completeOperation(operation as Json);
    paths[relative] = item;
  }
  document['paths'] = paths;
  return document;
}

function completeOperation(operation: Json): void {
  const responses = (operation['responses'] ?? {}) as Json;
  for (const [status, response] of Object.entries(responses)) {
    if (!/^[23]/.test(status)) continue;
    const r = response as Json;
    r['headers'] = {
      ...((r['headers'] as Json) ?? {}),
      'API-Version': HEADER_REF,
      traceparent: TRACEPARENT_REF,
    };
  }
  for (const [status, description] of Object.entries(ERRORS)) {
    if (responses[status]) continue;
    responses[status] = {
      description,
      headers: { 'API-Version': HEADER_REF },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  operation['responses'] = responses;
}
