import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelIndex } from '../../model/model-index.js';
import { selectClasses } from '../../model/model-selection.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildContractModel, type ContractModel } from './contract-model.js';
import {
  classSchemaId,
  emitClassDocuments,
  emitDomainBundles,
  emitSelectionBundle,
  type SchemaFile,
} from './json-schema-emitter.js';
import { CONTRACT_KEYWORDS, JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema-types.js';

/** Ajv in strict mode with formats; multipleOfPrecision so 19.99 counts as a multiple of 0.01. */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 9 });
  addFormats.default(ajv);
  ajv.addVocabulary(CONTRACT_KEYWORDS);
  return ajv;
}

/** A Verzuimmelding with what it and its two superclasses (AanvraagOfMelding) require. */
const melding = {
  heeftSchool: { id: 'school-1' },
  betreftLeerling: { id: 'leerling-1' },
  ingediendDoorIndiener: { id: 'indiener-1' },
  heeftAOMStatus: [{ id: 'status-1' }],
  betreftOnderwerp: [{ id: 'onderwerp-1' }],
};

describe.skipIf(!hasReleases())('JSON Schema from GGM v2.5.1', () => {
  let index: ModelIndex;
  let model: ContractModel;
  let documents: SchemaFile[];
  let ajv: Ajv2020;

  beforeAll(async () => {
    index = await loadReleaseIndex('v2.5.1');
    model = buildContractModel(index, selectClasses(index, {}));
    documents = emitClassDocuments(model);
    ajv = createAjv();
    for (const d of documents) ajv.addSchema(d.schema);
  });

  const validatorFor = (key: string): ValidateFunction => {
    const cls = model.classes.find((c) => c.key === key);
    expect(cls, key).toBeDefined();
    return ajv.getSchema(classSchemaId(model, cls!.id, {}))!;
  };
  const valid = (key: string, instance: unknown) => {
    const validate = validatorFor(key);
    const ok = validate(instance);
    expect(ok, JSON.stringify(validate.errors)).toBe(true);
  };
  const invalid = (key: string, instance: unknown, keyword: string) => {
    const validate = validatorFor(key);
    expect(validate(instance)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
  };

  it('writes one document per class, each valid against the 2020-12 meta-schema, with all $refs resolving', () => {
    expect(documents).toHaveLength(index.model.classes.length);
    expect(new Set(documents.map((d) => d.path)).size).toBe(documents.length);
    const meta = createAjv();
    for (const d of documents) {
      expect(d.schema['$schema']).toBe(JSON_SCHEMA_DIALECT);
      expect(meta.validateSchema(d.schema), `${d.path}: ${JSON.stringify(meta.errors)}`).toBe(true);
    }
    // compiling resolves every $ref (to sibling documents and local $defs)
    for (const d of documents) expect(ajv.getSchema(d.schema['$id'] as string)).toBeTypeOf('function');
  });

  it('qualifies the $id of classes that share a name (Pand in BAG and RSGB)', () => {
    const ids = documents.map((d) => d.schema['$id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const pands = documents.filter((d) => d.schema['title'] === 'Pand').map((d) => d.path);
    expect(pands).toEqual([
      'kern/bag/pand.schema.json',
      'kern/rsgbplus/rsgb/archief/kern-rsgb/pand.schema.json',
    ]);
  });

  it('takes required from cardinality, maxLength from the length and enum from the literals', () => {
    valid('Onderwijssoort', { onderwijstype: 'HAVO', omschrijving: 'Hoger algemeen voortgezet onderwijs' });
    invalid('Onderwijssoort', { omschrijving: 'zonder type' }, 'required');
    invalid('Onderwijssoort', { onderwijstype: 'HAVO', omschrijving: 'x'.repeat(81) }, 'maxLength');
    invalid('Onderwijssoort', { onderwijstype: 'Gymnasium' }, 'enum');
  });

  it('writes money as a number with two decimals and relations as object references', () => {
    valid('Schuld', { bedrag: 1234.56, schuldBijSchuldeiser: { id: 'S-1', href: '/schuldeisers/S-1' } });
    invalid('Schuld', { bedrag: 12.345, schuldBijSchuldeiser: { id: 'S-1' } }, 'multipleOf');
    invalid('Schuld', { schuldBijSchuldeiser: {} }, 'required');
    invalid('Schuld', { bedrag: '12,00', schuldBijSchuldeiser: { id: 'S-1' } }, 'type');
  });

  it('applies the superclass through allOf', () => {
    const schema = documents.find((d) => d.schema['title'] === 'Verzuimmelding')!.schema;
    expect(schema['allOf']).toEqual([{ $ref: 'aanvraag-of-melding.schema.json' }]);
    valid('Verzuimmelding', { ...melding, datum: '2025-09-01', datumStart: '2025-09-01' });
    // betreftLeerling is required by the superclass, ingediendDoorIndiener by its superclass
    const { betreftLeerling: _1, ...withoutLeerling } = melding;
    invalid('Verzuimmelding', withoutLeerling, 'required');
    const { ingediendDoorIndiener: _2, ...withoutIndiener } = melding;
    invalid('Verzuimmelding', withoutIndiener, 'required');
    invalid('Verzuimmelding', { ...melding, betreftOnderwerp: [] }, 'minItems');
    invalid('Verzuimmelding', { ...melding, datum: '1 september 2025' }, 'format');
  });

  it('embeds datatypes and writes geometry as GeoJSON', () => {
    valid('KoopsomKadastraleOnroerendeZaak', {
      koopsom: { koopjaar: 2019, meerOnroerendGoed: false },
      datumTransactie: '2019-05-01',
    });
    invalid(
      'KoopsomKadastraleOnroerendeZaak',
      { koopsom: { koopjaar: 'negentien' }, datumTransactie: '2019-05-01' },
      'type',
    );
    const route = {
      type: 'MultiLineString',
      coordinates: [
        [
          [85000, 446000],
          [85100, 446050],
        ],
      ],
    };
    valid('Strooiroute', { route });
    invalid('Strooiroute', { route: 'MULTILINESTRING((85000 446000, 85100 446050))' }, 'type');
    invalid('Strooiroute', { route: { type: 'Point', coordinates: [85000, 446000] } }, 'const');
  });

  it('keeps literal codes and descriptions beside the enum', () => {
    const withCodes = model.enumerations.find((e) => e.literals.some((l) => l.code !== undefined))!;
    const doc = documents.find((d) => JSON.stringify(d.schema).includes(`"${withCodes.key}"`));
    const defs = (doc?.schema['$defs'] ?? {}) as Record<string, JsonSchema>;
    const schema = defs[withCodes.key]!;
    expect(schema['enum']).toEqual(withCodes.literals.map((l) => l.name));
    const codes = schema['x-ggm-codes'] as Record<string, string>;
    for (const l of withCodes.literals) if (l.code !== undefined) expect(codes[l.name]).toBe(l.code);
  });

  it('bundles each domain with everything it refers to, self-contained', () => {
    const bundles = emitDomainBundles(model);
    expect(bundles.map((b) => b.path)).toContain('sociaal-domein.schema.json');
    expect(bundles).toHaveLength(index.domains().length);
    const compiled = ['economie.schema.json', 'dienstverlening.schema.json', 'sociaal-domein.schema.json'];
    for (const b of bundles) {
      const meta = createAjv();
      expect(meta.validateSchema(b.schema), JSON.stringify(meta.errors)).toBe(true);
      const defs = b.schema['$defs'] as Record<string, JsonSchema>;
      // every $ref and x-ggm-target points into the bundle (or, for a target, at a class document)
      for (const ref of JSON.stringify(b.schema).matchAll(/"\$ref":"([^"]+)"/g)) {
        expect(defs[ref[1]!.replace('#/$defs/', '')], ref[1]).toBeDefined();
      }
      for (const target of JSON.stringify(b.schema).matchAll(/"x-ggm-target":"([^"]+)"/g)) {
        const ref = target[1]!;
        if (ref.startsWith('#/$defs/')) expect(defs[ref.slice(8)], ref).toBeDefined();
        else expect(ajv.getSchema(ref), ref).toBeDefined();
      }
      // compiling one schema that refers to every definition resolves them all in Ajv (three bundles
      // suffice here: the class documents above already compile every class)
      if (!compiled.includes(b.path)) continue;
      meta.addSchema(b.schema);
      const id = b.schema['$id'] as string;
      expect(
        meta.compile({ anyOf: Object.keys(defs).map((k) => ({ $ref: `${id}#/$defs/${k}` })) }),
      ).toBeTypeOf('function');
    }
    const sociaal = bundles.find((b) => b.path === 'sociaal-domein.schema.json')!;
    const bundleAjv = createAjv();
    bundleAjv.addSchema(sociaal.schema);
    const validate = bundleAjv.getSchema(`${sociaal.schema['$id'] as string}#/$defs/Schuld`)!;
    expect(validate({ schuldBijSchuldeiser: { id: '1' } })).toBe(true);
    expect(validate({})).toBe(false);
  });

  it('puts the whole selection in one bundle, also without closure', () => {
    const selection = selectClasses(index, { classes: ['Verzuimmelding'], closure: false });
    const small = buildContractModel(index, selection);
    // the superclasses come along: the schema refers to them
    expect(small.classes.map((c) => c.key)).toEqual([
      'LeerplichtEnLeerlingenvervoer.AanvraagOfMelding',
      'Verzuimmelding',
      'Dienstverlening.AanvraagOfMelding',
    ]);
    expect(small.classes.map((c) => c.selected)).toEqual([false, true, false]);
    const bundle = emitSelectionBundle(small, { baseUri: 'https://data.example.nl/schemas' }).schema;
    expect(bundle['$id']).toBe('https://data.example.nl/schemas/ggm.schema.json');
    const own = createAjv();
    own.addSchema(bundle);
    const validate = own.getSchema('https://data.example.nl/schemas/ggm.schema.json#/$defs/Verzuimmelding')!;
    expect(validate(melding)).toBe(true);
    expect(validate({ ...melding, heeftSchool: undefined })).toBe(false);
  });

  it('embeds related objects instead of referring to them with --relations embed', () => {
    const embedded = buildContractModel(index, selectClasses(index, { classes: ['Schuld'] }), {
      relations: 'embed',
    });
    const bundle = emitSelectionBundle(embedded).schema;
    const own = createAjv();
    expect(own.validateSchema(bundle)).toBe(true);
    own.addSchema(bundle);
    const validate = own.getSchema(`${bundle['$id'] as string}#/$defs/Schuld`)!;
    expect(validate({ schuldBijSchuldeiser: 'S-1' })).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain('type');
    const schuld = (bundle['$defs'] as Record<string, JsonSchema>)['Schuld']!;
    expect((schuld['properties'] as Record<string, JsonSchema>)['schuldBijSchuldeiser']).toMatchObject({
      $ref: '#/$defs/Schuldeiser',
    });
  });

  it('reports what the model lacks instead of dropping it', () => {
    const codes = new Set(model.diagnostics.map((d) => d.code));
    expect(codes).toContain('GGM-S401');
    const unresolved = model.classes.flatMap((c) => c.properties).filter((p) => p.value.kind === 'untyped');
    expect(unresolved.length).toBe(model.diagnostics.filter((d) => /^GGM-S40[12]$/.test(d.code)).length);
    expect(JSON.stringify(documents)).toContain('"x-ggm-unresolvedType"');
  });
});
