import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelIndex } from '../../model/model-index.js';
import { selectClasses } from '../../model/model-selection.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildContractModel } from './contract-model.js';
import { checkApiDesignRules } from './api-design-rules-check.js';
import { dutchPlural } from './dutch-plural.js';
import { collectionPath, emitOpenApi } from './openapi-emitter.js';
import { CONTRACT_KEYWORDS, type JsonSchema, type JsonValue } from './json-schema-types.js';

/** Every `$ref` in the document, with the JSON pointer it names when it is local. */
function refs(value: JsonValue, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolvePointer(document: JsonSchema, ref: string): JsonValue | undefined {
  let node: JsonValue | undefined = document;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined;
  }
  return node;
}

async function validateOpenApi(document: JsonSchema) {
  const validator = new Validator();
  return validator.validate(structuredClone(document));
}

describe.skipIf(!hasReleases())('OpenAPI 3.1 from GGM v2.5.1', () => {
  let index: ModelIndex;
  let document: JsonSchema;

  beforeAll(async () => {
    index = await loadReleaseIndex('v2.5.1');
    const model = buildContractModel(index, selectClasses(index, { domains: ['Dienstverlening'] }));
    document = emitOpenApi(model, {
      paths: true,
      contact: { email: 'gegevensmodel@example.nl' },
      baseUri: 'https://data.example.nl/ggm/',
    });
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validateOpenApi(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document['openapi']).toBe('3.1.0');
  });

  it('is checked by a validator that rejects a broken document', async () => {
    const broken = structuredClone(document);
    delete (broken['info'] as JsonSchema)['version'];
    (broken['paths'] as JsonSchema)['/klantbeoordelingen'] = { get: { responses: 'none' } };
    expect((await validateOpenApi(broken)).valid).toBe(false);
  });

  it('follows the NL API Design Rules that can be checked on the document', () => {
    expect(checkApiDesignRules(document)).toEqual([]);
    // without an e-mail address the contact is incomplete (/core/doc-openapi-contact)
    const model = buildContractModel(
      index,
      selectClasses(index, { classes: ['Klantbeoordeling'], closure: false }),
    );
    const plain = emitOpenApi(model, { paths: true });
    expect(checkApiDesignRules(plain).map((d) => d.code)).toEqual(['GGM-S420']);
  });

  it('reports each design rule a document breaks', () => {
    const broken = structuredClone(document) as JsonSchema & {
      info: JsonSchema;
      paths: Record<string, JsonSchema>;
    };
    broken.info['version'] = 'v1';
    broken['servers'] = [{ url: 'https://api.example.nl/ggm' }];
    broken.paths['/klantbeoordelingen/'] = {
      get: {
        responses: {
          '200': { description: 'ok' },
          '404': { description: 'niet gevonden', content: { 'application/json': {} } },
        },
      },
    };
    expect(checkApiDesignRules(broken).map((d) => d.code)).toEqual([
      'GGM-S421',
      'GGM-S422',
      'GGM-S423',
      'GGM-S424',
      'GGM-S425',
    ]);
  });

  it('has info with contact and a SemVer version', () => {
    const info = document['info'] as JsonSchema;
    expect(info['version']).toBe('2.5.1');
    expect(info['contact']).toMatchObject({ email: 'gegevensmodel@example.nl' });
    expect((info['contact'] as JsonSchema)['name']).toBeTruthy();
    expect(document['servers']).toEqual([{ url: '/api/v2' }]);
  });

  it('resolves every $ref inside the document', () => {
    const all = refs(document);
    expect(all.length).toBeGreaterThan(100);
    for (const ref of all) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      expect(resolvePointer(document, ref), ref).toBeDefined();
    }
  });

  it('has read-only, plural, kebab-case collection paths without trailing slash and problem+json errors', () => {
    const paths = document['paths'] as Record<string, JsonSchema>;
    expect(Object.keys(paths)).toContain('/klantbeoordelingen');
    expect(Object.keys(paths)).toContain('/klantbeoordelingen/{id}');
    for (const [path, item] of Object.entries(paths)) {
      expect(path).toMatch(/^(\/[a-z0-9]+(-[a-z0-9]+)*)(\/\{id\})?$/);
      expect(Object.keys(item)).toEqual(['get']);
    }
    const responses = (document['components'] as JsonSchema)['responses'] as Record<string, JsonSchema>;
    for (const r of Object.values(responses)) {
      expect(Object.keys(r['content'] as JsonSchema)).toEqual(['application/problem+json']);
    }
    // only selected objecttypes get paths, not classes pulled in by closure
    expect(Object.keys(paths).length).toBe(2 * index.classesInDomain(index.findDomain('10')!).length);
  });

  it('validates instances with its component schemas (JSON Schema 2020-12)', () => {
    const ajv = new Ajv2020({ strict: true, strictSchema: false, allErrors: true, multipleOfPrecision: 9 });
    addFormats.default(ajv);
    ajv.addVocabulary(CONTRACT_KEYWORDS);
    const components = document['components'] as JsonSchema;
    ajv.addSchema({ $id: 'urn:ggm:openapi', components: { schemas: components['schemas']! } });
    const validate = ajv.getSchema('urn:ggm:openapi#/components/schemas/Klantbeoordeling')!;
    expect(validate({ beoordeling: '8', ddBeoordeling: '2025-03-01', contactOpnemen: true })).toBe(true);
    expect(validate({ ddBeoordeling: 'gisteren' })).toBe(false);
    expect(validate({ kanaal: 'x'.repeat(101) })).toBe(false);
    expect(validate({ heeftKlantbeoordelingreden: [{ href: '/redenen/1' }] })).toBe(false);
  });

  it('keeps the full model valid too', async () => {
    const model = buildContractModel(index, selectClasses(index, {}));
    const full = emitOpenApi(model, { paths: true, version: '1.0.0-rc.1' });
    const result = await validateOpenApi(full);
    expect(result.errors).toBeUndefined();
    const paths = Object.keys(full['paths'] as JsonSchema);
    expect(new Set(paths).size).toBe(paths.length);
    for (const ref of refs(full)) expect(resolvePointer(full, ref), ref).toBeDefined();
  });

  it('names collections after the Dutch plural, qualified like the schema key', () => {
    const model = buildContractModel(index, selectClasses(index, { classes: ['Pand'], closure: false }));
    const selected = model.classes.filter((c) => c.selected);
    expect(selected.map(collectionPath)).toEqual(['bag-panden', 'kern-rsgb-panden']);
  });
});

describe('dutchPlural', () => {
  it.each([
    ['zaak', 'zaken'],
    ['persoon', 'personen'],
    ['aanvraag', 'aanvragen'],
    ['melding', 'meldingen'],
    ['medewerker', 'medewerkers'],
    ['ziekte', 'ziektes'],
    ['adres', 'adressen'],
    ['huis', 'huizen'],
    ['bedrijf', 'bedrijven'],
    ['besluit', 'besluiten'],
    ['verzoek', 'verzoeken'],
    ['raadslid', 'raadsleden'],
    ['categorie', 'categorieen'],
    ['gezondheid', 'gezondheden'],
    ['pand', 'panden'],
  ])('%s → %s', (singular, plural) => {
    expect(dutchPlural(singular)).toBe(plural);
  });
});
