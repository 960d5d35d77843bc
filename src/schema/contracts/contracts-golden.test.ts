import { beforeAll, describe, expect, it } from 'vitest';
import { selectClasses } from '../../model/model-selection.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildContractModel, type ContractModel } from './contract-model.js';
import { emitClassDocuments, emitSelectionBundle } from './json-schema-emitter.js';
import { emitOpenApi } from './openapi-emitter.js';
import { emitTypeScript } from './typescript-emitter.js';

/**
 * Golden files for a small selection that touches every feature: enumeration with required value,
 * money, datatype embedding, geometry, inheritance over two levels, object references. Refresh with
 * `npx vitest run src/schema/contracts/contracts-golden.test.ts -u` and review the diff.
 */
const GOLDEN = '../../../test/golden/contracts';
const CLASSES = [
  'Onderwijssoort',
  'Schuld',
  'Verzuimmelding',
  'Strooiroute',
  'KoopsomKadastraleOnroerendeZaak',
];
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe.skipIf(!hasReleases())('contract golden files (GGM v2.5.1, five classes without closure)', () => {
  let model: ContractModel;

  beforeAll(async () => {
    const index = await loadReleaseIndex('v2.5.1');
    model = buildContractModel(index, selectClasses(index, { classes: CLASSES, closure: false }));
  });

  it('JSON Schema bundle', async () => {
    await expect(json(emitSelectionBundle(model).schema)).toMatchFileSnapshot(
      `${GOLDEN}/sample.schema.json.golden`,
    );
  });

  it('JSON Schema class document', async () => {
    const doc = emitClassDocuments(model).find((d) => d.schema['title'] === 'Verzuimmelding')!;
    expect(doc.path).toBe('onderwijs/leerplicht-en-leerlingenvervoer/verzuimmelding.schema.json');
    await expect(json(doc.schema)).toMatchFileSnapshot(`${GOLDEN}/verzuimmelding.schema.json.golden`);
  });

  it('OpenAPI document', async () => {
    const document = emitOpenApi(model, { paths: true, contact: { email: 'gegevensmodel@example.nl' } });
    await expect(json(document)).toMatchFileSnapshot(`${GOLDEN}/sample.openapi.json.golden`);
  });

  it('TypeScript declarations', async () => {
    await expect(emitTypeScript(model)).toMatchFileSnapshot(`${GOLDEN}/sample.d.ts.golden`);
  });
});
