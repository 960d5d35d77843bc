import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import {
  addBatch,
  createBronze,
  createSilver,
  type Layout,
} from '../../../test/fixtures/mappings/load-scenario.js';

/**
 * Three batches of panden for the one-query differentials: changes, a tombstone (status X), a pand
 * that comes back after its tombstone, an unchanged repeat and an unparsable year.
 */
export const PAND_TIMES = ['2026-01-05 10:00:00', '2026-01-12 10:00:00', '2026-01-19 10:00:00'] as const;

const row = (id: string | null, status: string, jaar: string | null, naam: string | null) => [
  id,
  status,
  jaar,
  null,
  null,
  null,
  naam,
];

export const PAND_BATCHES: [string, string, (string | null)[][]][] = [
  [
    'B1',
    PAND_TIMES[0],
    [
      row('0001', '1', '1990', 'a'),
      row('0002', '1', '2000', 'b'),
      row('0003', '1', 'abc', 'c'),
      row('0005', '1', '1995', 'e'),
    ],
  ],
  [
    'B2',
    PAND_TIMES[1],
    [
      row('0001', 'X', null, null),
      row('0002', '1', '2001', 'b2'),
      row('0004', '1', '2004', 'd'),
      row('0005', '1', '1995', 'e'),
    ],
  ],
  ['B3', PAND_TIMES[2], [row('0002', 'X', '2000', 'b'), row('0001', '1', '1990', 'a')]],
];

/** An in-memory DuckDB warehouse with bronze, the fixture's silver tables and the first `batches`. */
export async function pandWarehouse(layout: Layout, batches = PAND_BATCHES.length): Promise<Engine> {
  const engine = await DuckDbEngine.open({ path: ':memory:' });
  await createBronze(engine);
  await createSilver(engine, 'duckdb', layout);
  for (const [id, at, rows] of PAND_BATCHES.slice(0, batches))
    await addBatch(engine, 'bag_panden', id, at, rows);
  return engine;
}

export async function addPandBatch(engine: Engine, index: number): Promise<void> {
  const [id, at, rows] = PAND_BATCHES[index]!;
  await addBatch(engine, 'bag_panden', id, at, rows);
}
