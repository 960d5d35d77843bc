import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus, type CorpusOptions } from './corpus-generator.js';
import { generateInvalidCases } from './invalid-cases.js';

export interface CorpusSummary {
  files: number;
  messages: number;
  invalid: number;
}

/**
 * Writes a generated corpus: `valid/` (the chains), `invalid/` (one file per rule plus `context/`, the
 * valid messages the history cases are checked against) and `invalid/manifest.json` (file → expected rule).
 */
export async function writeCorpus(
  dir: string,
  options: CorpusOptions & { invalid?: boolean },
): Promise<CorpusSummary> {
  const validDir = join(dir, 'valid');
  await mkdir(validDir, { recursive: true });
  let files = 0;
  let messages = 0;
  for (const file of generateCorpus(options)) {
    await writeFile(join(validDir, file.name), file.content);
    files++;
    messages += file.messages;
  }
  if (options.invalid === false) return { files, messages, invalid: 0 };
  const { context, cases } = generateInvalidCases();
  const invalidDir = join(dir, 'invalid');
  await mkdir(join(invalidDir, 'context'), { recursive: true });
  for (const c of context) await writeFile(join(invalidDir, 'context', c.name), c.content);
  for (const c of cases) await writeFile(join(invalidDir, c.file), c.content);
  const manifest = {
    description: 'One invalid file per rule; history cases are validated together with context/.',
    context: context.map((c) => `context/${c.name}`),
    cases: cases.map(({ content: _c, ...rest }) => rest),
  };
  await writeFile(join(invalidDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, messages, invalid: cases.length };
}
