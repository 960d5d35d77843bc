import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countByCode } from '../../src/diagnostics/diagnostic.js';
import { loadModel } from '../../src/model/load-model.js';
import { ModelIndex } from '../../src/model/model-index.js';
import type { Attribute, GgmModel } from '../../src/model/model-types.js';
import { searchModel } from '../../src/model/model-search.js';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';

let model: GgmModel;
let index: ModelIndex;
let file: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-fixture-'));
  file = join(dir, 'v9.9.9', 'Gemeentelijk Gegevensmodel.xlsx');
  await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'v9.9.9')));
  await writeFile(file, fixtureWorkbook());
  model = (await loadModel(file, { noCache: true })).model;
  index = new ModelIndex(model);
});

const attr = (id: string): Attribute => index.attribute(id)!;

describe('loading the fixture release', () => {
  it('counts the rows of every sheet and takes the version from the path', () => {
    expect(model.version).toBe('9.9.9');
    expect(model.name).toBe('Delfts Gemeentelijk Gegevensmodel');
    expect(model.source.sheets).toEqual({
      diagram_class: 4,
      diagram_enumeration: 1,
      diagram_association: 0,
      diagram_generalization: 0,
      packages: 6,
      classes: 8,
      attributes: 20,
      enumerations: 3,
      enumerationliterals: 5,
      associations: 3,
      generalizations: 2,
      diagrams: 2,
    });
  });

  it('builds the package tree with depth, path and domain', () => {
    const bag = index.packages.get('EAPK_BAG')!;
    expect(bag).toMatchObject({
      depth: 2,
      path: ['99 Kern', 'BAG'],
      domainId: 'EAPK_KERN',
      parentId: 'EAPK_KERN',
    });
    expect(bag.definition).toBeUndefined();
    expect(bag.raw).toEqual({ definition: '<memo>' });
    expect(index.domains().map((d) => d.name)).toEqual(['99 Kern', '6 Sociaal Domein']);
  });

  it('cleans HTML, entities, placeholders and leaked EA notes, keeping the raw values', () => {
    const pand = index.classes.get('EAID_PAND')!;
    expect(pand.definition).toBe('Een kleinste bouwkundige eenheid ‘pand’');
    expect(pand.raw?.['definition']).toBe('Een <i>kleinste</i> bouwkundige eenheid &lsquo;pand&rsquo;');
    expect(pand.synonyms).toEqual(['gebouw', 'opstal']);
    expect(pand.mim['begrip']).toBeUndefined();
    expect(pand.mim['herkomst']).toBe('Ja');
    expect(pand.isDatatype).toBe(false);
    expect(index.classes.get('EAID_ADRES')!.isDatatype).toBe(true);
    expect(attr('EAID_A17').definition).toBe('Burger & service');
    expect(attr('EAID_A2').pattern).toBeUndefined();
  });

  it('resolves the primitive type zoo, enumeration and class references', () => {
    expect(attr('EAID_A1').type).toEqual({ kind: 'primitive', primitive: 'string', length: 16 });
    expect(attr('EAID_A1').cardinality).toEqual({ min: 1, max: 1 });
    expect(attr('EAID_A2').type).toEqual({ kind: 'primitive', primitive: 'integer', precision: 4 });
    expect(attr('EAID_A2').cardinality).toEqual({ min: 0, max: 1 });
    expect(attr('EAID_A3').type).toEqual({ kind: 'enumeration', enumerationId: 'EAID_ENUM_STATUS' });
    expect(attr('EAID_A4').type).toMatchObject({ primitive: 'geometry', geometry: 'multisurface' });
    expect(attr('EAID_A5').type).toEqual({ kind: 'primitive', primitive: 'date' });
    expect(attr('EAID_A5').raw?.['type']).toBe('Date\n');
    expect(attr('EAID_A6').type).toEqual({
      kind: 'primitive',
      primitive: 'decimal',
      precision: 10,
      scale: 2,
    });
    expect(attr('EAID_A7').type).toEqual({ kind: 'class', classId: 'EAID_ADRES' });
    expect(attr('EAID_A8').type).toEqual({ kind: 'unknown', name: 'Type' });
    expect(attr('EAID_A9').type).toEqual({ kind: 'enumeration', enumerationId: 'EAID_ENUM_WET' });
    expect(attr('EAID_A10').type).toEqual({ kind: 'class', classId: 'EAID_OBJECT' });
    expect(attr('EAID_A11').type).toEqual({ kind: 'primitive', primitive: 'string', length: 50 });
    expect(attr('EAID_A12').type).toMatchObject({ primitive: 'money', scale: 2 });
    expect(attr('EAID_A12').history.validTimeline).toBe(true);
    expect(attr('EAID_A13').type).toEqual({ kind: 'class', classId: 'EAID_ADRES' });
    expect(attr('EAID_A14').history.formal).toBe('Ja');
  });

  it('leaves out association ends exported as attributes, and keeps rows without id', () => {
    const all = model.classes.flatMap((c) => c.attributes);
    expect(all).toHaveLength(17);
    expect(all.some((a) => a.id.startsWith('EAID_src') || a.id.startsWith('EAID_dst'))).toBe(false);
    const prio = all.find((a) => a.name === 'Priotype')!;
    expect(prio.id).toMatch(/^GGM_NOID_EAID_BESCHIKKING_Priotype$/);
    expect(prio.type).toEqual({ kind: 'enumeration', enumerationId: 'EAID_ENUM_WET' });
  });

  it('reads enumerations with literals and their codes', () => {
    const wet = index.enumerations.get('EAID_ENUM_WET')!;
    expect(wet.literals.map((l) => [l.name, l.code])).toEqual([
      ['WMO', '1'],
      ['JW', '2'],
    ]);
    expect(index.enumerations.get('EAID_ENUM_EMPTY')!.literals).toEqual([]);
  });

  it('reads associations with both ends, repairing stray multiplicities', () => {
    expect(model.associations.map((a) => a.id)).toEqual(['EAID_AS1', 'EAID_AS2']);
    const [as1, as2] = model.associations;
    expect(as1!.source).toEqual({ classId: 'EAID_BESCHIKKING', multiplicity: { min: 0, max: null } });
    expect(as1!.target).toEqual({ classId: 'EAID_CLIENT', role: 'client', multiplicity: { min: 1, max: 1 } });
    expect(as2!.source.multiplicity).toEqual({ min: 1, max: null });
    expect(as2!.target.multiplicity).toEqual({ min: 0, max: null });
  });

  it('reads generalizations and diagrams with their members', () => {
    expect(model.generalizations).toEqual([
      { id: 'EAID_G1', subclassId: 'EAID_PAND', superclassId: 'EAID_OBJECT' },
    ]);
    const d1 = model.diagrams.find((d) => d.id === 'EAID_D1')!;
    expect(d1.classIds).toEqual(['EAID_PAND', 'EAID_OBJECT']);
    expect(d1.enumerationIds).toEqual(['EAID_ENUM_STATUS']);
  });

  it('reports every problem as a coded diagnostic with sheet and row, and still loads', () => {
    expect(countByCode(model.diagnostics)).toEqual({
      'GGM-M002': 1,
      'GGM-M010': 1,
      'GGM-M012': 1,
      'GGM-M020': 1,
      'GGM-M030': 1,
      'GGM-M040': 2,
      'GGM-M041': 1,
      'GGM-M051': 1,
      'GGM-M052': 1,
      'GGM-M060': 1,
      'GGM-M061': 1,
      'GGM-M070': 1,
      'GGM-M080': 1,
      'GGM-M091': 1,
    });
    const dangling = model.diagnostics.find((d) => d.code === 'GGM-M041')!;
    expect(dangling.at).toMatchObject({ file, sheet: 'attributes', row: 18, column: 'clazz_id' });
    const unknownType = model.diagnostics.find((d) => d.code === 'GGM-M052')!;
    expect(unknownType.message).toContain('"Type"');
    expect(unknownType.at).toMatchObject({ sheet: 'attributes', row: 9, column: 'primitive' });
    const noName = index.classes.get('EAID_NONAME')!;
    expect(noName.name).toMatch(/^Naamloos_/);
  });
});

