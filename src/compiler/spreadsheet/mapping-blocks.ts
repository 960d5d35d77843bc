import type { Diagnostic, Location } from '../../diagnostics/diagnostic.js';
import type { JoinBatch, JoinKind } from '../spec/mapping-spec.js';
import type { DraftCondition } from './mapping-draft.js';
import type { CellText } from './workbook-data.js';

/** The spreadsheet layouts the importer knows; docs/mapping-spreadsheets.md describes each. */
export type LayoutName = 'template' | 'entity-blocks' | 'table-blocks';

/**
 * How a block's source cells read: `column` — a column name of the row's (or block's) source table;
 * `expression` — SQL-like text over `schema.table.column` names.
 */
export type SourceReading = 'column' | 'expression';

/** One GGM class as a spreadsheet describes it, whatever the layout: the importer's neutral input. */
export interface MappingBlock {
  layout: LayoutName;
  sheet: string;
  /** First and last row of the block. */
  rows: [number, number];
  className: CellText;
  /** Source tables named for the whole block; several are alternatives (`a / b / c`). */
  tables: CellText[];
  /** Columns holding a mapping rule; more than one when the sheet maps several sources side by side. */
  variants: { column: string; label?: string }[];
  reading: SourceReading;
  fields: FieldRow[];
  remarks: CellText[];
  /** Set by the template reader when the rows carry the rule lines our export writes. */
  marked?: MarkedMapping;
}

export interface FieldRow {
  /** The GGM attribute (or technical column) as written. */
  name: CellText;
  /** A source table written on this row, overriding the block's. */
  table?: CellText;
  /** The rule per variant; undefined where the variant leaves the row empty. */
  sources: (CellText | undefined)[];
  /** Marked as business key (BK), or as primary key when the block marks no BK. */
  key: boolean;
  /** Marked as a reference to another table (FK). */
  foreign: boolean;
  remarks: CellText[];
  marked?: MarkedField;
}

/** Rule lines of an attribute or association row (Toelichting), as our export writes them. */
export interface MarkedField {
  expression?: string;
  sql?: Record<string, string>;
  values?: { code: string; literal: string }[];
  association?: { to?: string; key: string[] };
}

export interface MarkedSource {
  table: string;
  alias: string;
  columns: string[];
  join?: { kind: JoinKind; on: string; batch: JoinBatch };
  at: Location;
}

export interface MarkedMapping {
  name?: string;
  key: string[];
  history?: { mode: string; closeMissing: boolean; validFrom?: string };
  sources: MarkedSource[];
  where?: DraftCondition;
  deleteWhen?: DraftCondition;
}

/** What a layout reader found in a workbook. */
export interface ReadBlocks {
  blocks: MappingBlock[];
  diagnostics: Diagnostic[];
  /** Domain and subdomain the workbook says it is about (the template's "Algemene info"). */
  context: string[];
}
