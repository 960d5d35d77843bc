import { ModelIndex } from '../../../model/model-index.js';
import type { Attribute, ClassDef, Enumeration, GgmModel } from '../../../model/model-types.js';

export type SmallAttribute = [id: string, name: string, type: Attribute['type']];

export interface SmallModel {
  version: string;
  classes: { id: string; name: string; attributes: SmallAttribute[]; packageId?: string }[];
  enumerations?: { id: string; name: string; literals: [id: string, name: string, code?: string][] }[];
}

export const varchar = (length: number): Attribute['type'] => ({
  kind: 'primitive',
  primitive: 'string',
  length,
});
export const date: Attribute['type'] = { kind: 'primitive', primitive: 'date' };
export const integer: Attribute['type'] = { kind: 'primitive', primitive: 'integer' };
export const bigInteger: Attribute['type'] = { kind: 'primitive', primitive: 'integer', precision: 12 };
export const enumerated = (id: string): Attribute['type'] => ({ kind: 'enumeration', enumerationId: id });

/** A model with one domain (`99 Kern/BAG`, or `6 Sociaal` for `packageId: 'P_SOC'`), for migration tests. */
export function smallModel(spec: SmallModel): ModelIndex {
  const classes: ClassDef[] = spec.classes.map((c) => ({
    id: c.id,
    name: c.name,
    packageId: c.packageId ?? 'P_BAG',
    stereotype: 'Objecttype',
    isDatatype: false,
    synonyms: [],
    mim: {},
    gemma: {},
    attributes: c.attributes.map(([id, name, type]) => ({
      id,
      classId: c.id,
      name,
      type,
      cardinality: { min: 0, max: 1 },
      history: { validTimeline: false, registrationTimeline: false },
      synonyms: [],
    })),
  }));
  const enumerations: Enumeration[] = (spec.enumerations ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    packageId: 'P_BAG',
    literals: e.literals.map(([id, name, code]) => ({ id, name, ...(code ? { code } : {}) })),
  }));
  const model: GgmModel = {
    formatVersion: 1,
    version: spec.version,
    name: 'GGM',
    source: { file: `ggm-${spec.version}.xlsx`, sha256: spec.version, sheets: {}, columns: {} },
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
      { id: 'P_SD', name: '6 Sociaal', parentId: 'P_ROOT', depth: 1, path: ['6 Sociaal'], domainId: 'P_SD' },
      { id: 'P_SOC', name: 'Wmo', parentId: 'P_SD', depth: 2, path: ['6 Sociaal', 'Wmo'], domainId: 'P_SD' },
    ],
    classes,
    enumerations,
    associations: [],
    generalizations: [],
    diagrams: [],
    diagnostics: [],
  };
  return new ModelIndex(model);
}
