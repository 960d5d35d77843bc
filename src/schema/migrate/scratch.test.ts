import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildSchemaPlan } from '../index.js';

test('scratch', async () => {
  for (const v of ['v2.4.0', 'v2.5.0', 'v2.5.1'] as const) {
    const index = await loadReleaseIndex(v);
    const t0 = Date.now();
    const { plan, diagnostics } = buildSchemaPlan(index);
    console.log(
      v,
      Date.now() - t0,
      'ms',
      plan.tables.length,
      'tables',
      plan.tables.reduce((n, t) => n + t.columns.length, 0),
      'cols',
      diagnostics.length,
    );
    writeFileSync(`/tmp/plan-${v}.json`, JSON.stringify(plan, null, 1));
  }
}, 120000);
