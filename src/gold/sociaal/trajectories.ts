// Jeugdhulp trajectories by the CBS rule: the leveringen of one client × hulpvorm (productcategorie) ×
// aanbieder that overlap or touch (the next starts at most one day after the previous ends) merge into
// one trajectory. An open levering (no stop) makes its trajectory open. The reason a trajectory ended is
// the stopreden of the levering that ends last; JZ588 code 31 is "volgens plan" (iWmo 19).
//
// Gaps and islands: a levering opens a new trajectory when it starts more than a day after the latest
// end of every earlier levering of the same key.

import { PORTABLE_SQL, type StandardSqlSyntax } from './standard-sql-syntax.js';

/** `CREATE TABLE gold_intern.sd_jeugdhulptraject` (drop it first), from gold_intern.sd_levering. */
export function jeugdhulpTrajectStatements(s: StandardSqlSyntax = PORTABLE_SQL): string[] {
  const OPEN = s.date('9999-12-31');
  return [
    `DROP TABLE IF EXISTS gold_intern.sd_jeugdhulptraject`,
    `CREATE TABLE gold_intern.sd_jeugdhulptraject AS
WITH lv AS (
  SELECT bsn, categorie, aanbieder_id, datum_start, coalesce(datum_stop, ${OPEN}) AS eind, stopreden
  FROM gold_intern.sd_levering
  WHERE wet = 'Jeugdwet' AND categorie NOT IN ('47', '48') AND bsn IS NOT NULL
), vorige AS (
  SELECT lv.*, max(eind) OVER (PARTITION BY bsn, categorie, aanbieder_id ORDER BY datum_start, eind
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS vorig_eind
  FROM lv
), eilanden AS (
  SELECT vorige.*, sum(CASE WHEN vorig_eind IS NOT NULL AND datum_start <= ${s.addDays('vorig_eind', 1)} THEN 0 ELSE 1 END)
    OVER (PARTITION BY bsn, categorie, aanbieder_id ORDER BY datum_start, eind ROWS UNBOUNDED PRECEDING) AS nr
  FROM vorige
), gerangschikt AS (
  SELECT eilanden.*,
    min(datum_start) OVER (PARTITION BY bsn, categorie, aanbieder_id, nr) AS traject_start,
    row_number() OVER (PARTITION BY bsn, categorie, aanbieder_id, nr ORDER BY eind DESC, ${s.nullsLast('stopreden', 'DESC')}) AS rang
  FROM eilanden
)
SELECT bsn, categorie, aanbieder_id, traject_start AS datum_start,
  CASE WHEN eind = ${OPEN} THEN NULL ELSE eind END AS datum_einde,
  CASE WHEN eind = ${OPEN} THEN NULL ELSE stopreden END AS stopreden
FROM gerangschikt WHERE rang = 1`,
  ];
}
