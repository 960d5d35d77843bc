import { foldName } from '../diagnostics/suggest.js';
import type { LogicalTypeKind } from '../dialects/logical-type.js';
import type { ModelIndex } from '../model/model-index.js';
import type { PlanTable, SchemaPlan } from '../schema/schema-plan.js';
import type { CatalogColumn, CatalogTable, SubjectStep, ValueKind } from './governance-catalog.js';
import type { Classification } from './governed-read.js';

/** Folded names of attributes that hold a BSN. */
const BSN_NAMES = new Set(['bsn', 'burgerservicenummer', 'sofinummer']);

/** Folded name parts of attributes that are personal data wherever they are (AVG art. 4(1)). */
const PERSONAL_PARTS = [
  'geslachtsnaam',
  'voornamen',
  'voornaam',
  'voorletters',
  'achternaam',
  'voorvoegsel',
  'aanschrijving',
  'geboortedatum',
  'datumgeboorte',
  'geboorteplaats',
  'geboorteland',
  'datumoverlijden',
  'overlijdensplaats',
  'geslachtsaanduiding',
  'nationaliteit',
  'anummer',
  'adres',
  'straat',
  'huisnummer',
  'huisletter',
  'postcode',
  'telefoon',
  'email',
  'iban',
  'rekeningnummer',
  'burgerlijkestaat',
  'partnerid',
  'ouder1',
  'ouder2',
  'verblijfstitel',
  'indicatiegeheim',
  'indicatieafscherming',
];

/** The part of the model whose classes hold care data (special categories, AVG art. 9). */
const SOCIAL_DOMAIN = /^6 Sociaal Domein\//;

export function valueKind(kind: LogicalTypeKind): ValueKind {
  switch (kind) {
    case 'varchar':
    case 'text':
    case 'uuid':
      return 'text';
    case 'smallint':
    case 'integer':
    case 'bigint':
      return 'integer';
    case 'decimal':
      return 'number';
    case 'date':
      return 'date';
    case 'timestamp':
      return 'timestamp';
    case 'boolean':
      return 'boolean';
    default:
      return 'other';
  }
}

/** Classification by name alone: a BSN, personal data, or nothing known. */
export function classifyByName(name: string): { classification: Classification; reason: string } | undefined {
  const folded = foldName(name);
  if (BSN_NAMES.has(folded) || folded.endsWith('bsn') || folded.includes('burgerservicenummer'))
    return { classification: 'bsn', reason: `the name ${name} says BSN` };
  const part = PERSONAL_PARTS.find((p) => folded.includes(p));
  if (part) return { classification: 'personal', reason: `the name ${name} is personal data (${part})` };
  return undefined;
}

export interface CatalogFromPlanOptions {
  /** Physical names (or plan names) of the silver tables the warehouse holds. */
  tables: readonly string[];
  /** `table.column` found to hold BSNs by the data probe. */
  probedBsn?: ReadonlySet<string>;
  /** The silver schema name. */
  schema?: string;
}

/**
 * The governance catalog of the silver tables of a schema plan: columns with their classification from
 * the model (attribute names, the social domain's care data, persons found through shared keys) and
 * from the data probe, and each table's way to its data subject's BSN through foreign keys. Pure.
 */
