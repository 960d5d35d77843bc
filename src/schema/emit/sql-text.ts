import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { physicalName, sqlName, sqlString } from '../../dialects/identifiers.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { LogicalType } from '../schema-plan.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';

/**
 * Renders names, literals and types for one dialect. Names longer than the engine allows are
 * shortened (GGM-S201, once per name); names that are reserved or not plain are quoted, in the case
 * the engine folds unquoted names to, so quoted and unquoted uses refer to the same object.
 */
export class SqlText {
  private readonly shortened = new Map<string, string>();

  constructor(
    readonly dialect: SqlDialect,
    readonly diagnostics: Diagnostic[],
    /** Tables are qualified with this schema when set. */
    readonly schema?: string,
  ) {}

  private readonly quoted = new Map<string, string>();

  /** The physical name (shortened when needed), unquoted. */
  name(name: string): string {
    if (name.length <= this.dialect.maxIdentifierLength) return name;
    const cached = this.shortened.get(name);
    if (cached) return cached;
    const short = physicalName(this.dialect, name);
    if (short !== name) {
      this.diagnostics.push(
        schemaDiagnostic(
          SCHEMA_CODES.shortenedName,
          'info',
          `${name} is longer than ${this.dialect.maxIdentifierLength} characters (${this.dialect.label}); named ${short}`,
        ),
      );
    }
    this.shortened.set(name, short);
    return short;
  }

  ident(name: string): string {
    let result = this.quoted.get(name);
    if (result === undefined) {
      this.name(name); // reports the shortening once
      result = sqlName(this.dialect, name, 'plain');
      this.quoted.set(name, result);
    }
    return result;
  }

  /** A table's name as SQL, qualified with the schema when one is set. */
  table(name: string): string {
    return this.schema === undefined ? this.ident(name) : `${this.ident(this.schema)}.${this.ident(name)}`;
  }

  /** How many literals or comments were cut to the engine's maximum (reported once by the emitter). */
  truncated = 0;

  string(value: string, maxLength = this.dialect.capabilities.maxLiteralLength): string {
    if (value.length > maxLength) this.truncated++;
    const text = value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
    return sqlString(text, this.dialect);
  }

  literal(value: string | number | null): string {
    if (value === null) return 'NULL';
    return typeof value === 'number' ? String(value) : this.string(value);
  }

  type(t: LogicalType): string {
    const { templates, geometry, maxVarcharLength } = this.dialect.types;
    switch (t.kind) {
      case 'geometry':
        return geometry[t.geometry];
      case 'varchar':
        return t.length > maxVarcharLength
          ? templates.text
          : templates.varchar.replace('{length}', String(t.length));
      case 'decimal':
        return templates.decimal
          .replace('{precision}', String(t.precision))
          .replace('{scale}', String(t.scale));
      default:
        return templates[t.kind];
    }
  }
}
