import { stringify } from 'yaml';
import type { MappingDraft } from './mapping-draft.js';

/** A scalar as YAML: plain when that reads back the same, else quoted (double quotes for newlines). */
function scalar(text: string): string {
  if (text.includes('\n')) return JSON.stringify(text);
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function comments(lines: string[], indent: string): string[] {
  return lines.flatMap((l) => l.split('\n')).map((l) => `${indent}#${l.trim() ? ` ${l.trimEnd()}` : ''}`);
}

/** The mapping file text: fields in the order docs/mappings.md uses, comments where the sheet spoke. */
export function emitMappingYaml(draft: MappingDraft): string {
  const out: string[] = [...comments(draft.header, '')];
  out.push(`name: ${scalar(draft.name)}`, `target: ${scalar(draft.target)}`);
  if (draft.history) {
    out.push(...comments(draft.historyComment ?? [], ''));
    const h = draft.history;
    if (!h.closeMissing && !h.validFrom) out.push(`history: ${scalar(h.mode)}`);
    else {
      out.push('history:', `  mode: ${scalar(h.mode)}`);
      if (h.closeMissing) out.push('  close_missing: true');
      if (h.validFrom) out.push(`  valid_from: ${scalar(h.validFrom)}`);
    }
  }
  out.push(...comments(draft.sourcesComment, ''), 'sources:');
  for (const s of draft.sources) {
    out.push(`  - table: ${scalar(s.table)}`);
    if (s.alias !== s.table) out.push(`    alias: ${scalar(s.alias)}`);
    if (s.columns.length > 0) out.push(`    columns: [${s.columns.map(scalar).join(', ')}]`);
    if (s.join) {
      out.push(`    join: ${s.join.kind}`, `    on: ${scalar(s.join.on)}`, `    batch: ${s.join.batch}`);
    }
  }
  out.push(...comments(draft.keyComment, ''));
  out.push(
    draft.key.length === 1 ? `key: ${scalar(draft.key[0]!)}` : `key: [${draft.key.map(scalar).join(', ')}]`,
  );
  for (const [field, c] of [
    ['where', draft.where],
    ['delete_when', draft.deleteWhen],
  ] as const) {
    if (!c) continue;
    if ('value' in c) {
      out.push(`${field}: ${scalar(c.value)}`);
      continue;
    }
    const engines = Object.entries(c.sql);
    if (engines.length === 1 && engines[0]![0] === '*')
      out.push(`${field}:`, `  sql: ${scalar(engines[0]![1])}`);
    else {
      out.push(`${field}:`, '  sql:');
      for (const [engine, sql] of engines) out.push(`    ${scalar(engine)}: ${scalar(sql)}`);
    }
  }
  if (draft.attributes.length > 0) out.push('attributes:');
  for (const a of draft.attributes) {
    out.push(...comments(a.comment, '  '));
    if (!a.sql && !a.values) {
      out.push(`  ${scalar(a.name)}: ${scalar(a.value ?? '')}`);
      continue;
    }
    out.push(`  ${scalar(a.name)}:`);
    if (a.sql) {
      const engines = Object.entries(a.sql);
      if (engines.length === 1 && engines[0]![0] === '*') out.push(`    sql: ${scalar(engines[0]![1])}`);
      else {
        out.push('    sql:');
        for (const [engine, sql] of engines) out.push(`      ${scalar(engine)}: ${scalar(sql)}`);
      }
    } else out.push(`    value: ${scalar(a.value ?? '')}`);
    if (a.values) {
      out.push('    values:');
      for (const v of a.values) out.push(`      ${JSON.stringify(v.code)}: ${scalar(v.literal)}`);
    }
  }
  if (draft.associations.length > 0) out.push('associations:');
  for (const a of draft.associations) {
    out.push(...comments(a.comment, '  '));
    const key = a.key.length === 1 ? scalar(a.key[0]!) : `[${a.key.map(scalar).join(', ')}]`;
    if (!a.to) out.push(`  ${scalar(a.name)}: ${key}`);
    else out.push(`  ${scalar(a.name)}:`, `    to: ${scalar(a.to)}`, `    key: ${key}`);
  }
  out.push(...comments(draft.footer, ''));
  return `${out.join('\n')}\n`;
}
