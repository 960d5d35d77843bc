import { describe, expect, it } from 'vitest';
import { ModelIndex } from '../../model/model-index.js';
import { selectClasses } from '../../model/model-selection.js';
import type { Attribute, AttributeType, ClassDef, GgmModel } from '../../model/model-types.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { editDistance } from '../../diagnostics/suggest.js';
import { boundedDistance, buildContractModel } from './contract-model.js';
import { camelCase, getContractNames, kebabCase, pascalCase, typeScriptName } from './contract-names.js';
import { emitClassDocuments } from './json-schema-emitter.js';
import { emitTypeScript } from './typescript-emitter.js';

/** A small hand-built model with the awkward cases the release has (and some it may get). */
function tinyModel(): GgmModel {
  const pkg = (id: string, name: string, parentId: string | undefined, depth: number, path: string[]) => ({
    id,
    name,
    depth,
    path,
    ...(parentId ? { parentId } : {}),
    domainId: depth === 0 ? undefined : 'D1',
  });
  const attr = (id: string, classId: string, name: string, type: AttributeType, min = 0): Attribute => ({
    id,
    classId,
    name,
    type,
    cardinality: { min, max: 1 },
    history: { validTimeline: false, registrationTimeline: false },
    synonyms: [],
  });
  const cls = (id: string, name: string, packageId: string, attributes: Attribute[] = []): ClassDef => ({
    id,
    name,
    packageId,
    isDatatype: false,
    synonyms: [],
    mim: {},
    gemma: {},
    attributes,
  });
  return {
    formatVersion: 1,
    name: 'Tiny',
    source: { file: 'tiny.xlsx', sha256: '', sheets: {}, columns: {} },
    packages: [
      pkg('R', 'Root', undefined, 0, []),
      pkg('D1', '1 Eerste Domein', 'R', 1, ['1 Eerste Domein']),
      pkg('P1', 'Model A', 'D1', 2, ['1 Eerste Domein', 'Model A']),
      pkg('P2', 'B', 'D1', 2, ['1 Eerste Domein', 'B']),
    ],
    classes: [
      cls('C1', 'Zaak Object', 'P1', [
        attr('A1', 'C1', 'Feitelijke Einddatum', { kind: 'primitive', primitive: 'date' }, 1),
        attr('A2', 'C1', 'soort', { kind: 'enumeration', enumerationId: 'E1' }),
        attr('A3', 'C1', 'raar', { kind: 'unknown', name: 'Materiaal' }),
        attr('A4', 'C1', '24uurs', { kind: 'primitive', primitive: 'boolean' }),
      ]),
      cls('C2', 'Zaak Object', 'P2', [attr('A5', 'C2', 'soort', { kind: 'primitive', primitive: 'string' })]),
      cls('C3', 'Lus', 'P2', [attr('A6', 'C3', 'vorm', { kind: 'unknown', name: 'Rnig' })]),
      cls('C4', 'Ring', 'P2'),
    ],
    enumerations: [
      {
        id: 'E1',
        name: 'Soort',
        packageId: 'P1',
        literals: [
          { id: 'L1', name: 'Ja', code: '1' },
          { id: 'L2', name: "Nee 'echt'", code: '0' },
          { id: 'L3', name: 'Ja' },
        ],
      },
      { id: 'E2', name: 'Leeg', packageId: 'P1', literals: [] },
    ],
    associations: [
      {
        id: 'S1',
        name: 'heeft',
        source: { classId: 'C1', multiplicity: { min: 0, max: 1 } },
        target: { classId: 'C2', multiplicity: { min: 1, max: null } },
      },
      {
        id: 'S2',
        name: 'heeft',
        source: { classId: 'C1', multiplicity: { min: 0, max: 1 } },
        target: { classId: 'C2', multiplicity: { min: 0, max: 1 } },
      },
    ],
    generalizations: [
      { id: 'G1', subclassId: 'C3', superclassId: 'C4' },
      { id: 'G2', subclassId: 'C4', superclassId: 'C3' },
      { id: 'G3', subclassId: 'C2', superclassId: 'C1' },
    ],
    diagrams: [],
    diagnostics: [],
  };
}

describe('contract names', () => {
  it('derives identifiers from GGM names', () => {
    expect(camelCase('Feitelijke Einddatum')).toBe('feitelijkeEinddatum');
    expect(camelCase('CBS-code')).toBe('cbsCode');
    expect(camelCase('datumEinde')).toBe('datumEinde');
    expect(camelCase('DatumTot(Peildatum)')).toBe('datumTotPeildatum');
    expect(pascalCase('Beschikte Voorziening')).toBe('BeschikteVoorziening');
    expect(pascalCase('MultiPuntLijn(Multi)Vlak')).toBe('MultiPuntLijnMultiVlak');
    expect(kebabCase('NatuurlijkPersoon')).toBe('natuurlijk-persoon');
    expect(kebabCase('Ouder Of Verzorger')).toBe('ouder-of-verzorger');
    expect(kebabCase('Financiën')).toBe('financien');
    expect(typeScriptName('BAG.Pand')).toBe('BAG_Pand');
    expect(typeScriptName('24Uurs')).toBe('_24Uurs');
    expect(typeScriptName('Object')).toBe('Object');
  });
});

