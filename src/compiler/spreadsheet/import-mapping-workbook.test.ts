import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex, SHARED_DIR } from '../../../test/helpers/releases.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import { buildWorkbook } from '../../xlsx/workbook-writer.js';
import { buildSchemaPlan } from '../../schema/plan/build-schema-plan.js';
import { compileMapping } from '../compile-mapping.js';
import { silverTargetsFromPlan } from '../resolve/silver-target-from-plan.js';
import { parseMapping } from '../spec/parse-mapping.js';
import { importMappingWorkbook, type MappingImport } from './import-mapping-workbook.js';
import { loadMappingWorkbook } from './load-mapping-workbook.js';
import { TEMPLATE_HEADER } from './template-layout-columns.js';

const EXAMPLES = join(SHARED_DIR, 'data', 'ggm-mappings');

async function importExample(name: string, index: ModelIndex): Promise<MappingImport> {
  return importMappingWorkbook(await loadMappingWorkbook(join(EXAMPLES, `${name}.xlsx`)), index);
}

const summary = (r: MappingImport) =>
  r.files.map((f) => `${f.file} ${f.target} a=${f.attributes} as=${f.associations} todo=${f.todo}`);

const find = (r: MappingImport, code: string, text: string): Diagnostic | undefined =>
  r.diagnostics.find((d) => d.code === code && d.message.includes(text));

