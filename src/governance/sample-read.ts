// The failing samples of a data-quality check (meta.check_samples) under the policy. A sample is a row of
// the checked table stored as JSON, so it is personal data like the table: it is read under the grant of
// that table (not of `kwaliteit`), each member becomes the column it came from with the treatment that
// grant gives it, members that are no column of the table are left out, and the rows' data subjects go
// to the audit log as for the table itself.
import { sqlName, sqlString } from '../dialects/identifiers.js';
import type { CatalogTable } from './governance-catalog.js';
import { GOVERNANCE_CODES as G } from './governance-codes.js';
import { keyOfPurpose, type GovernancePolicy } from './governance-policy.js';
import { hmacSql, treatedSql, visibleColumns } from './column-treatments.js';
import type { GovernedColumn, GovernedRead, GovernedReadRequest, PolicyDenial } from './governed-read.js';
import { deny, SUBJECT_COLUMN, type ReadContext } from './read-context.js';
import { subjectBsnSql } from './subject-sql.js';

/** The result column with the sample's number within its check (1, 2, …). */
export const SAMPLE_NUMBER_COLUMN = 'voorbeeld';

/** At most this many samples a check stores; a page beyond is empty, never an error. */
const MAX_SAMPLE_PAGE = 1000;

export function compileSampleRead(
  policy: GovernancePolicy,
  request: GovernedReadRequest,
  ctx: ReadContext,
): GovernedRead | PolicyDenial {
  const { dialect, syntax, purpose, grant, table, params } = ctx;
  const samples = request.samples!;
  // a row filter is written against the table's typed columns; samples are text, so they are refused
  // rather than shown unfiltered
  if (grant.rows)
    return deny(
      403,
      G.deniedNoGrant,
      `the grant of ${request.table} for ${purpose.id} filters rows; samples of its checks cannot be filtered the same way and are not served`,
    );
  const { page, pageSize } = request;
  const size = Math.min(grant.maxPageSize, MAX_SAMPLE_PAGE);
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > size)
    return deny(400, G.deniedBadPage, 'the page or page size is out of range', [
      { name: 'pageSize', reason: `page from 1, pageSize from 1 to ${size}` },
    ]);
  if ((page - 1) * pageSize > MAX_SAMPLE_PAGE)
    return deny(400, G.deniedBadPage, 'the page or page size is out of range', [
      { name: 'page', reason: `a check keeps at most ${MAX_SAMPLE_PAGE} samples` },
    ]);

  // Every member of a sample is text (JSON): a date is generalised as text (its year), and what can only
  // be generalised as a number (an age) is withheld.
  const asText: CatalogTable = { ...table, columns: table.columns.map((c) => ({ ...c, kind: 'text' })) };
  const visible = visibleColumns(policy, grant, asText);
  const q = (name: string) => sqlName(dialect, name);
  const key = keyOfPurpose(policy, purpose.id);

  const columns: GovernedColumn[] = [
    { name: SAMPLE_NUMBER_COLUMN, classification: 'none', treatment: 'clear' },
    ...visible.map((v) => ({
      name: v.column.name,
      classification: v.classification,
      treatment: v.treatment,
    })),
  ];
  const select = [
    `t.${q(SAMPLE_NUMBER_COLUMN)} AS ${q(SAMPLE_NUMBER_COLUMN)}`,
    ...visible.map(
      (v) =>
        `${treatedSql(`t.${q(v.column.name)}`, v.column, v.treatment as Exclude<typeof v.treatment, 'withheld'>, syntax, key, params)} AS ${q(v.column.name)}`,
    ),
  ];
  const subject = table.subject ? subjectBsnSql(asText, dialect, syntax.text) : undefined;
  if (subject)
    select.push(`${hmacSql(syntax.text(subject), policy.auditKey, syntax, params)} AS ${q(SUBJECT_COLUMN)}`);

  // Inner: the page of samples, every column of the table taken out of the JSON (the subject's path may
  // need withheld ones); the check must be one of `table`, so a grant of one table shows no other's.
  const json = `s.${q('row_json')}`;
  const members = table.columns.map((c) => `${syntax.jsonText(json, sqlString(c.name))} AS ${q(c.name)}`);
  const run = params.add(samples.run);
  const check = params.add(samples.check);
  const tableName = params.add(table.name);
  let inner =
    `SELECT s.${q('sample_number')} AS ${q(SAMPLE_NUMBER_COLUMN)}, ${members.join(', ')}\n` +
    `  FROM ${q('meta')}.${q('check_samples')} s\n` +
    `  WHERE s.${q('run_id')} = ${run} AND s.${q('check_id')} = ${check}\n` +
    `    AND EXISTS (SELECT 1 FROM ${q('meta')}.${q('check_results')} r WHERE r.${q('run_id')} = s.${q('run_id')} AND r.${q('check_id')} = s.${q('check_id')} AND lower(r.${q('table_name')}) = lower(${tableName}))\n` +
    `  ORDER BY s.${q('sample_number')}`;
  inner = `${dialect.query.limit(inner, params.add(pageSize), '\n  ')} OFFSET ${params.add((page - 1) * pageSize)}`;
  const sql = `SELECT ${select.join(', ')}\nFROM (\n  ${inner}\n) t\nORDER BY t.${q(SAMPLE_NUMBER_COLUMN)}`;

  return {
    sql,
    parameters: params.values,
    columns,
    subjectColumn: subject ? SUBJECT_COLUMN : null,
    personal: visible.some((v) => v.classification !== 'none') || subject !== undefined,
    purpose: { id: purpose.id, uri: purpose.uri, name: purpose.name },
    role: grant.role,
    table: `${q('meta')}.${q('check_samples')}`,
  };
}
