// A gold metric as an OData entity type: the long table's columns (GOLD_COLUMNS) as typed properties,
// keyed by period, grain and the dimension columns. Pure data, shared by $metadata, the query compiler
// and the JSON writer, so the three always agree on names and types.

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { GOLD_COLUMNS, type GoldMetricDescriptor } from '../gold-table.js';

export type EdmType = 'Edm.String' | 'Edm.Date' | 'Edm.Decimal' | 'Edm.Double' | 'Edm.Int64' | 'Edm.Boolean';

export interface ODataProperty {
  /** The OData name, equal to the gold column name. */
  name: string;
  type: EdmType;
  nullable: boolean;
  /** Dutch description for people (Core.Description). */
  description: string;
}

export interface ODataEntitySet {
  /** Entity set and entity type name: the metric id. */
  name: string;
  metric: GoldMetricDescriptor;
  /** In table order: periode, periode_start, periode_eind, grain, dimensions, teller, noemer, waarde, onderdrukt. */
  properties: readonly ODataProperty[];
  /** Key property names: periode, grain, then the dimensions. */
  key: readonly string[];
}

/** An OData SimpleIdentifier restricted to ASCII (what a snake_case metric or column id always is). */
const SIMPLE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

const FIXED_DESCRIPTIONS: Record<keyof typeof GOLD_COLUMNS, string> = {
  period: 'Periode zoals mensen die schrijven: 2025, 2025H1, 2025Q3 of 2025-03.',
  periodStart: 'Eerste dag van de periode.',
  periodEnd: 'Laatste dag van de periode.',
  grain: 'Soort periode: month (maand), quarter (kwartaal), halfyear (halfjaar) of year (jaar).',
  numerator: 'Teller. Leeg als de cel is onderdrukt.',
  denominator: 'Noemer (bevolking). Leeg als de indicator geen noemer heeft of de cel is onderdrukt.',
  value: 'Waarde van de indicator. Leeg als de cel is onderdrukt.',
  suppressed: 'Waar als de cel is onderdrukt om herleidbaarheid tot personen te voorkomen.',
};

/** Whole numbers for counts; exact decimals for euros and days; a floating rate for rates. */
function measureTypes(unit: GoldMetricDescriptor['unit']): { numerator: EdmType; value: EdmType } {
  switch (unit) {
    case 'persons':
    case 'count':
      return { numerator: 'Edm.Int64', value: 'Edm.Int64' };
    case 'rate':
      return { numerator: 'Edm.Int64', value: 'Edm.Double' };
    case 'euro':
    case 'days':
      return { numerator: 'Edm.Decimal', value: 'Edm.Decimal' };
  }
}

/**
 * The entity set of one metric, or a diagnostic when its id or a dimension name cannot be an OData
 * identifier or clashes with a fixed column (the metric is then left out of the feed).
 */
export function entitySetOf(metric: GoldMetricDescriptor): ODataEntitySet | Diagnostic {
  const refuse = (message: string): Diagnostic => ({
    code: 'GGM-O040',
    severity: 'warning',
    message: `metric ${metric.id} is left out of the OData feed: ${message}`,
  });
  if (!SIMPLE_IDENTIFIER.test(metric.id)) return refuse('its id is not an OData identifier');
  const fixed = new Set<string>(Object.values(GOLD_COLUMNS));
  const seen = new Set<string>();
  for (const d of metric.dimensions) {
    if (!SIMPLE_IDENTIFIER.test(d.name)) return refuse(`dimension ${d.name} is not an OData identifier`);
    if (fixed.has(d.name) || seen.has(d.name))
      return refuse(`dimension ${d.name} clashes with another column`);
    seen.add(d.name);
  }
  const types = measureTypes(metric.unit);
  const fixedProperty = (key: keyof typeof GOLD_COLUMNS, type: EdmType, nullable: boolean) => ({
    name: GOLD_COLUMNS[key],
    type,
    nullable,
    description: FIXED_DESCRIPTIONS[key],
  });
  const properties: ODataProperty[] = [
    fixedProperty('period', 'Edm.String', false),
    fixedProperty('periodStart', 'Edm.Date', false),
    fixedProperty('periodEnd', 'Edm.Date', false),
    fixedProperty('grain', 'Edm.String', false),
    ...metric.dimensions.map((d) => ({
      name: d.name,
      type: 'Edm.String' as const,
      nullable: false,
      description: `${d.title} (Totaal = alle waarden samen).`,
    })),
    fixedProperty('numerator', types.numerator, true),
    fixedProperty('denominator', 'Edm.Int64', true),
    fixedProperty('value', types.value, true),
    fixedProperty('suppressed', 'Edm.Boolean', false),
  ];
  const key = [GOLD_COLUMNS.period, GOLD_COLUMNS.grain, ...metric.dimensions.map((d) => d.name)];
  return { name: metric.id, metric, properties, key };
}

/** The entity sets of the publishable metrics, by name, and diagnostics for those left out. */
export function entitySetsOf(metrics: readonly GoldMetricDescriptor[]): {
  sets: ODataEntitySet[];
  diagnostics: Diagnostic[];
} {
  const sets: ODataEntitySet[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const metric of [...metrics].sort((a, b) => a.id.localeCompare(b.id))) {
    const set = entitySetOf(metric);
    if ('code' in set) diagnostics.push(set);
    else sets.push(set);
  }
  return { sets, diagnostics };
}