describe('boundedDistance', () => {
  it('equals the edit distance within the bound and gives up beyond it', () => {
    const words = ['ring', 'rnig', 'materiaal', 'materiaalsoort', 'type', 'typeplus', 'pand', 'land', ''];
    for (const a of words) {
      for (const b of words) {
        const d = editDistance(a, b);
        for (const max of [0, 1, 2, 3, 5]) expect(boundedDistance(a, b, max)).toBe(d <= max ? d : max + 1);
      }
    }
  });
});

describe('buildContractModel on a hand-built model', () => {
  const index = new ModelIndex(tinyModel());
  const model = buildContractModel(index, selectClasses(index, {}));
  const codes = model.diagnostics.map((d) => d.code);
  const byKey = (key: string) => model.classes.find((c) => c.key === key)!;

  it('qualifies duplicate class names by package and keeps keys distinct from shared definitions', () => {
    expect(model.classes.map((c) => c.key)).toEqual(['A.ZaakObject', 'B.ZaakObject', 'Lus', 'Ring']);
    expect(model.classes.map((c) => c.path.join('/'))).toEqual([
      'eerste-domein/a/zaak-object',
      'eerste-domein/b/zaak-object',
      'eerste-domein/b/lus',
      'eerste-domein/b/ring',
    ]);
  });

  it('names properties in camelCase, keeps the GGM name, and disambiguates clashes with a diagnostic', () => {
    const zaak = byKey('A.ZaakObject');
    expect(zaak.properties.map((p) => [p.name, p.ggmName, p.required])).toEqual([
      ['feitelijkeEinddatum', 'Feitelijke Einddatum', true],
      ['soort', 'soort', false],
      ['raar', 'raar', false],
      ['24uurs', '24uurs', false],
      ['heeftZaakObject', 'heeft Zaak Object', true],
      ['heeftZaakObject2', 'heeft Zaak Object', false],
    ]);
    expect(zaak.properties[4]!.many).toEqual({ min: 1, max: null });
    expect(codes).toContain('GGM-S405');
  });

  it('reports untyped attributes, empty and repeated literals, and generalization cycles', () => {
    expect(codes).toEqual(expect.arrayContaining(['GGM-S401', 'GGM-S403', 'GGM-S404', 'GGM-S409']));
    expect(byKey('A.ZaakObject').properties[2]!.value).toEqual({ kind: 'untyped', typeName: 'Materiaal' });
    const s501 = model.diagnostics.find((d) => d.code === 'GGM-S401')!;
    expect(s501.at).toEqual({ file: 'tiny.xlsx', sheet: 'attributes' });
    expect(s501.message).toContain('Zaak Object.raar');
    const near = model.diagnostics.find((d) => d.code === 'GGM-S401' && d.message.includes('Rnig'))!;
    expect(near.hint).toBe('did you mean Ring?');
    expect(model.enumerations.find((e) => e.name === 'Soort')!.literals.map((l) => l.name)).toEqual([
      'Ja',
      "Nee 'echt'",
    ]);
    // the cycle Lus → Ring → Lus is cut, so schemas and interfaces stay finite
    expect(byKey('Lus').superclassIds.length + byKey('Ring').superclassIds.length).toBe(0);
  });

  it('flags a subclass that redefines an inherited property and still emits compilable output', () => {
    expect(codes).toContain('GGM-S406');
    const dts = emitTypeScript(model);
    expect(dts).toContain("export interface B_ZaakObject extends Omit<A_ZaakObject, 'soort'> {");
    expect(dts).toContain("  '24uurs'?: boolean;");
    expect(dts).toContain("  | 'Nee \\'echt\\''");
    expect(dts).toContain('export type Leeg = string;');
    const docs = emitClassDocuments(model);
    expect(docs.map((d) => d.path)).toContain('eerste-domein/b/zaak-object.schema.json');
    expect(docs[1]!.schema['allOf']).toEqual([{ $ref: '../a/zaak-object.schema.json' }]);
  });
});

describe.skipIf(!hasReleases())('contract names on GGM v2.5.1', () => {
  it('gives every class and enumeration a unique key and every class a unique path', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const names = getContractNames(index);
    const classKeys = index.model.classes.map((c) => names.classKey(c.id));
    const enumKeys = [...new Set(index.model.enumerations.map((e) => names.enumerationKey(e.id)))];
    const all = [...classKeys, ...enumKeys];
    expect(new Set(all.map((k) => k.toLowerCase())).size).toBe(all.length);
    for (const key of all) expect(key).toMatch(/^[a-zA-Z0-9._-]+$/); // OpenAPI component key
    const paths = index.model.classes.map((c) => names.classPath(c.id).join('/'));
    expect(new Set(paths).size).toBe(paths.length);
    // 66 names are shared by several classes; unique names stay unqualified
    expect(classKeys.filter((k) => k.includes('.')).length).toBeGreaterThan(66);
    expect(names.classKey(index.findClasses('Klantbeoordeling')[0]!.id)).toBe('Klantbeoordeling');
    expect(index.findClasses('Pand').map((c) => names.classKey(c.id))).toEqual(['BAG.Pand', 'KernRSGB.Pand']);
  });
});
