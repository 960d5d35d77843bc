import { describe, expect, it } from 'vitest';
import { ModelIndex } from '../../model/model-index.js';
import { selectClasses } from '../../model/model-selection.js';
import { hasReleases, loadRelease, RELEASES } from '../../../test/helpers/releases.js';
import { buildContractModel } from './contract-model.js';
import { emitClassDocuments, emitDomainBundles, emitSelectionBundle } from './json-schema-emitter.js';
import { emitOpenApi } from './openapi-emitter.js';
import { emitTypeScript } from './typescript-emitter.js';

describe.skipIf(!hasReleases())('contracts for every official release', () => {
  it.each(RELEASES)('generates JSON Schema, OpenAPI and TypeScript for the whole of %s', async (version) => {
    const index = new ModelIndex(await loadRelease(version));
    // both relation styles on the newest release; the default style on the older ones
    const styles = version === 'v2.5.1' ? (['reference', 'embed'] as const) : (['reference'] as const);
    for (const relations of styles) {
      const model = buildContractModel(index, selectClasses(index, {}), { relations });
      expect(model.classes).toHaveLength(index.model.classes.length);
      // the only model problem the contracts cannot work around is a generalization cycle
      const errors = new Set(model.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));
      expect([...errors].filter((c) => c !== 'GGM-S409')).toEqual([]);
      expect(emitClassDocuments(model)).toHaveLength(index.model.classes.length);
      expect(emitDomainBundles(model).length).toBe(index.domains().length);
      const bundle = emitSelectionBundle(model).schema;
      expect(Object.keys(bundle['$defs'] as object).length).toBeGreaterThanOrEqual(model.classes.length);
      const openapi = emitOpenApi(model, { paths: true });
      expect(Object.keys(openapi['paths'] as object).length).toBeGreaterThan(0);
      expect(emitTypeScript(model)).toContain('export interface');
    }
  });
});
