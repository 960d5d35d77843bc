import type { TreatmentSyntax } from '../treatment-syntax.js';

/** DuckDB: sha256 takes a BLOB and returns hex text; `unhex` turns the inner digest back into bytes. */
export const DUCKDB_TREATMENTS: TreatmentSyntax = {
  text: (expr) => `CAST(${expr} AS VARCHAR)`,
  hmacSha256Hex: (text, inner, outer) =>
    `sha256(unhex(${outer}) || unhex(sha256(unhex(${inner}) || encode(${text}))))`,
  year: (date) => `CAST(EXTRACT(YEAR FROM ${date}) AS INTEGER)`,
  jsonText: (json, key) => `(CAST(${json} AS JSON) ->> ${key})`,
};