export function catalogFromSchemaPlan(
  plan: SchemaPlan,
  index: ModelIndex | undefined,
  options: CatalogFromPlanOptions,
): CatalogTable[] {
  const wanted = new Set(options.tables);
  const tables = plan.tables.filter((t) => wanted.has(t.name));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const attributeOf = (t: PlanTable, c: PlanTable['columns'][number]) =>
    c.modelId && (c.role === 'attribute' || c.role === 'enumeration')
      ? index?.attribute(c.modelId)?.name
      : undefined;

  const bsnColumn = new Map<string, string>();
  for (const t of tables) {
    const found = t.columns.find(
      (c) =>
        options.probedBsn?.has(`${t.name}.${c.name}`) ||
        (c.role === 'attribute' && classifyByName(attributeOf(t, c) ?? c.name)?.classification === 'bsn'),
    );
    if (found) bsnColumn.set(t.name, found.name);
  }
  // persons: tables with a BSN, and tables whose primary key is a person's key (shared-key subclasses)
  const persons = new Set(bsnColumn.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const t of tables) {
      if (persons.has(t.name)) continue;
      const pk = t.primaryKey.columns;
      const shared = t.foreignKeys.some(
        (fk) =>
          persons.has(fk.table) && fk.columns.length === pk.length && fk.columns.every((c) => pk.includes(c)),
      );
      if (shared) {
        persons.add(t.name);
        changed = true;
      }
    }
  }
  const paths = new Map<string, SubjectStep[]>();
  for (const t of tables) {
    const path = subjectPath(t, byName, bsnColumn);
    if (path) paths.set(t.name, path);
  }
  const holder = (t: PlanTable) => {
    const steps = paths.get(t.name)!;
    return steps.length === 0 ? t.name : steps[steps.length - 1]!.table;
  };

  const aliasCount = new Map<string, number>();
  const classOf = (t: PlanTable) => (t.kind === 'entity' ? t.qualifiedName?.split('/').pop() : undefined);
  for (const t of tables) {
    const c = classOf(t);
    if (c) aliasCount.set(c.toLowerCase(), (aliasCount.get(c.toLowerCase()) ?? 0) + 1);
  }

  return tables.map((t): CatalogTable => {
    const social = SOCIAL_DOMAIN.test(t.qualifiedName ?? '');
    const aboutPerson = paths.has(t.name);
    const columns = t.columns.map((c): CatalogColumn => {
      const attribute = attributeOf(t, c);
      const base: CatalogColumn = {
        name: c.name,
        kind: valueKind(c.type.kind),
        classification: 'none',
        ...(attribute ? { attribute } : {}),
      };
      const fk = t.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === c.name);
      const enumTable = fk && byName.get(fk.table)?.kind === 'reference' ? fk.table : undefined;
      if (enumTable && fk)
        base.enumeration = {
          table: enumTable,
          keyColumn: fk.referencedColumns[0]!,
          valueColumn: 'value',
          alias: c.name.replace(/_enum_id$/, ''),
        };
      const set = (classification: Classification, reason: string): CatalogColumn => ({
        ...base,
        classification,
        reason,
      });
      if (bsnColumn.get(t.name) === c.name)
        return set(
          'bsn',
          options.probedBsn?.has(`${t.name}.${c.name}`)
            ? 'its values pass the BSN 11-proef'
            : `the attribute ${attribute ?? c.name} is a BSN`,
        );
      if (c.role === 'history' || c.role === 'load') return base;
      const personRef = fk && persons.has(fk.table);
      if (c.role === 'key' || (c.role === 'reference' && !enumTable)) {
        if (persons.has(t.name) && c.role === 'key')
          return set('personal', `the key of a person (${holder(t)})`);
        // an identifier (the key is derived from the BSN): personal, so `special: clear` never shows it
        if (personRef) return set('personal', `refers to a person (${fk.table})`);
        return base;
      }
      if (social && aboutPerson)
        return set('special', `care data of a person in the social domain (${classOf(t) ?? t.name})`);
      const named = classifyByName(attribute ?? c.name);
      if (named) return { ...base, ...named };
      if (persons.has(t.name)) return set('personal', `describes a person (${classOf(t) ?? t.name})`);
      return base;
    });
    const cls = classOf(t);
    const aliases = cls && aliasCount.get(cls.toLowerCase()) === 1 ? [cls, cls.replace(/\s+/g, '')] : [];
    const steps = paths.get(t.name);
    return {
      schema: options.schema ?? 'silver',
      name: t.name,
      aliases: [...new Set(aliases.filter((a) => a.toLowerCase() !== t.name.toLowerCase()))],
      columns,
      ...(steps ? { subject: { steps, bsnColumn: bsnColumn.get(holder(t))! } } : {}),
      orderBy: t.primaryKey.columns,
    };
  });
}

/** The shortest foreign-key path (at most 3 steps, no reference tables) from `t` to a table holding a BSN. */
function subjectPath(
  start: PlanTable,
  byName: ReadonlyMap<string, PlanTable>,
  bsnColumn: ReadonlyMap<string, string>,
): SubjectStep[] | undefined {
  if (bsnColumn.has(start.name)) return [];
  let frontier: { table: PlanTable; steps: SubjectStep[] }[] = [{ table: start, steps: [] }];
  const seen = new Set([start.name]);
  for (let depth = 0; depth < 3; depth++) {
    const next: typeof frontier = [];
    for (const { table, steps } of frontier) {
      for (const fk of table.foreignKeys) {
        const target = byName.get(fk.table);
        if (!target || target.kind === 'reference' || seen.has(target.name)) continue;
        const path = [...steps, { table: target.name, from: fk.columns, to: fk.referencedColumns }];
        if (bsnColumn.has(target.name)) return path;
        seen.add(target.name);
        next.push({ table: target, steps: path });
      }
    }
    frontier = next;
  }
  return undefined;
}
