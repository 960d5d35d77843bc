import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { cleanText, splitList } from './clean-text.js';
import {
  MODEL_FORMAT_VERSION,
  type Association,
  type AssociationEnd,
  type Attribute,
  type AttributeType,
  type Cardinality,
  type ClassDef,
  type Diagram,
  type Enumeration,
  type Generalization,
  type GgmModel,
  type Package,
  type RawValues,
} from './model-types.js';
import { parsePrimitive } from './primitive-types.js';
import { didYouMean } from '../diagnostics/suggest.js';
import {
  GGM_SHEETS,
  REQUIRED_COLUMNS,
  type SheetRecord,
  type SheetTable,
  type WorkbookTables,
} from './sheet-tables.js';

export interface BuildOptions {
  version?: string;
  sha256: string;
}

/** Stereotypes that make a class a datatype in releases before `is_datatype` existed. */
const DATATYPE_STEREOTYPES = new Set(['datatype', 'gestructureerd datatype', 'primitief datatype', 'union']);

/** Attribute rows whose id starts like this are association ends the EA export wrote as attributes. */
const ASSOCIATION_END_PREFIXES = ['EAID_src', 'EAID_dst'];

/**
 * Turns the release's sheets into the model. Pure: everything it needs is in `tables`; every problem
 * becomes a diagnostic with sheet and row, and the model is always produced.
 */
export function buildModel(tables: WorkbookTables, options: BuildOptions): GgmModel {
  const b = new ModelBuilder(tables);
  return b.build(options);
}

class ModelBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly packages = new Map<string, Package>();
  private readonly classes = new Map<string, ClassDef>();
  private readonly enumerations = new Map<string, Enumeration>();
  private readonly enumerationsByName = new Map<string, Enumeration[]>();
  private readonly classesByName = new Map<string, ClassDef[]>();

  constructor(private readonly tables: WorkbookTables) {}

  build(options: BuildOptions): GgmModel {
    const source = {
      file: this.tables.file,
      sha256: options.sha256,
      sheets: {} as Record<string, number>,
      columns: {} as Record<string, string[]>,
    };
    for (const name of GGM_SHEETS) {
      const table = this.tables.sheets.get(name);
      if (!table) {
        this.report('GGM-M001', 'error', `sheet ${name} is missing from the workbook`, { sheet: name });
        continue;
      }
      source.sheets[name] = table.records.length;
      source.columns[name] = table.header.filter((h) => h !== '');
      for (const column of REQUIRED_COLUMNS[name]) {
        if (!table.header.includes(column)) {
          this.report(
            'GGM-M004',
            'error',
            `sheet ${name} has no column ${column}`,
            { sheet: name, row: 1 },
            didYouMean(
              column,
              table.header.filter((h) => h !== ''),
            ) ?? 'is this a GGM release export?',
          );
        }
      }
    }
    for (const d of this.tables.damage ?? []) {
      this.report('GGM-M005', 'error', `the sheet cannot be read: ${d.message}`, {
        sheet: d.sheet,
        ...(d.row !== undefined ? { row: d.row } : {}),
      });
    }
    this.readPackages();
    this.readClasses();
    this.readEnumerations();
    this.readLiterals();
    this.readAttributes();
    const associations = this.readAssociations();
    const generalizations = this.readGeneralizations();
    const diagrams = this.readDiagrams();
    this.reportDuplicateNames();
    const root = [...this.packages.values()].find((p) => p.depth === 0);
    return {
      formatVersion: MODEL_FORMAT_VERSION,
      ...(options.version ? { version: options.version } : {}),
      name: root?.name ?? 'GGM',
      source,
      packages: [...this.packages.values()],
      classes: [...this.classes.values()],
      enumerations: [...this.enumerations.values()],
      associations,
      generalizations,
      diagrams,
      diagnostics: this.diagnostics,
    };
  }

  private records(sheet: string): { table: SheetTable | undefined; records: SheetRecord[] } {
    const table = this.tables.sheets.get(sheet);
    return { table, records: table?.records ?? [] };
  }

  private report(
    code: string,
    severity: Diagnostic['severity'],
    message: string,
    at: Location,
    hint?: string,
  ) {
    this.diagnostics.push({
      code,
      severity,
      message,
      at: { file: this.tables.file, ...at },
      ...(hint ? { hint } : {}),
    });
  }

  /** Cleans the named cells, recording the originals that cleaning changed. */
  private cleaner(record: SheetRecord) {
    const raw: RawValues = {};
    const text = (column: string, field = column): string | undefined => {
      const original = record.cells[column];
      const cleaned = cleanText(original);
      if (original !== undefined && cleaned !== original) raw[field] = original;
      return cleaned;
    };
    return { text, raw, rawOrUndefined: () => (Object.keys(raw).length > 0 ? raw : undefined) };
  }

  /** The record's id, or a diagnostic when it has none or repeats one seen before. */
  private takeId(sheet: string, record: SheetRecord, seen: { has(id: string): boolean }): string | undefined {
    const id = record.cells['id']?.trim();
    if (!id) {
      this.report('GGM-M002', 'warning', `row has no id`, { sheet, row: record.row, column: 'id' });
      return undefined;
    }
    if (seen.has(id)) {
      this.report('GGM-M003', 'error', `duplicate id ${id}; the later row is skipped`, {
        sheet,
        row: record.row,
      });
      return undefined;
    }
    return id;
  }

  private readPackages(): void {
    const { records } = this.records('packages');
    const parents = new Map<string, string | undefined>();
    const rows = new Map<string, number>();
    for (const record of records) {
      const id = this.takeId('packages', record, this.packages);
      if (!id) continue;
      const c = this.cleaner(record);
      const name = c.text('name') ?? id;
      const pkg: Package = { id, name, depth: 0, path: [] };
      assign(pkg, 'stereotype', c.text('stereotype'));
      assign(pkg, 'alias', c.text('alias'));
      assign(pkg, 'definition', c.text('definitie', 'definition'));
      for (const column of ['afkorting', 'release', 'version', 'herkomst', 'begrip']) c.text(column);
      assign(pkg, 'raw', c.rawOrUndefined());
      this.packages.set(id, pkg);
      parents.set(id, record.cells['parent_package_id']?.trim() || undefined);
      rows.set(id, record.row);
    }
    for (const [id, parentId] of parents) {
      if (parentId && !this.packages.has(parentId)) {
        this.report(
          'GGM-M010',
          'error',
          `package ${this.packages.get(id)!.name} has unknown parent ${parentId}`,
          {
            sheet: 'packages',
            row: rows.get(id),
            column: 'parent_package_id',
          },
        );
        continue;
      }
      if (parentId) this.packages.get(id)!.parentId = parentId;
    }
    for (const pkg of this.packages.values()) {
      const chain: Package[] = [];
      let current: Package | undefined = pkg;
      const visited = new Set<string>();
      while (current && !visited.has(current.id)) {
        visited.add(current.id);
        chain.unshift(current);
        current = current.parentId ? this.packages.get(current.parentId) : undefined;
      }
      if (current) {
        this.report('GGM-M011', 'error', `package ${pkg.name} is part of a parent cycle`, {
          sheet: 'packages',
          row: rows.get(pkg.id),
        });
      }
      pkg.depth = chain.length - 1;
      pkg.path = chain.slice(1).map((p) => p.name);
      if (chain[1]) pkg.domainId = chain[1].id;
    }
  }

  private packageRef(sheet: string, record: SheetRecord, what: string): string {
    const packageId = record.cells['package_id']?.trim() ?? '';
    if (!this.packages.has(packageId)) {
      this.report('GGM-M012', 'error', `${what} is in unknown package ${packageId || '(none)'}`, {
        sheet,
        row: record.row,
        column: 'package_id',
      });
    }
    return packageId;
  }

  private readClasses(): void {
    const mimColumns = ['begrip', 'herkomst', 'herkomst_definitie', 'kwaliteit', 'populatie', 'datum_opname'];
    const gemmaColumns = ['gemma_naam', 'gemma_definitie', 'gemma_toelichting', 'gemma_type', 'gemma_url'];
    for (const record of this.records('classes').records) {
      const id = this.takeId('classes', record, this.classes);
      if (!id) continue;
      const c = this.cleaner(record);
      let name = c.text('name');
      if (!name) {
        name = `Naamloos_${id.slice(5, 13)}`;
        this.report('GGM-M020', 'warning', `class ${id} has no name; it is called ${name}`, {
          sheet: 'classes',
          row: record.row,
          column: 'name',
        });
      }
      const stereotype = c.text('stereotype');
      const isDatatypeCell = record.cells['is_datatype'];
      const cls: ClassDef = {
        id,
        name,
        packageId: this.packageRef('classes', record, `class ${name}`),
        isDatatype:
          isDatatypeCell !== undefined
            ? isDatatypeCell === '1' || isDatatypeCell.toLowerCase() === 'true'
            : DATATYPE_STEREOTYPES.has((stereotype ?? '').toLowerCase()),
        synonyms: splitList(record.cells['synoniemen']),
        mim: {},
        gemma: {},
        attributes: [],
      };
      assign(cls, 'stereotype', stereotype);
      assign(cls, 'alias', c.text('alias'));
      assign(cls, 'definition', c.text('definitie', 'definition'));
      assign(cls, 'note', c.text('toelichting', 'note'));
      assign(cls, 'uri', c.text('uri'));
      for (const col of mimColumns) assign(cls.mim, camel(col), c.text(col, camel(col)));
      assign(cls.mim, 'authentiek', c.text('authentiek'));
      assign(
        cls.mim,
        'indicatieFormeleHistorie',
        c.text('indicatie_formele_historie', 'indicatieFormeleHistorie'),
      );
      for (const col of gemmaColumns) assign(cls.gemma, col.slice(6), c.text(col, col));
      c.text('synoniemen');
      assign(cls, 'raw', c.rawOrUndefined());
      this.classes.set(id, cls);
      pushTo(this.classesByName, name.toLowerCase(), cls);
    }
  }

  private readEnumerations(): void {
    for (const record of this.records('enumerations').records) {
      const id = this.takeId('enumerations', record, this.enumerations);
      if (!id) continue;
      const c = this.cleaner(record);
      const name = c.text('name') ?? id;
      const e: Enumeration = {
        id,
        name,
        packageId: this.packageRef('enumerations', record, `enumeration ${name}`),
        literals: [],
      };
      assign(e, 'definition', c.text('definitie', 'definition'));
      assign(e, 'note', c.text('toelichting', 'note'));
      assign(e, 'stereotype', c.text('stereotype'));
      assign(e, 'raw', c.rawOrUndefined());
      this.enumerations.set(id, e);
      pushTo(this.enumerationsByName, name.toLowerCase(), e);
    }
  }

  private readLiterals(): void {
    const seen = new Set<string>();
    for (const record of this.records('enumerationliterals').records) {
      const id = this.takeId('enumerationliterals', record, seen);
      if (!id) continue;
      seen.add(id);
      const enumerationId = record.cells['enumeratie_id']?.trim() ?? '';
      const enumeration = this.enumerations.get(enumerationId);
      const c = this.cleaner(record);
      const name = c.text('name');
      if (!enumeration) {
        this.report(
          'GGM-M030',
          'error',
          `literal ${name ?? id} belongs to unknown enumeration ${enumerationId}`,
          {
            sheet: 'enumerationliterals',
            row: record.row,
            column: 'enumeratie_id',
          },
        );
        continue;
      }
      if (!name) {
        this.report('GGM-M031', 'warning', `literal ${id} of ${enumeration.name} has no name; skipped`, {
          sheet: 'enumerationliterals',
          row: record.row,
          column: 'name',
        });
        continue;
      }
      const literal = { id, name } as Enumeration['literals'][number];
      assign(literal, 'code', c.text('alias', 'code'));
      assign(literal, 'definition', c.text('definitie', 'definition'));
      assign(literal, 'raw', c.rawOrUndefined());
      enumeration.literals.push(literal);
    }
  }

  private readAttributes(): void {
    const seen = new Set<string>();
    for (const record of this.records('attributes').records) {
      const at = { sheet: 'attributes', row: record.row };
      let id = record.cells['id']?.trim();
      if (id && ASSOCIATION_END_PREFIXES.some((p) => id!.startsWith(p))) {
        // Association ends exported as attributes: the association itself carries them.
        this.report('GGM-M040', 'info', `association end ${id} exported as an attribute; left out`, at);
        continue;
      }
      const classId = record.cells['clazz_id']?.trim() ?? '';
      const cls = this.classes.get(classId);
      const c = this.cleaner(record);
      const name = c.text('name');
      if (!cls) {
        this.report(
          'GGM-M041',
          'error',
          `attribute ${name ?? id} belongs to unknown class ${classId}; skipped`,
          {
            ...at,
            column: 'clazz_id',
          },
        );
        continue;
      }
      if (!id) {
        id = `GGM_NOID_${classId}_${(name ?? String(record.row)).replace(/\W+/g, '_')}`;
        this.report('GGM-M002', 'warning', `attribute ${name ?? ''} of ${cls.name} has no id; using ${id}`, {
          ...at,
          column: 'id',
        });
      }
      if (seen.has(id)) {
        this.report('GGM-M003', 'error', `duplicate id ${id}; the later row is skipped`, at);
        continue;
      }
      seen.add(id);
      if (!name) {
        this.report('GGM-M042', 'warning', `attribute ${id} of ${cls.name} has no name; skipped`, {
          ...at,
          column: 'name',
        });
        continue;
      }
      const attribute: Attribute = {
        id,
        classId,
        name,
        type: this.resolveType(record, cls, c.raw),
        cardinality: attributeCardinality(record.cells['mogelijk_geen_waarde']),
        history: {
          validTimeline: yes(record.cells['heeft_tijdlijn_geldigheid']),
          registrationTimeline: yes(record.cells['heeft_tijdlijn_registratie']),
        },
        synonyms: splitList(record.cells['synoniemen']),
      };
      assign(attribute.history, 'formal', c.text('indicatie_formele_historie', 'formal'));
      assign(attribute.history, 'material', c.text('indicatie_materiele_historie', 'material'));
      assign(attribute.history, 'inResearch', c.text('indicatie_in_onderzoek', 'inResearch'));
      assign(attribute, 'definition', c.text('definitie', 'definition'));
      assign(attribute, 'note', c.text('toelichting', 'note'));
      assign(attribute, 'stereotype', c.text('stereotype'));
      assign(attribute, 'pattern', c.text('patroon', 'pattern'));
      assign(attribute, 'formalPattern', c.text('formeel_patroon', 'formalPattern'));
      assign(attribute, 'unit', c.text('eenheid', 'unit'));
      assign(attribute, 'authentic', c.text('authentiek', 'authentic'));
      assign(attribute, 'minimum', c.text('minimumwaarde_inclusief', 'minimum'));
      assign(attribute, 'maximum', c.text('maximumwaarde_inclusief', 'maximum'));
      this.applyLength(attribute, record);
      assign(attribute, 'raw', c.rawOrUndefined());
      cls.attributes.push(attribute);
    }
  }

  /** `lengte` (float text, `50.0`) sets the length of a text type that has none from its name. */
  private applyLength(attribute: Attribute, record: SheetRecord): void {
    const lengte = record.cells['lengte'];
    if (!lengte) return;
    const n = Math.round(Number(lengte));
    const t = attribute.type;
    if (!Number.isFinite(n) || n <= 0) {
      this.report('GGM-M043', 'warning', `attribute ${attribute.name}: lengte ${lengte} is not a length`, {
        sheet: 'attributes',
        row: record.row,
        column: 'lengte',
      });
      return;
    }
    if (
      t.kind === 'primitive' &&
      (t.primitive === 'string' || t.primitive === 'text') &&
      t.length === undefined
    ) {
      t.primitive = 'string';
      t.length = n;
    }
  }

  /**
   * Resolves an attribute's type in the order the release's columns deserve trust: `enumeration_id`,
   * `type_class_id`, then the free-text `primitive` as a primitive spelling, an enumeration name, a class
   * name.
   */
  private resolveType(record: SheetRecord, cls: ClassDef, raw: RawValues): AttributeType {
    const at = { sheet: 'attributes', row: record.row };
    const primitive = record.cells['primitive'];
    if (primitive !== undefined) raw['type'] = primitive;
    const enumerationId = record.cells['enumeration_id']?.trim();
    if (enumerationId) {
      if (this.enumerations.has(enumerationId)) return { kind: 'enumeration', enumerationId };
      this.report('GGM-M050', 'warning', `unknown enumeration_id ${enumerationId}`, {
        ...at,
        column: 'enumeration_id',
      });
    }
    const typeClassId = record.cells['type_class_id']?.trim();
    if (typeClassId) {
      if (this.classes.has(typeClassId)) return { kind: 'class', classId: typeClassId };
      if (this.enumerations.has(typeClassId)) return { kind: 'enumeration', enumerationId: typeClassId };
      this.report('GGM-M051', 'warning', `type_class_id ${typeClassId} points to no class or enumeration`, {
        ...at,
        column: 'type_class_id',
      });
    }
    const name = primitive?.trim();
    if (!name) return { kind: 'none' };
    const parsed = parsePrimitive(name);
    if (parsed) return parsed;
    const key = name.toLowerCase();
    const enumeration = this.pickByDomain(this.enumerationsByName.get(key), cls);
    if (enumeration) return { kind: 'enumeration', enumerationId: enumeration.id };
    const target = this.pickByDomain(this.classesByName.get(key), cls);
    if (target) return { kind: 'class', classId: target.id };
    this.report(
      'GGM-M052',
      'warning',
      `type "${name}" of ${cls.name} is no known primitive, enumeration or class`,
      {
        ...at,
        column: 'primitive',
      },
    );
    return { kind: 'unknown', name };
  }

  /** Among same-named candidates, prefer the one in the referring class's own domain. */
  private pickByDomain<T extends { packageId: string }>(
    candidates: T[] | undefined,
    from: ClassDef,
  ): T | undefined {
    if (!candidates || candidates.length === 0) return undefined;
    const domain = this.packages.get(from.packageId)?.domainId;
    return candidates.find((c) => this.packages.get(c.packageId)?.domainId === domain) ?? candidates[0];
  }

  private readAssociations(): Association[] {
    const result: Association[] = [];
    const seen = new Set<string>();
    for (const record of this.records('associations').records) {
      const id = this.takeId('associations', record, seen);
      if (!id) continue;
      seen.add(id);
      const c = this.cleaner(record);
      const source = this.associationEnd(record, 'src', c.raw);
      const target = this.associationEnd(record, 'dst', c.raw);
      if (!source || !target) continue;
      const association: Association = { id, source, target };
      assign(association, 'name', c.text('name'));
      assign(association, 'definition', c.text('definitie', 'definition'));
      assign(association, 'stereotype', c.text('stereotype'));
      c.text('toelichting');
      assign(association, 'raw', c.rawOrUndefined());
      result.push(association);
    }
    return result;
  }

  private associationEnd(
    record: SheetRecord,
    end: 'src' | 'dst',
    raw: RawValues,
  ): AssociationEnd | undefined {
    const at = { sheet: 'associations', row: record.row };
    const classId = record.cells[`${end}_class_id`]?.trim() ?? '';
    if (!this.classes.has(classId)) {
      this.report('GGM-M060', 'error', `association end ${end} refers to unknown class ${classId}; skipped`, {
        ...at,
        column: `${end}_class_id`,
      });
      return undefined;
    }
    const start = record.cells[`${end}_mult_start`];
    const stop = record.cells[`${end}_mult_end`];
    const multiplicity = this.multiplicity(start, stop, at, end);
    if (start !== undefined || stop !== undefined) raw[`${end}Multiplicity`] = `${start ?? ''},${stop ?? ''}`;
    const result: AssociationEnd = { classId, multiplicity };
    assign(result, 'role', cleanText(record.cells[`${end}_role`]));
    assign(result, 'documentation', cleanText(record.cells[`${end}_documentation`]));
    return result;
  }

  private multiplicity(
    start: string | undefined,
    stop: string | undefined,
    at: Location,
    end: string,
  ): Cardinality {
    const bound = (value: string | undefined, fallback: number | null): number | null | 'bad' => {
      const v = value?.trim().replace(/^`/, '');
      if (v === undefined || v === '' || v === 'None') return fallback;
      if (v === '-1' || v === '*' || v === 'n') return null;
      const n = Number(v);
      return Number.isInteger(n) && n >= 0 ? n : 'bad';
    };
    let min = bound(start, 0);
    let max = bound(stop, null);
    if (min === 'bad' || min === null || max === 'bad' || (max !== null && max < min)) {
      this.report(
        'GGM-M061',
        'warning',
        `multiplicity ${start ?? ''}..${stop ?? ''} of end ${end} is not valid; 0..* used`,
        {
          ...at,
          column: `${end}_mult_start`,
        },
      );
      min = 0;
      max = null;
    }
    return { min, max };
  }

  private readGeneralizations(): Generalization[] {
    const result: Generalization[] = [];
    const seen = new Set<string>();
    for (const record of this.records('generalizations').records) {
      const id = this.takeId('generalizations', record, seen);
      if (!id) continue;
      seen.add(id);
      const subclassId = record.cells['subclass_id']?.trim() ?? '';
      const superclassId = record.cells['superclass_id']?.trim() ?? '';
      const missing = [subclassId, superclassId].filter((x) => !this.classes.has(x));
      if (missing.length > 0) {
        this.report(
          'GGM-M070',
          'error',
          `generalization refers to unknown class ${missing.join(', ')}; skipped`,
          {
            sheet: 'generalizations',
            row: record.row,
          },
        );
        continue;
      }
      result.push({ id, subclassId, superclassId });
    }
    return result;
  }

  private readDiagrams(): Diagram[] {
    const diagrams = new Map<string, Diagram>();
    for (const record of this.records('diagrams').records) {
      const id = this.takeId('diagrams', record, diagrams);
      if (!id) continue;
      const diagram: Diagram = {
        id,
        name: cleanText(record.cells['name']) ?? id,
        classIds: [],
        enumerationIds: [],
        associationIds: [],
        generalizationIds: [],
      };
      assign(diagram, 'packageId', record.cells['package_id']?.trim());
      diagrams.set(id, diagram);
    }
    const members: [string, string, keyof Diagram, (id: string) => boolean][] = [
      ['diagram_class', 'class_id', 'classIds', (id) => this.classes.has(id)],
      ['diagram_enumeration', 'enumeration_id', 'enumerationIds', (id) => this.enumerations.has(id)],
      ['diagram_association', 'association_id', 'associationIds', () => true],
      ['diagram_generalization', 'generalization_id', 'generalizationIds', () => true],
    ];
    for (const [sheet, column, field, exists] of members) {
      for (const record of this.records(sheet).records) {
        const diagram = diagrams.get(record.cells['diagram_id']?.trim() ?? '');
        const member = record.cells[column]?.trim() ?? '';
        if (!diagram || !exists(member)) {
          this.report('GGM-M080', 'warning', `diagram membership refers to an unknown diagram or element`, {
            sheet,
            row: record.row,
          });
          continue;
        }
        (diagram[field] as string[]).push(member);
      }
    }
    return [...diagrams.values()];
  }

  private reportDuplicateNames(): void {
    const byPackage = new Map<string, ClassDef[]>();
    for (const cls of this.classes.values())
      pushTo(byPackage, `${cls.packageId}/${cls.name.toLowerCase()}`, cls);
    for (const group of byPackage.values()) {
      if (group.length < 2) continue;
      this.report(
        'GGM-M090',
        'warning',
        `class name ${group[0]!.name} occurs ${group.length} times in one package`,
        { sheet: 'classes' },
        'physical names get a numeric suffix',
      );
    }
    for (const [name, group] of this.classesByName) {
      const packages = new Set(group.map((c) => c.packageId));
      if (packages.size < 2) continue;
      this.report(
        'GGM-M091',
        'info',
        `class name ${group[0]!.name} is used in ${packages.size} packages`,
        { sheet: 'classes' },
        `refer to it by qualified name; ${name}`,
      );
    }
  }
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function yes(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'ja';
}

/** Attributes have no multiplicity in the export; `mogelijk_geen_waarde = Nee` is the only signal of 1..1. */
function attributeCardinality(mogelijkGeenWaarde: string | undefined): Cardinality {
  return { min: mogelijkGeenWaarde?.trim().toLowerCase() === 'nee' ? 1 : 0, max: 1 };
}
