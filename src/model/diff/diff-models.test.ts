import { describe, expect, it } from 'vitest';
import type { Attribute, ClassDef, Enumeration, GgmModel } from '../model-types.js';
import { diffModels } from './diff-models.js';
import { DIFF_KINDS } from './diff-types.js';

/** A small model: 99 Kern/BAG with Pand and Verblijfsobject, one enumeration, one association. */
function baseModel(): GgmModel {
  const attribute = (id: string, name: string, type: Attribute['type']): Attribute => ({
    id,
    classId: 'C_PAND',
    name,
    type,
    cardinality: { min: 0, max: 1 },
    history: { validTimeline: false, registrationTimeline: false },
    synonyms: [],
  });
  const cls = (id: string, name: string, attributes: Attribute[]): ClassDef => ({
    id,
    name,
    packageId: 'P_BAG',
    isDatatype: false,
    synonyms: [],
    mim: {},
    gemma: {},
    attributes,
  });
  return {
    formatVersion: 1,
    name: 'GGM',
    source: { file: 'a.xlsx', sha256: 'a', sheets: {}, columns: {} },
    packages: [
      { id: 'P_ROOT', name: 'GGM', depth: 0, path: [] },
      { id: 'P_KERN', name: '99 Kern', parentId: 'P_ROOT', depth: 1, path: ['99 Kern'], domainId: 'P_KERN' },
      {
        id: 'P_BAG',
        name: 'BAG',
        parentId: 'P_KERN',
        depth: 2,
        path: ['99 Kern', 'BAG'],
        domainId: 'P_KERN',
      },
    ],
    classes: [
      cls('C_PAND', 'Pand', [
        attribute('A_EINDE', 'Datum Einde', { kind: 'primitive', primitive: 'date' }),
        attribute('A_STATUS', 'status', { kind: 'enumeration', enumerationId: 'E_STATUS' }),
        attribute('A_NAAM', 'naam', { kind: 'primitive', primitive: 'string', length: 80 }),
        attribute('A_VBO', 'hoofdverblijfsobject', { kind: 'class', classId: 'C_VBO' }),
      ]),
      cls('C_VBO', 'Verblijfsobject', []),
    ],
    enumerations: [enumeration('E_STATUS', 'statusPand', ['bestaand', 'gesloopt'])],
    associations: [
      {
        id: 'AS_1',
        name: 'heeft',
        source: { classId: 'C_PAND', multiplicity: { min: 1, max: 1 } },
        target: { classId: 'C_VBO', role: 'vbo', multiplicity: { min: 0, max: null } },
      },
    ],
    generalizations: [],
    diagrams: [
      {
        id: 'D_1',
        name: 'BAG',
        packageId: 'P_BAG',
        classIds: ['C_PAND'],
        enumerationIds: ['E_STATUS'],
        associationIds: [],
        generalizationIds: [],
      },
    ],
    diagnostics: [],
  };
}

function enumeration(id: string, name: string, literals: string[]): Enumeration {
  return {
    id,
    name,
    packageId: 'P_BAG',
    literals: literals.map((l, i) => ({ id: `${id}_L${i}`, name: l })),
  };
}

const pand = (m: GgmModel) => m.classes.find((c) => c.id === 'C_PAND')!;
const attr = (m: GgmModel, id: string) => pand(m).attributes.find((a) => a.id === id)!;

function counts(from: GgmModel, to: GgmModel) {
  const d = diffModels(from, to);
  return Object.fromEntries(
    DIFF_KINDS.map((k) => [k, Object.values(d.summary[k]).reduce((n, x) => n + x, 0)]),
  );
}

