import { writeFileSync, mkdirSync } from 'node:fs';
import { it } from 'vitest';
import { formatDiagnostic, countByCode } from '../../diagnostics/diagnostic.js';
import { loadReleaseIndex, SHARED_DIR } from '../../../test/helpers/releases.js';
import { importMappingWorkbook } from './import-mapping-workbook.js';
import { loadMappingWorkbook } from './load-mapping-workbook.js';

it('scratch', async () => {
  const index = await loadReleaseIndex('v2.5.1');
  for (const f of [
    'Centric-SSD-Inkomen-en-Participatie',
    'PinkRoccade-Civision-Samenlevingszaken',
    'Vicrea-Neuron-IMBAG',
    'Mapping-Template',
  ]) {
    const data = await loadMappingWorkbook(`${SHARED_DIR}/data/ggm-mappings/${f}.xlsx`);
    const r = importMappingWorkbook(data, index);
    const dir = `/tmp/sheetx/out/${f}`;
    mkdirSync(dir, { recursive: true });
    for (const file of r.files) writeFileSync(`${dir}/${file.file}`, file.text);
    writeFileSync(
      `${dir}/_report.txt`,
      [
        JSON.stringify(r.sheets),
        `blocks ${r.blocks}`,
        JSON.stringify(countByCode(r.diagnostics)),
        ...r.files.map((x) => `${x.file} ${x.target} a=${x.attributes} as=${x.associations} todo=${x.todo}`),
        ...r.diagnostics.map(formatDiagnostic),
      ].join('\n'),
    );
  }
}, 60000);
