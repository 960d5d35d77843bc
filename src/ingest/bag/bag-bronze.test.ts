import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import { parseProjectConfig } from '../../project/project-config-loader.js';
import { buildZip } from '../../xlsx/zip-writer.js';
import { ingestSources } from '../bronze/ingest-project.js';
import { readBag } from './bag-reader.js';
import { collect, DOESBURG_DIR, extractXml, HAS_DOESBURG, pandXml } from './bag-test-support.js';

let dir: string;
let engine: Engine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-bag-bronze-'));
  engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
});
afterAll(async () => {
  await engine?.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingest(sources: string): Promise<Awaited<ReturnType<typeof ingestSources>>> {
  const file = join(dir, 'ggm.yaml');
  const { config, diagnostics } = parseProjectConfig(`engine: duckdb:w.duckdb\nsources:\n${sources}`, file, {
    DATA: dir,
  });
  expect(diagnostics).toEqual([]);
  return ingestSources(engine, config!);
}

describe('bronze format bag', () => {
  it('loads the good records of a damaged file and puts the bad ones in meta.quarantine', async () => {
    const xml = extractXml([
      pandXml('0221100000000001'),
      pandXml(undefined),
      pandXml('0221100000000003', { extra: '<Objecten:kleur>rood</Objecten:kleur>' }),
      pandXml('0221100000000004'),
    ]);
    const cut = xml.slice(0, xml.lastIndexOf('<Objecten:voorkomen>'));
    await writeFile(join(dir, '0221PND01012026-000001.xml'), cut);
    const [result] = (await ingest('  - name: panden\n    format: bag\n    path: ${DATA}/*PND*.xml\n'))
      .results;
    expect(result).toMatchObject({ status: 'loaded', rowsRead: 4, rowsLoaded: 2, rowsQuarantined: 2 });
    const rows = await engine.query(
      'SELECT identificatie, "overigeGegevens", bag_bestand, _row_number FROM bronze.panden ORDER BY _row_number',
    );
    expect(rows).toEqual([
      {
        identificatie: '0221100000000001',
        overigeGegevens: null,
        bag_bestand: '0221PND01012026-000001.xml',
        _row_number: 1,
      },
      {
        identificatie: '0221100000000003',
        overigeGegevens: '{"kleur":"rood"}',
        bag_bestand: '0221PND01012026-000001.xml',
        _row_number: 3,
      },
    ]);
    const lines = cut.split('\n');
    const pandLines = lines.flatMap((l, i) => (l === '<Objecten:Pand>' ? [i + 1] : []));
    const quarantine = await engine.query(
      'SELECT row_number, line, reason, raw FROM meta.quarantine ORDER BY row_number',
    );
    expect(quarantine.map((q) => [q['row_number'], q['line']])).toEqual([
      [2, pandLines[1]],
      [4, pandLines[3]! - 1],
    ]);
    expect(quarantine[0]!['reason']).toMatch(
      /^GGM-I702 object has no identificatie \(0221PND01012026-000001\.xml, object 2\)$/,
    );
    expect(quarantine[1]!['reason']).toMatch(/^GGM-I705 the file ends inside bagObject 4/);
    expect(String(quarantine[1]!['raw'])).toContain('0221100000000004');
    const [batch] = await engine.query(`SELECT format FROM meta.batches WHERE source = 'panden'`);
    expect(JSON.parse(String(batch!['format']))).toMatchObject({ objectType: 'PND', warnings: 1 });
    expect(JSON.parse(String(batch!['format'])).firstWarning).toContain('GGM-I706');
  });

  it('takes the object type from the content when the file name does not tell it', async () => {
    await writeFile(join(dir, 'woonplaatsen.xml'), extractXml([wpl('1'), wpl('2')]));
    const [result] = (await ingest('  - name: wpl\n    format: bag\n    path: ${DATA}/woonplaatsen.xml\n'))
      .results;
    expect(result).toMatchObject({ status: 'loaded', rowsLoaded: 2, format: { objectType: 'WPL' } });
    expect(
      (await engine.describeTable({ schema: 'bronze', name: 'wpl' }))?.columns.map((c) => c.name),
    ).toContain('naam');
  });

  it('fails a file without any object with a clear message', async () => {
    await writeFile(join(dir, 'leeg.xml'), extractXml([]));
    const [result] = (await ingest('  - name: leeg\n    format: bag\n    path: ${DATA}/leeg.xml\n')).results;
    expect(result?.status).toBe('failed');
    expect(result?.diagnostics[0]?.message).toContain('no BAG objects in this file');
  });
});

function wpl(id: string): string {
  return `<Objecten:Woonplaats><Objecten:identificatie>${id}</Objecten:identificatie><Objecten:naam>Plaats ${id}</Objecten:naam></Objecten:Woonplaats>`;
}

describe.skipIf(!HAS_DOESBURG)('nested zips', () => {
  it('reads a zip inside a zip (as the national extract ships), one level deep', async () => {
    const inner = await readFile(join(DOESBURG_DIR, '0221PND15092020.zip'));
    const outer = join(dir, 'lvbag-extract.zip');
    await writeFile(outer, buildZip([{ name: '0221PND15092020.zip', data: inner }]));
    const { records, quarantine, warnings } = await collect(readBag(outer));
    expect(quarantine).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(13_098);
    expect(records[0]!.file).toBe('lvbag-extract.zip!0221PND15092020.zip!0221PND15092020-000001.xml');
  });
});
