import { describeEngineConformance } from '../engine-conformance.js';
import { PostgresEngine } from './postgres-engine.js';
import { createTestDatabase } from './postgres-test-database.js';

describeEngineConformance('postgres', async () => {
  const db = await createTestDatabase('ggm_engine');
  const engine = await PostgresEngine.open(db.url);
  return { engine, cleanup: () => db.drop() };
});