function expectFilesParse(r: MappingImport): void {
  for (const f of r.files) {
    const { spec, diagnostics } = parseMapping(f.text, f.file);
    expect(diagnostics, f.file).toEqual([]);
    expect(spec!.attributes.length + spec!.associations.length).toBe(f.attributes + f.associations);
  }
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

describe.skipIf(!hasReleases())('import of the community mapping workbooks', () => {
  let index: ModelIndex;
  beforeAll(async () => {
    index = await loadReleaseIndex('v2.5.1');
  });

  it('Centric SSD: Tabelnaam blocks, three source columns side by side become three mappings', async () => {
    const r = await importExample('Centric-SSD-Inkomen-en-Participatie', index);
    expect(r.sheets).toEqual([{ sheet: 'Mapping', layout: 'table-blocks' }]);
    expect(r.blocks).toBe(14);
    expect(summary(r)).toEqual([
      'inkomensvoorziening.yaml Inkomensvoorziening a=4 as=1 todo=1',
      'inkomensvoorziening-2.yaml Inkomensvoorziening a=3 as=0 todo=3',
      'inkomensvoorziening-3.yaml Inkomensvoorziening a=2 as=1 todo=0',
      'inkomensvoorzieningsoort.yaml Inkomensvoorzieningsoort a=3 as=0 todo=1',
      'inkomensvoorzieningsoort-2.yaml Inkomensvoorzieningsoort a=3 as=0 todo=2',
      'inkomensvoorzieningsoort-3.yaml Inkomensvoorzieningsoort a=3 as=0 todo=1',
      'component-soort.yaml ComponentSoort a=5 as=0 todo=2',
      'uitkerings-run.yaml UitkeringsRun a=4 as=0 todo=2',
    ]);
    expectFilesParse(r);
    expect(find(r, 'GGM-S803', 'Componenten')).toMatchObject({
      severity: 'warning',
      at: { file: 'Centric-SSD-Inkomen-en-Participatie.xlsx', sheet: 'Mapping', row: 203, column: 'C' },
      hint: 'did you mean Component?',
    });
    expect(find(r, 'GGM-S805', 'no attribute Bsn')).toMatchObject({ at: { row: 37, column: 'B' } });
    expect(find(r, 'GGM-S809', 'KP_Client_Inkomensvoorziening is a link table')?.at?.row).toBe(102);
    expect(find(r, 'GGM-S810', 'ClientId')?.hint).toContain('heeft voorziening → Client');
    // A rule over a second table is kept, marked, and reported with its cell.
    const main = r.files[0]!.text;
    expect(main).toContain("todo: szdos.kode_groep || '-' || szgroep.omschryving");
    expect(main).toContain('# TODO Mapping G125: reads szgroep besides szdos');
    expect(main).toContain('key: szdos.dossiernr');
    expect(find(r, 'GGM-S806', 'unknown function add_months')?.at).toMatchObject({ row: 122, column: 'H' });
  });

  it('PinkRoccade Civision: entity blocks with a source table per class', async () => {
    const r = await importExample('PinkRoccade-Civision-Samenlevingszaken', index);
    expect(r.sheets).toEqual([{ sheet: 'Mapping', layout: 'entity-blocks' }]);
    expect(r.blocks).toBe(18);
    expect(summary(r)).toEqual([
      'inkomensvoorziening.yaml Inkomensvoorziening a=6 as=0 todo=1',
      'inkomensvoorzieningsoort.yaml Inkomensvoorzieningsoort a=1 as=0 todo=0',
      'gemeente.yaml 99 Kern/BAG/Model BAG/Gemeente a=1 as=0 todo=0',
      'ingeschreven-persoon.yaml IngeschrevenPersoon a=5 as=1 todo=0',
      'natuurlijk-persoon.yaml NatuurlijkPersoon a=7 as=1 todo=0',
    ]);
    expectFilesParse(r);
    expect(find(r, 'GGM-S804', 'named Regeling')).toMatchObject({
      severity: 'info',
      message: expect.stringContaining('chose 6 Sociaal Domein/Inkomen/Model Inkomen/Regeling'),
      at: { row: 55, column: 'A' },
    });
    expect(find(r, 'GGM-S803', 'SoortNationaliteit')).toMatchObject({
      at: { sheet: 'Mapping', row: 174, column: 'A' },
      hint: 'did you mean Nationaliteit?',
    });
    expect(find(r, 'GGM-S805', 'no attribute VerwerktTotmetDatum')?.hint).toBe(
      'did you mean verwerktTotEnMetDatum?',
    );
    const person = r.files.find((f) => f.file === 'natuurlijk-persoon.yaml')!.text;
    expect(person).toContain('geslachtsaanduiding: sdrbh_pers.COD_GESLAC');
    expect(person).toContain('# TODO: the sheet marks no key column; sdrbh_pers.NUM_PERS is a guess.');
  });

  it('Vicrea Neuron IMBAG: two sheets of blocks; enumeration tables and an ambiguous class', async () => {
    const r = await importExample('Vicrea-Neuron-IMBAG', index);
    expect(r.sheets.map((s) => s.layout)).toEqual(['table-blocks', 'table-blocks']);
    expect(r.blocks).toBe(24);
    expect(summary(r)).toEqual([
      'ligplaats.yaml 99 Kern/BAG/Model BAG/Ligplaats a=7 as=0 todo=0',
      'standplaats.yaml 99 Kern/BAG/Model BAG/Standplaats a=7 as=0 todo=2',
      'verblijfsobject.yaml 99 Kern/BAG/Model BAG/Verblijfsobject a=11 as=0 todo=1',
      'pand.yaml 99 Kern/BAG/Model BAG/Pand a=11 as=0 todo=1',
      'nummeraanduiding.yaml 99 Kern/BAG/Model BAG/Nummeraanduiding a=12 as=0 todo=1',
      'adresseerbaar-object-aanduiding.yaml AdresseerbaarObjectAanduiding a=1 as=0 todo=1',
      'openbare-ruimte.yaml 99 Kern/BAG/Model BAG/OpenbareRuimte a=12 as=0 todo=2',
      'woonplaats.yaml 99 Kern/BAG/Model BAG/Woonplaats a=8 as=0 todo=1',
      'wijk.yaml 99 Kern/BAG/Model BAG/Wijk a=9 as=0 todo=0',
      'buurt.yaml 99 Kern/BAG/Model BAG/Buurt a=7 as=0 todo=0',
    ]);
    expectFilesParse(r);
    expect(find(r, 'GGM-S804', 'named Standplaats')?.severity).toBe('info');
    const notMappings = r.diagnostics.filter((d) => d.code === 'GGM-S809');
    expect(notMappings.filter((d) => d.message.includes('is an enumeration table'))).toHaveLength(8);
    expect(notMappings.filter((d) => d.message.includes('is a link table'))).toHaveLength(4);
    expect(find(r, 'GGM-S805', 'Ligplaats has no attribute DatumBeginGeldigheid')).toMatchObject({
      at: { sheet: 'VBO, LIGPLAATS ETC', row: 7, column: 'B' },
      hint: 'did you mean beginGeldigheid?',
    });
    expect(r.files.find((f) => f.file === 'pand.yaml')!.text).toContain(
      'key: [gebouw.gebouwnummer, gebouw.versie_identificatie]',
    );
  });

  it('the mappings resolve against the full schema; what fails is marked TODO or inherited', async () => {
    const { plan } = buildSchemaPlan(index, {}, {});
    const targets = silverTargetsFromPlan(plan);
    for (const name of [
      'Centric-SSD-Inkomen-en-Participatie',
      'PinkRoccade-Civision-Samenlevingszaken',
      'Vicrea-Neuron-IMBAG',
    ]) {
      for (const f of (await importExample(name, index)).files) {
        const compiled = compileMapping(f.text, f.file, { index, targets });
        const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
        // GGM-S701: a TODO rule (raw SQL for no engine); GGM-S609: an inherited attribute, commented as such.
        expect(
          errors.filter((d) => d.code !== 'GGM-S701' && d.code !== 'GGM-S609'),
          `${name} ${f.file}`,
        ).toEqual([]);
        // The compiler stops before SQL when resolving fails, so S701 shows only on otherwise clean files.
        const inherited = errors.some((d) => d.code === 'GGM-S609');
        if (!inherited)
          expect(
            errors.some((d) => d.code === 'GGM-S701'),
            f.file,
          ).toBe(f.todo > 0);
        for (const d of errors.filter((e) => e.code === 'GGM-S609')) {
          const line = f.text.split('\n')[(d.at?.line ?? 0) - 2];
          expect(line).toContain('Inherited from');
        }
      }
    }
  });

  it('the empty template imports nothing and reports nothing', async () => {
    const r = await importExample('Mapping-Template', index);
    expect(r.sheets.map((s) => s.sheet)).toEqual(['GGM', 'Datamart']);
    expect(r.files).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe.skipIf(!hasReleases())('import of a filled-in template', () => {
  let dir: string;
  let index: ModelIndex;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-sheet-import-'));
    index = await loadReleaseIndex('v2.5.1');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function importRows(rows: (string | undefined)[][], info: string[] = []): Promise<MappingImport> {
    const path = join(dir, `t${Math.random().toString(36).slice(2)}.xlsx`);
    const sheets = [
      { name: 'Algemene info', rows: [[], [undefined, ...info]] },
      { name: 'GGM', rows: [[...TEMPLATE_HEADER], ...rows] },
      { name: 'Datamart', rows: [[...TEMPLATE_HEADER], ['Suite', 'x', 'y', undefined, 'Zaken', 'a']] },
    ];
    await writeFile(path, buildWorkbook(sheets));
    return importMappingWorkbook(await loadMappingWorkbook(path), index);
  }

  it('maps Bron Tabel/Kolom to the attribute, keeps Toelichting, reports rows without a target', async () => {
    const r = await importRows([
      ['Suite', 'szclient', 'clientnr', 'het clientnummer', 'Client', 'code'],
      ['Suite', 'szclient', 'jur_status', undefined, 'Client', 'juridischeStatus'],
      ['Suite', 'szclient', 'geb', undefined, 'Client', 'geboortedatum'],
      ['Suite', 'szclient', 'vrij', 'ergens voor'],
      [undefined, undefined, undefined, undefined, 'Zaken'],
    ]);
    expect(summary(r)).toEqual(['client.yaml Client a=2 as=0 todo=0']);
    expectFilesParse(r);
    expect(r.files[0]!.text).toContain('# het clientnummer\n  code: szclient.clientnr\n');
    expect(find(r, 'GGM-S802', 'no GGM Tabel/Object')?.at).toMatchObject({
      sheet: 'GGM',
      row: 5,
      column: 'E',
    });
    expect(find(r, 'GGM-S805', 'no attribute geboortedatum')).toMatchObject({
      at: { row: 4, column: 'F' },
      hint: 'did you mean geboorteland, geboorteplaats?',
    });
    expect(find(r, 'GGM-S807', 'guessed szclient.clientnr')).toBeDefined();
    expect(find(r, 'GGM-S809', 'Datamart')?.severity).toBe('info');
  });

  it('chooses between classes of the same name by the domain, else reports them', async () => {
    const rows = [['Suite', 'regel', 'oms', undefined, 'Regeling', 'omschrijving']];
    const bare = await importRows(rows);
    expect(bare.files).toEqual([]);
    expect(find(bare, 'GGM-S804', 'named Regeling')).toMatchObject({
      severity: 'warning',
      hint: expect.stringContaining('6 Sociaal Domein/Inkomen/Diensten/Model Diensten/Regeling'),
    });
    const withContext = await importRows(rows, ['Sociaal Domein', 'Model Inkomen']);
    expect(withContext.files.map((f) => f.target)).toEqual([
      '6 Sociaal Domein/Inkomen/Model Inkomen/Regeling',
    ]);
    expect(find(withContext, 'GGM-S804', 'named Regeling')?.severity).toBe('info');
  });

  it('reads the rule lines of our export and checks their names against the model', async () => {
    const r = await importRows([
      [
        'Suite',
        'szclient',
        'clientnr',
        'naam: clienten\nalias: c\nsleutel: c.clientnr\nhistorie: none',
        'Client',
      ],
      [
        'Suite',
        'szclient',
        'jur',
        'expressie: upper(c.jur)\nvolgens werkinstructie 3',
        'Client',
        'juridischeStatus',
      ],
      ['Suite', 'szclient', 'x', 'associatie: Medewerker\nsleutel: c.x', 'Client', 'bestaat niet'],
    ]);
    expect(summary(r)).toEqual(['clienten.yaml Client a=1 as=0 todo=0']);
    expectFilesParse(r);
    expect(r.files[0]!.text).toContain('# volgens werkinstructie 3\n  juridischeStatus: upper(c.jur)\n');
    expect(r.files[0]!.text).toContain('history: none\nsources:\n  - table: szclient\n    alias: c\n');
    expect(find(r, 'GGM-S805', 'Client has no association bestaat niet')?.at).toMatchObject({
      row: 4,
      column: 'F',
    });
  });

  it('reports rows of a Tabelnaam sheet that come before any block', async () => {
    const path = join(dir, 'blocks.xlsx');
    const rows = [
      [undefined, 'Huisnummer', 'NUMBER', undefined, undefined, undefined, 'adres.huisnummer'],
      [undefined, 'Tabelnaam', 'Nummeraanduiding'],
      [undefined, 'Kolomnaam', 'Datatype', 'PK', 'BK', 'FK', 'Mapping', 'Omschrijving'],
      [undefined, 'Identificatie', 'VARCHAR2', undefined, 'x', undefined, 'basis.adres.adresnummer'],
      [
        undefined,
        'Huisnummer',
        'NUMBER',
        undefined,
        undefined,
        undefined,
        'basis.adres.huisnummer',
        'het nummer',
      ],
    ];
    await writeFile(path, buildWorkbook([{ name: 'BAG', rows }]));
    const r = importMappingWorkbook(await loadMappingWorkbook(path), index);
    expect(find(r, 'GGM-S802', 'before any Tabelnaam')?.at).toMatchObject({
      sheet: 'BAG',
      row: 1,
      column: 'B',
    });
    expect(summary(r)).toEqual([
      'nummeraanduiding.yaml 99 Kern/BAG/Model BAG/Nummeraanduiding a=2 as=0 todo=0',
    ]);
    expect(r.files[0]!.text).toContain('key: adres.adresnummer\n');
    expect(r.files[0]!.text).toContain('  # het nummer\n  huisnummer: adres.huisnummer\n');
  });

  it('reports a workbook without a known layout', async () => {
    const path = join(dir, 'other.xlsx');
    await writeFile(
      path,
      buildWorkbook([
        {
          name: 'Blad1',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        },
      ]),
    );
    const r = importMappingWorkbook(await loadMappingWorkbook(path), index);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'GGM-S801', severity: 'error' })]);
  });
});