describe('diffModels', () => {
  it('finds nothing between a model and its copy', () => {
    const d = diffModels(baseModel(), baseModel());
    for (const kind of DIFF_KINDS)
      expect(d.summary[kind]).toEqual({ added: 0, removed: 0, changed: 0, renamed: 0 });
    expect(d.diagnostics).toEqual([]);
  });

  it('reports a rename with its other changes, name first', () => {
    const to = baseModel();
    Object.assign(attr(to, 'A_EINDE'), {
      name: 'datumEinde',
      type: { kind: 'primitive', primitive: 'datetime' },
    });
    const d = diffModels(baseModel(), to);
    expect(d.attributes.changed).toEqual([]);
    expect(d.attributes.renamed).toHaveLength(1);
    const r = d.attributes.renamed[0]!;
    expect(r.before.class).toEqual({ id: 'C_PAND', name: 'Pand', qualifiedName: '99 Kern/BAG/Pand' });
    expect(r.changes).toEqual([
      { field: 'name', before: 'Datum Einde', after: 'datumEinde' },
      {
        field: 'type',
        before: { kind: 'primitive', primitive: 'date' },
        after: { kind: 'primitive', primitive: 'datetime' },
      },
    ]);
  });

  it('reports a type change with normalised before and after', () => {
    const to = baseModel();
    attr(to, 'A_NAAM').type = { kind: 'primitive', primitive: 'string', length: 200 };
    attr(to, 'A_NAAM').cardinality = { min: 1, max: 1 };
    const d = diffModels(baseModel(), to);
    expect(d.attributes.changed.map((c) => c.changes)).toEqual([
      [
        {
          field: 'type',
          before: { kind: 'primitive', primitive: 'string', length: 80 },
          after: { kind: 'primitive', primitive: 'string', length: 200 },
        },
        { field: 'cardinality', before: { min: 0, max: 1 }, after: { min: 1, max: 1 } },
      ],
    ]);
  });

  it('does not report an enumeration that only got new ids', () => {
    const to = baseModel();
    to.enumerations = [enumeration('E_NEW', 'statusPand', ['bestaand', 'gesloopt'])];
    attr(to, 'A_STATUS').type = { kind: 'enumeration', enumerationId: 'E_NEW' };
    to.diagrams[0]!.enumerationIds = ['E_NEW'];
    const total = counts(baseModel(), to);
    expect(total).toEqual(Object.fromEntries(DIFF_KINDS.map((k) => [k, 0])));
  });

  it('reports an attribute that moves to another enumeration by qualified name', () => {
    const to = baseModel();
    to.enumerations.push(enumeration('E_SOORT', 'soortPand', ['woning']));
    attr(to, 'A_STATUS').type = { kind: 'enumeration', enumerationId: 'E_SOORT' };
    const d = diffModels(baseModel(), to);
    expect(d.enumerations.added.map((e) => e.qualifiedName)).toEqual(['99 Kern/BAG/soortPand']);
    expect(d.literals.added.map((l) => `${l.enumeration}: ${l.name}`)).toEqual([
      '99 Kern/BAG/soortPand: woning',
    ]);
    expect(d.attributes.changed[0]!.changes).toEqual([
      {
        field: 'type',
        before: { kind: 'enumeration', qualifiedName: '99 Kern/BAG/statusPand' },
        after: { kind: 'enumeration', qualifiedName: '99 Kern/BAG/soortPand' },
      },
    ]);
  });

  it('matches literals of a re-id enumeration by name: added, removed, changed code', () => {
    const to = baseModel();
    const e = enumeration('E_NEW', 'statusPand', ['bestaand', 'in aanbouw']);
    e.literals[0]!.code = '1';
    to.enumerations = [e];
    attr(to, 'A_STATUS').type = { kind: 'enumeration', enumerationId: 'E_NEW' };
    const d = diffModels(baseModel(), to);
    expect(d.enumerations).toEqual({ added: [], removed: [], changed: [], renamed: [] });
    expect(d.literals.added.map((l) => l.name)).toEqual(['in aanbouw']);
    expect(d.literals.removed.map((l) => l.name)).toEqual(['gesloopt']);
    expect(d.literals.changed.map((c) => c.changes)).toEqual([[{ field: 'code', before: null, after: '1' }]]);
    expect(d.literals.added[0]!.enumeration).toBe('99 Kern/BAG/statusPand');
  });

  it('reports a literal rename when the literal kept its id', () => {
    const to = baseModel();
    to.enumerations[0]!.literals[1]!.name = 'gesloopt (historie)';
    const d = diffModels(baseModel(), to);
    expect(d.literals.renamed.map((c) => c.changes)).toEqual([
      [{ field: 'name', before: 'gesloopt', after: 'gesloopt (historie)' }],
    ]);
    expect(d.literals.added).toEqual([]);
  });

  it('reports an association multiplicity change on the right end', () => {
    const to = baseModel();
    to.associations[0]!.target.multiplicity = { min: 1, max: null };
    const d = diffModels(baseModel(), to);
    expect(d.associations.changed).toHaveLength(1);
    expect(d.associations.changed[0]!.changes).toEqual([
      { field: 'target.multiplicity', before: { min: 0, max: null }, after: { min: 1, max: null } },
    ]);
    expect(d.associations.changed[0]!.after.target.class.qualifiedName).toBe('99 Kern/BAG/Verblijfsobject');
  });

  it('reports an added generalization with both classes by qualified name', () => {
    const to = baseModel();
    to.generalizations.push({ id: 'G_1', subclassId: 'C_VBO', superclassId: 'C_PAND' });
    const d = diffModels(baseModel(), to);
    expect(d.generalizations.added).toEqual([
      {
        id: 'G_1',
        subclass: { id: 'C_VBO', name: 'Verblijfsobject', qualifiedName: '99 Kern/BAG/Verblijfsobject' },
        superclass: { id: 'C_PAND', name: 'Pand', qualifiedName: '99 Kern/BAG/Pand' },
      },
    ]);
    expect(d.summary.generalizations).toEqual({ added: 1, removed: 0, changed: 0, renamed: 0 });
  });

  it('reports a renamed class once, not on every attribute and association that refers to it', () => {
    const to = baseModel();
    to.classes[1]!.name = 'VerblijfsObject';
    const d = diffModels(baseModel(), to);
    expect(d.classes.renamed.map((c) => c.changes)).toEqual([
      [{ field: 'name', before: 'Verblijfsobject', after: 'VerblijfsObject' }],
    ]);
    expect(counts(baseModel(), to)).toMatchObject({ attributes: 0, associations: 0, diagrams: 0 });
  });

  it('reports a renamed package once, not on its classes or enumerations', () => {
    const to = baseModel();
    to.packages[2]!.name = 'BAG 2';
    to.packages[2]!.path = ['99 Kern', 'BAG 2'];
    const d = diffModels(baseModel(), to);
    expect(d.packages.renamed).toHaveLength(1);
    expect(counts(baseModel(), to)).toMatchObject({
      classes: 0,
      attributes: 0,
      enumerations: 0,
      literals: 0,
    });
  });

  it('reports removed and added classes by id, with a note when the name survived', () => {
    const to = baseModel();
    to.classes[1]!.id = 'C_VBO_NEW';
    to.associations[0]!.target.classId = 'C_VBO_NEW';
    attr(to, 'A_VBO').type = { kind: 'class', classId: 'C_VBO_NEW' };
    const d = diffModels(baseModel(), to);
    expect(d.summary.classes).toEqual({ added: 1, removed: 1, changed: 0, renamed: 0 });
    // References to the re-created class compare by qualified name, so they do not change.
    expect(d.summary.attributes.changed + d.summary.associations.changed).toBe(0);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['GGM-D001']);
  });

  it('pairs duplicate enumeration names by literal set, then in order', () => {
    const from = baseModel();
    from.enumerations.push(
      enumeration('E_B1', 'Boolean', ['Ja', 'Nee']),
      enumeration('E_B2', 'Boolean', ['Ja', 'Nee', 'Onbekend']),
    );
    const to = baseModel();
    // Re-id'd, listed in the other order, and a third identical one added.
    to.enumerations.push(
      enumeration('E_X2', 'Boolean', ['Ja', 'Nee', 'Onbekend']),
      enumeration('E_X1', 'Boolean', ['Ja', 'Nee']),
      enumeration('E_X3', 'Boolean', ['Ja', 'Nee']),
    );
    const d = diffModels(from, to);
    expect(d.summary.enumerations).toEqual({ added: 1, removed: 0, changed: 0, renamed: 0 });
    expect(d.enumerations.added[0]).toMatchObject({ id: 'E_X3', occurrence: 3, literals: ['Ja', 'Nee'] });
    expect(d.literals.added.map((l) => `${l.enumeration}#${l.enumerationOccurrence}: ${l.name}`)).toEqual([
      '99 Kern/BAG/Boolean#3: Ja',
      '99 Kern/BAG/Boolean#3: Nee',
    ]);
    expect(d.summary.literals.removed + d.summary.literals.changed).toBe(0);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['GGM-D003']);
    // Deterministic: the same input gives the same output.
    expect(diffModels(from, to)).toEqual(d);
  });

  it('compares cleaned values, not the raw release text', () => {
    const from = baseModel();
    pand(from).definition = 'Een gebouw';
    pand(from).raw = { definition: '<font color="#000">Een gebouw</font>' };
    const to = baseModel();
    pand(to).definition = 'Een gebouw';
    pand(to).raw = { definition: 'Een gebouw#NOTES#Description: x' };
    expect(diffModels(from, to).summary.classes.changed).toBe(0);
  });

  it('lists only the members that left or joined a diagram', () => {
    const to = baseModel();
    to.diagrams[0]!.classIds = ['C_PAND', 'C_VBO'];
    const d = diffModels(baseModel(), to);
    expect(d.diagrams.changed[0]!.changes).toEqual([
      { field: 'classes', before: [], after: ['99 Kern/BAG/Verblijfsobject'] },
    ]);
  });

  it('produces plain JSON data', () => {
    const to = baseModel();
    to.generalizations.push({ id: 'G_1', subclassId: 'C_VBO', superclassId: 'C_PAND' });
    attr(to, 'A_NAAM').name = 'Naam';
    const d = diffModels(baseModel(), to);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('does not crash on dangling references and names them by id', () => {
    const to = baseModel();
    attr(to, 'A_STATUS').type = { kind: 'enumeration', enumerationId: 'E_GONE' };
    attr(to, 'A_VBO').type = { kind: 'class', classId: 'C_GONE' };
    to.generalizations.push({ id: 'G_X', subclassId: 'C_PAND', superclassId: 'C_GONE' });
    const d = diffModels(baseModel(), to);
    expect(d.attributes.changed.map((c) => c.changes[0]!.after)).toEqual([
      { kind: 'class', qualifiedName: 'C_GONE' },
      { kind: 'enumeration', qualifiedName: 'E_GONE' },
    ]);
    expect(d.generalizations.added[0]!.superclass).toEqual({
      id: 'C_GONE',
      name: 'C_GONE',
      qualifiedName: 'C_GONE',
    });
  });
});
