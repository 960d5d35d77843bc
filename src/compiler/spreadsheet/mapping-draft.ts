import type { JoinBatch, JoinKind } from '../spec/mapping-spec.js';

/**
 * A mapping file about to be written: our YAML format's fields plus the comments that carry what the
 * spreadsheet said and what still needs a person (TODO lines). Plain data; `emitMappingYaml` writes it.
 */
export interface MappingDraft {
  file: string;
  name: string;
  target: string;
  /** The sheet the mapping comes from (import) or goes to (export). */
  sheet: string;
  header: string[];
  history?: { mode: string; closeMissing: boolean; validFrom?: string };
  historyComment?: string[];
  sources: DraftSource[];
  /** Comments above the sources, e.g. tables the sheet reads without a join condition. */
  sourcesComment: string[];
  key: string[];
  keyComment: string[];
  /** `where:` and `delete_when:`. */
  where?: DraftCondition;
  deleteWhen?: DraftCondition;
  attributes: DraftAttribute[];
  associations: DraftAssociation[];
  /** Rows that could not become entries: unknown names, rules for technical columns, empty rows. */
  footer: string[];
}

/** A condition: an expression of our language, or raw SQL per engine (`*` for all). */
export type DraftCondition = { value: string } | { sql: Record<string, string> };

export interface DraftSource {
  table: string;
  alias: string;
  columns: string[];
  join?: { kind: JoinKind; on: string; batch: JoinBatch };
}

export interface DraftAttribute {
  name: string;
  /** An expression of our language, or… */
  value?: string;
  /** …raw SQL per engine; `todo` holds a rule that still has to be written as an expression. */
  sql?: Record<string, string>;
  values?: { code: string; literal: string }[];
  comment: string[];
}

export interface DraftAssociation {
  name: string;
  to?: string;
  key: string[];
  comment: string[];
}

/** `NatuurlijkPersoon`, `Natuurlijk Persoon` → `natuurlijk-persoon`. */
export function kebabName(name: string): string {
  return (
    name
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'mapping'
  );
}
