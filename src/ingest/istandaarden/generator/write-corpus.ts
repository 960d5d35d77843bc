import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus, type CorpusOptions } from './corpus-generator.js';

/** Writes a generated corpus to a folder; returns how many files and messages were written. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<{ files: number; messages: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let messages = 0;
  for (const file of generateCorpus(options)) {
    await writeFile(join(dir, file.name), file.content);
    files++;
    messages += file.messages;
  }
  return { files, messages };
}
