// One class as the model browser shows it: definition, own and inherited attributes with their types
// (enumerations and classes as references), associations, the enumerations it uses with their
// literals, MIM and GEMMA metadata, and the diagrams it is drawn in.
import { formatCardinality, formatType } from '../../model/format-type.js';
import type { AttributeType, ClassDef } from '../../model/model-types.js';
import type { BrowseIndex } from './model-browse-index.js';

export interface TypeView {
  soort: 'primitief' | 'enumeratie' | 'klasse' | 'onbekend' | 'geen';
  tekst: string;
  /** The enumeration's id (described under `enumeraties`). */
  enumeratie?: string;
  /** The class's key, when it has a class page (datatypes have none). */
  klasse?: string;
}

const KINDS = {
  primitive: 'primitief',
  enumeration: 'enumeratie',
  class: 'klasse',
  unknown: 'onbekend',
  none: 'geen',
} as const;

export function typeView(type: AttributeType, browse: BrowseIndex): TypeView {
  const view: TypeView = { soort: KINDS[type.kind], tekst: formatType(type, browse.index) };
  if (type.kind === 'enumeration') view.enumeratie = type.enumerationId;
  if (type.kind === 'class') {
    const key = browse.keyOf(type.classId);
    if (key) view.klasse = key;
  }
  return view;
}

const present = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

export function packageRef(browse: BrowseIndex, packageId: string | undefined) {
  const pkg = packageId ? browse.index.packages.get(packageId) : undefined;
  return pkg ? { id: pkg.id, naam: pkg.name, pad: pkg.path } : undefined;
}

function classRef(browse: BrowseIndex, cls: ClassDef) {
  return { ggmNaam: cls.name, ...present({ naam: browse.keyOf(cls.id) }) };
}

export function classView(browse: BrowseIndex, key: string, cls: ClassDef) {
  const { index } = browse;
  const attributes = index.allAttributes(cls.id);
  const enumerationIds = new Set(
    attributes.flatMap(({ attribute }) =>
      attribute.type.kind === 'enumeration' ? [attribute.type.enumerationId] : [],
    ),
  );
  return {
    naam: key,
    ggmNaam: cls.name,
    id: cls.id,
    pakket: packageRef(browse, cls.packageId),
    ...present({
      definitie: cls.definition,
      toelichting: cls.note,
      stereotype: cls.stereotype,
      alias: cls.alias,
      uri: cls.uri,
    }),
    abstract: cls.isAbstract === true,
    synoniemen: cls.synonyms,
    superklassen: index.superclasses(cls.id).map((s) => classRef(browse, s)),
    subklassen: index.subclasses(cls.id).map((s) => classRef(browse, s)),
    attributen: attributes.map(({ attribute, owner, inherited }) => ({
      naam: attribute.name,
      type: typeView(attribute.type, browse),
      kardinaliteit: formatCardinality(attribute.cardinality),
      ...present({ definitie: attribute.definition }),
      ...(inherited ? { geerfdVan: classRef(browse, owner) } : {}),
    })),
    associaties: index.associationsOf(cls.id).map(({ association, side, other }) => {
      const far = side === 'source' ? association.target : association.source;
      return {
        naam: association.name ?? far.role ?? '',
        richting: side === 'source' ? 'uitgaand' : 'inkomend',
        klasse: classRef(browse, other),
        kardinaliteit: formatCardinality(far.multiplicity),
        ...present({ rol: far.role, definitie: association.definition }),
      };
    }),
    enumeraties: [...enumerationIds].flatMap((id) => {
      const e = index.enumerations.get(id);
      if (!e) return [];
      return [
        {
          id: e.id,
          naam: e.name,
          ...present({ definitie: e.definition }),
          waarden: e.literals.map((l) => ({
            naam: l.name,
            ...present({ code: l.code, definitie: l.definition }),
          })),
        },
      ];
    }),
    mim: cls.mim,
    gemma: cls.gemma,
    diagrammen: browse.diagramsOf(cls.id).map((d) => ({ id: d.id, naam: d.name })),
  };
}
