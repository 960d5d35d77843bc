/**
 * SQL for the governance treatments (src/governance) that differs per engine. Arguments and results are
 * SQL text; key material only ever arrives as placeholders (`$n`), never as text in the statement.
 */
export interface TreatmentSyntax {
  /** `expr` as text, the way Node's `String(value)` writes text and integers. */
  text(expr: string): string;
  /**
   * Lowercase hex HMAC-SHA256 of the UTF-8 bytes of `text`: sha256((k⊕opad) ‖ sha256((k⊕ipad) ‖ msg)),
   * with the two padded key blocks bound as hex-text parameters (`innerKey` = k⊕ipad, `outerKey` = k⊕opad).
   */
  hmacSha256Hex(text: string, innerKey: string, outerKey: string): string;
  /** The calendar year of a date or timestamp, as an integer. */
  year(date: string): string;
  /** The member `key` (a SQL text literal) of the JSON object in the text `json`, as text (NULL when absent). */
  jsonText(json: string, key: string): string;
}
