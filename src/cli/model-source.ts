import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, type LoadedModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';

/**
 * The model a command works on: `--model`, else GGM_MODEL. Commands that have a sensible default (the
 * demo) pass `fallback`: a release workbook next to a development checkout, else a download of v2.5.1.
 */
export async function loadCommandModel(
  model: string | undefined,
  options: { noCache?: boolean; fallback?: boolean } = {},
): Promise<LoadedModel & { index: ModelIndex }> {
  let source = model ?? process.env['GGM_MODEL'];
  if (!source && options.fallback) source = localReleaseCopy() ?? 'v2.5.1';
  const loaded = await loadModel(source, { ...(options.noCache ? { noCache: true } : {}) });
  return { ...loaded, index: new ModelIndex(loaded.model) };
}

/** `../shared/ggm/v2.5.1/…` beside the checkout, where the project's developers keep the releases. */
function localReleaseCopy(): string | undefined {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidate = join(root, '..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');
  return existsSync(candidate) ? candidate : undefined;
}
