import { join, resolve } from 'node:path';
import { exportMappingWorkbook } from '../compiler/spreadsheet/export-mapping-workbook.js';
import { importMappingWorkbook } from '../compiler/spreadsheet/import-mapping-workbook.js';
import { loadMappingWorkbook } from '../compiler/spreadsheet/load-mapping-workbook.js';
import { parseMapping } from '../compiler/spec/parse-mapping.js';
import type { MappingSpec } from '../compiler/spec/mapping-spec.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { buildWorkbook } from '../xlsx/workbook-writer.js';
import { resultLine, round, time } from './bench-util.js';

const SHARED = resolve('..', 'shared');
const EXAMPLES = [
  'Centric-SSD-Inkomen-en-Participatie',
  'PinkRoccade-Civision-Samenlevingszaken',
  'Vicrea-Neuron-IMBAG',
];

/**
 * `npm run bench -- mapping-sheet [release workbook]`: importing the three community examples (read the
 * workbook, resolve against the model, write and re-parse the YAML) against only reading the same
 * workbooks; plus export of the imported mappings.
 */
export async function run(args: string[]): Promise<void> {
  const release = resolve(
    args[0] ?? process.env['GGM_MODEL'] ?? join(SHARED, 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx'),
  );
  const index = new ModelIndex((await loadModel(release)).model);
  const files = EXAMPLES.map((n) => join(SHARED, 'data', 'ggm-mappings', `${n}.xlsx`));

  const read = await time(async () => {
    for (const f of files) await loadMappingWorkbook(f);
  });
  let mappings = 0;
  const specs: MappingSpec[] = [];
  const imported = await time(async () => {
    mappings = 0;
    specs.length = 0;
    for (const f of files) {
      const result = importMappingWorkbook(await loadMappingWorkbook(f), index);
      mappings += result.files.length;
      for (const m of result.files) specs.push(parseMapping(m.text, m.file).spec!);
    }
  });
  const exported = await time(() => buildWorkbook(exportMappingWorkbook(specs, { index }).sheets), 20);
  console.log(
    `read ${files.length} workbooks: ${round(read.ms)} ms; import (${mappings} mappings): ${round(imported.ms)} ms; ` +
      `export of them: ${round(exported.ms)} ms`,
  );
  console.log(
    resultLine('mapping-sheet', 'import_ms', imported.ms, read.ms, {
      mappings,
      export_ms: round(exported.ms),
    }),
  );
}
