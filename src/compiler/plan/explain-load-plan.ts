import { formatExpr, type Expr } from '../spec/expression-ast.js';
import type { LoadPlan, PlanExpr, PlanStep, TargetWrite } from './load-plan.js';
import type { ResolvedLatest } from '../resolve/resolved-mapping.js';

/** The plan for people: one line per step, then the columns and where their values come from. */
export function explainLoadPlan(plan: LoadPlan): string {
  const lines = [
    `mapping ${plan.mapping}: ${plan.targetClass} → ${plan.target.schema}.${plan.target.table} (history ${plan.history})`,
  ];
  plan.steps.forEach((step, i) => lines.push(`${String(i + 1).padStart(2)}. ${describeStep(step)}`));
  lines.push('', 'lineage:');
  for (const l of plan.lineage) {
    const from = l.sources.map((s) => `${s.schema}.${s.table}.${s.column}`).join(', ') || '(constant)';
    lines.push(`  ${l.target.table}.${l.target.column} ← ${from}  [${l.transform}] ${l.expression}`);
  }
  return lines.join('\n');
}

function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'ensure-meta':
      return 'create the ledger meta.applied_batches and meta.load_findings when missing';
    case 'pick-batch':
      return step.set
        ? `pick the oldest batches of bronze.${step.source} not yet applied by ${step.mapping}, in load order: at most ${step.set.maxBatches}, past the first at most ${step.set.maxRows} rows`
        : `pick the oldest batch of bronze.${step.source} not yet applied by ${step.mapping}`;
    case 'stage': {
      const from = step.sources.map((s) =>
        s.join
          ? `${s.join.kind} join bronze.${s.table} ${s.alias} (${s.latest ? latestText(s.latest) : `${s.join.batch} batch`}) on ${formatExpr(s.join.on)}`
          : `bronze.${s.table} ${s.alias}`,
      );
      const filter = step.where ? ` where ${show(step.where)}` : '';
      const tombstones = step.deleteWhen ? `, tombstone when ${show(step.deleteWhen)}` : '';
      return `stage ${from.join(', ')}${filter}: key = hash(${[...step.key.map(show), ...(step.versionedKey ? ['valid_from'] : [])].join(', ')}), ${step.columns.length} columns, row hash, one row per ${step.dedupeBy === 'key' ? 'key (last row wins)' : 'key and valid_from'}${tombstones}`;
    }
    case 'record-findings':
      return `record findings (missing key, duplicate key, ${[...new Set(step.columns.flatMap((c) => (c.probe ? [c.probe.finding] : [])))].join(', ') || 'no value checks'})`;
    case 'chain-batches':
      return step.mode === 'events'
        ? 'chain the batches: per object and valid_from the first staged row is the one appended'
        : `chain the batches: per object in batch order, which rows change the version before them${step.mode === 'snapshot' ? ' (each becomes a version, closed by the next)' : ' (the last one stays)'}`;
    case 'merge':
      return `merge (${step.mode})`;
    case 'close-changed':
      return `close open versions in ${step.write.table} whose row hash changed (valid_to = new valid_from)${matchedBy(step.write)}`;
    case 'close-missing':
      return `close open versions in ${step.write.table} of this source missing from the batch (full snapshot)`;
    case 'delete-changed':
      return `delete rows in ${step.write.table} whose row hash changed`;
    case 'delete-tombstoned':
      return `delete rows in ${step.write.table} whose key a tombstone names`;
    case 'close-tombstoned':
      return `close open versions in ${step.write.table} that a tombstone names (valid_to = its valid_from)${matchedBy(step.write)}`;
    case 'insert-rows':
      return `insert staged rows into ${step.write.table}${matchedBy(step.write)} unless ${
        step.unless === 'open-version'
          ? 'an open version exists'
          : step.unless === 'same-key'
            ? 'the key exists'
            : 'the same key and valid_from exist'
      }`;
    case 'record-batch':
      return `record the batch in meta.applied_batches for ${step.mapping}`;
    case 'drop-stage':
      return 'drop the stage tables';
  }
}

function matchedBy(w: TargetWrite): string {
  return w.identity ? `, objects matched by ${w.identity.join(', ')}` : '';
}

function show(e: PlanExpr): string {
  if (e.kind === 'raw') return `sql(${Object.keys(e.sql).join(', ')})`;
  return 'at' in e ? formatExpr(e as Expr) : e.kind;
}

function latestText(l: ResolvedLatest): string {
  const order = l.orderBy.map((o) => `${show(o.expr)}${o.descending ? ' desc' : ''}`);
  const where = l.where ? ` where ${show(l.where)}` : '';
  return `every batch${where}, latest per ${l.per.map(show).join(', ')} by ${order.join(', ')}`;
}