describe('querying the fixture model', () => {
  it('finds domains by name, number or name without number', () => {
    expect(index.findDomain('6')?.id).toBe('EAPK_SOC');
    expect(index.findDomain('sociaal domein')?.id).toBe('EAPK_SOC');
    expect(index.findDomain('6 Sociaal Domein')?.id).toBe('EAPK_SOC');
    expect(index.findDomain('Kern')?.id).toBe('EAPK_KERN');
    expect(index.findDomain('Onderwijs')).toBeUndefined();
    expect(index.findDomain('sociaal')?.id).toBe('EAPK_SOC');
    expect(index.findPackage('Kern/BAG')?.id).toBe('EAPK_BAG');
  });

  it('lists classes per domain and all attributes of a class including inherited ones', () => {
    expect(
      index
        .classesInDomain('EAPK_KERN')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['EAID_ADRES', 'EAID_OBJECT', 'EAID_PAND', 'EAID_PAND_RSGB']);
    const all = index.allAttributes('EAID_PAND');
    expect(all).toHaveLength(14);
    expect(all.at(-1)).toMatchObject({
      inherited: true,
      owner: { id: 'EAID_OBJECT' },
      attribute: { name: 'naam' },
    });
  });

  it('computes the closure of a selection across domains', () => {
    const pand = index.closure(['EAID_PAND']);
    expect([...pand.classIds].sort()).toEqual(['EAID_ADRES', 'EAID_OBJECT', 'EAID_PAND']);
    expect([...pand.enumerationIds].sort()).toEqual(['EAID_ENUM_STATUS', 'EAID_ENUM_WET']);
    const beschikking = index.closure(['EAID_BESCHIKKING']);
    expect([...beschikking.classIds].sort()).toEqual(['EAID_BESCHIKKING', 'EAID_CLIENT']);
  });

  it('lists the associations of a class from either end', () => {
    const client = index.associationsOf('EAID_CLIENT');
    expect(client).toHaveLength(1);
    expect(client[0]).toMatchObject({ side: 'target', other: { id: 'EAID_BESCHIKKING' } });
  });

  it('finds classes by (qualified) name and suggests the nearest for typos', () => {
    expect(index.findClasses('pand')).toHaveLength(2);
    expect(index.findClasses('99 Kern/BAG/Pand').map((c) => c.id)).toEqual(['EAID_PAND']);
    expect(index.suggestClasses('Pnad')).toContain('Pand');
    expect(index.suggestClasses('Beschiking')).toEqual(['Beschikking']);
  });

  it('ranks search results: name before synonym before definition', () => {
    const byName = searchModel(index, 'pand');
    expect(byName[0]).toMatchObject({ kind: 'class', name: 'Pand', matchedIn: 'name' });
    const bySynonym = searchModel(index, 'gebouw');
    expect(bySynonym[0]).toMatchObject({ kind: 'class', id: 'EAID_PAND', matchedIn: 'synonym' });
    const byDefinition = searchModel(index, 'bouwkundige eenheid');
    expect(byDefinition[0]).toMatchObject({ id: 'EAID_PAND', matchedIn: 'definition' });
    expect(searchModel(index, 'xyzzy')).toEqual([]);
  });
});
