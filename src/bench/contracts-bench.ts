import { resolve } from 'node:path';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { selectClasses } from '../model/model-selection.js';
import { buildContractModel } from '../schema/contracts/contract-model.js';
import { emitClassDocuments, emitDomainBundles } from '../schema/contracts/json-schema-emitter.js';
import { emitOpenApi } from '../schema/contracts/openapi-emitter.js';
import { emitTypeScript } from '../schema/contracts/typescript-emitter.js';
import { resultLine, round, time } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/**
 * `npm run bench -- contracts [workbook]`: all contracts for the whole model. That is the contract
 * model, JSON Schema per class and per domain, OpenAPI with paths, TypeScript, each serialised to
 * text, from a fresh `ModelIndex`. The baseline is `JSON.stringify` of the model itself: writing
 * the same data with no generation at all.
 */
export async function run(args: string[]): Promise<void> {
  const file = resolve(args[0] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const { model } = await loadModel(file);
  const index = new ModelIndex(model);
  let bytes = 0;
  const generate = () => {
    // a fresh index each run, so names and hints (memoised per index) are computed every time
    const fresh = new ModelIndex(model);
    const contracts = buildContractModel(fresh, selectClasses(fresh, {}));
    const docs = [...emitClassDocuments(contracts), ...emitDomainBundles(contracts)];
    bytes = docs.reduce((n, d) => n + JSON.stringify(d.schema, null, 2).length, 0);
    bytes += JSON.stringify(emitOpenApi(contracts, { paths: true }), null, 2).length;
    bytes += emitTypeScript(contracts).length;
  };
  const baseline = await time(() => JSON.stringify(model, null, 2), 7);
  const ours = await time(generate, 7);
  const modelBytes = JSON.stringify(model, null, 2).length;
  console.log(`model JSON ${round(modelBytes / 1e6)} MB in ${round(baseline.ms)} ms`);
  console.log(
    `contracts ${round(bytes / 1e6)} MB in ${round(ours.ms)} ms (${index.model.classes.length} classes)`,
  );
  console.log(
    resultLine('contracts', 'generate_ms', ours.ms, baseline.ms, {
      classes: index.model.classes.length,
      output_mb: round(bytes / 1e6),
    }),
  );
}
