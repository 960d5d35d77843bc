import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { JsonSchema, JsonValue } from './json-schema-types.js';
import { SEMVER } from './openapi-emitter.js';

const ADR = 'https://logius-standaarden.github.io/API-Design-Rules/';

type Json = Record<string, JsonValue>;
const obj = (v: JsonValue | undefined): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};

/**
 * Checks an OpenAPI document against the NL API Design Rules that can be checked on the document
 * itself (the rules the Logius Spectral ruleset measures): contact with name, email and url, SemVer
 * version, major version in the server URL, no trailing slash, `API-Version` on success responses,
 * problem details for errors. Returns one GGM-S42x warning per violation, with the JSON pointer.
 */
export function checkApiDesignRules(document: JsonSchema, file?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (code: string, rule: string, pointer: string, message: string, hint?: string) =>
    out.push({
      code,
      severity: 'warning',
      message: `${pointer}: ${message} (NL API Design Rules ${rule})`,
      ...(file ? { at: { file } } : {}),
      hint: hint ?? `see ${ADR}#${rule}`,
    });
  const info = obj(document['info']);
  const contact = obj(info['contact']);
  const missing = ['name', 'email', 'url'].filter((k) => typeof contact[k] !== 'string' || contact[k] === '');
  if (missing.length > 0) {
    warn(
      'GGM-S420',
      '/core/doc-openapi-contact',
      '/info/contact',
      `has no ${missing.join(', ')}`,
      'pass --contact-name, --contact-email and --contact-url',
    );
  }
  if (typeof info['version'] !== 'string' || !SEMVER.test(info['version'])) {
    warn('GGM-S421', '/core/semver', '/info/version', 'is not a SemVer version');
  }
  const servers = Array.isArray(document['servers']) ? document['servers'] : [];
  servers.forEach((s, i) => {
    const url = obj(s)['url'];
    if (typeof url !== 'string' || !/\/v\d+/.test(url)) {
      warn('GGM-S422', '/core/uri-version', `/servers/${i}/url`, 'does not include the major version (/v1)');
    }
  });
  for (const [path, item] of Object.entries(obj(document['paths']))) {
    const pointer = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (path.length > 1 && path.endsWith('/')) {
      warn('GGM-S423', '/core/no-trailing-slash', pointer, 'ends with a slash');
    }
    for (const [method, operation] of Object.entries(obj(item))) {
      for (const [status, response] of Object.entries(obj(obj(operation)['responses']))) {
        const resolved = resolve(document, obj(response));
        if (/^[23]\d\d$/.test(status) && !('API-Version' in obj(resolved['headers']))) {
          warn(
            'GGM-S424',
            '/core/version-header',
            `${pointer}/${method}/responses/${status}`,
            'has no API-Version header',
          );
        }
        if (/^[45]\d\d$/.test(status) && !('application/problem+json' in obj(resolved['content']))) {
          warn(
            'GGM-S425',
            'on errors',
            `${pointer}/${method}/responses/${status}`,
            'is not application/problem+json',
            'describe errors as problem details (RFC 9457), media type application/problem+json',
          );
        }
      }
    }
  }
  return out;
}

/** A response object, following one local `$ref`. */
function resolve(document: JsonSchema, value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let node: JsonValue | undefined = document;
  for (const part of ref.slice(2).split('/')) node = obj(node)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return obj(node);
}
