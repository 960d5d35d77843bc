import type { TreatmentSyntax } from '../treatment-syntax.js';

/** PostgreSQL: sha256(bytea) → bytea, hex through encode/decode; the message as UTF-8 bytes. */
export const POSTGRES_TREATMENTS: TreatmentSyntax = {
  text: (expr) => `CAST(${expr} AS text)`,
  hmacSha256Hex: (text, inner, outer) =>
    `encode(sha256(decode(${outer}, 'hex') || sha256(decode(${inner}, 'hex') || convert_to(${text}, 'UTF8'))), 'hex')`,
  year: (date) => `CAST(EXTRACT(YEAR FROM ${date}) AS INTEGER)`,
  jsonText: (json, key) => `(CAST(${json} AS json) ->> ${key})`,
};
