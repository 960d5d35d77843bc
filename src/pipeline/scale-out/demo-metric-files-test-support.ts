import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXAMPLES = resolve(import.meta.dirname, '..', '..', '..', 'examples');
/** The demo's gold folder: examples/sociaal/gold and examples/participatie/gold-brp (src/demo copies both). */
const GOLD_DIRS = [join(EXAMPLES, 'sociaal', 'gold'), join(EXAMPLES, 'participatie', 'gold-brp')];

/** The demo's metric files, text read, in a stable order. */
export function demoMetricFiles(): { file: string; text: string }[] {
  return GOLD_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
  );
}
