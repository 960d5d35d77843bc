// One diagram drawn from the model data: its member classes with their own attributes, its
// enumerations with their literals, and the associations and generalizations among the members
// (the release's diagram rows list members only, so the edges are derived here).
import { formatCardinality, formatType } from '../../model/format-type.js';
import type { Diagram } from '../../model/model-types.js';
import { packageRef } from './class-view.js';
import type { BrowseIndex } from './model-browse-index.js';

export function diagramSummary(browse: BrowseIndex, d: Diagram) {
  const pkg = d.packageId ? browse.index.packages.get(d.packageId) : undefined;
  return {
    id: d.id,
    naam: d.name,
    pakket: pkg ? pkg.path.join(' / ') : '',
    aantalKlassen: d.classIds.length,
    aantalEnumeraties: d.enumerationIds.length,
  };
}

export function diagramView(browse: BrowseIndex, d: Diagram) {
  const { index } = browse;
  const { model } = index;
  const members = new Set(d.classIds.filter((id) => index.classes.has(id)));
  const classes = [...members].map((id) => index.classes.get(id)!);
  const associations = model.associations.filter(
    (a) => members.has(a.source.classId) && members.has(a.target.classId),
  );
  const generalizations = model.generalizations.filter(
    (g) => members.has(g.subclassId) && members.has(g.superclassId),
  );
  return {
    id: d.id,
    naam: d.name,
    pakket: packageRef(browse, d.packageId),
    klassen: classes.map((c) => ({
      id: c.id,
      ggmNaam: c.name,
      ...(browse.keyOf(c.id) ? { naam: browse.keyOf(c.id) } : {}),
      ...(c.stereotype ? { stereotype: c.stereotype } : {}),
      abstract: c.isAbstract === true,
      attributen: c.attributes.map((a) => ({
        naam: a.name,
        type: formatType(a.type, index),
        kardinaliteit: formatCardinality(a.cardinality),
      })),
    })),
    enumeraties: d.enumerationIds.flatMap((id) => {
      const e = index.enumerations.get(id);
      return e ? [{ id: e.id, naam: e.name, waarden: e.literals.map((l) => l.name) }] : [];
    }),
    relaties: [
      ...associations.map((a) => ({
        id: a.id,
        soort: 'associatie',
        van: a.source.classId,
        naar: a.target.classId,
        naam: a.name ?? a.target.role ?? '',
        vanKardinaliteit: formatCardinality(a.source.multiplicity),
        naarKardinaliteit: formatCardinality(a.target.multiplicity),
      })),
      ...generalizations.map((g) => ({
        id: g.id,
        soort: 'generalisatie',
        van: g.subclassId,
        naar: g.superclassId,
        naam: '',
      })),
    ],
  };
}
