// `npm run bench -- <name> [args]`: runs dist/bench/<name>-bench.js (compiled from src/bench).
import { readdirSync } from 'node:fs';

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL('../dist/bench/', import.meta.url))
  .filter((f) => f.endsWith('-bench.js'))
  .map((f) => f.slice(0, -'-bench.js'.length));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>; benchmarks: ${available.join(', ')}`);
  process.exit(2);
}
const bench = await import(`../dist/bench/${name}-bench.js`);
await bench.run(args);
