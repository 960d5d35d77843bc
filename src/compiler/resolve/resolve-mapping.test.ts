import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../../test/fixtures/mappings/mini-schema.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildSchemaPlan } from '../../schema/plan/build-schema-plan.js';
import { parseMapping } from '../spec/parse-mapping.js';
import { resolveMapping, type ResolveResult } from './resolve-mapping.js';
import { silverTargetsFromPlan } from './silver-target-from-plan.js';

const BASE = `target: Pand
history: none
sources:
  - table: bag_panden
    alias: p
key: [p.pand_id]
attributes:
  identificatie: p.pand_id
  status:
    value: p.status_code
    values: { '1': Pand in gebruik }
associations: {}
`;

function resolve(
  text: string,
  bronze: Record<string, readonly string[]> | undefined = MINI_BRONZE,
): ResolveResult {
  const { spec, diagnostics } = parseMapping(text, 'm.yaml');
  expect(diagnostics).toEqual([]);
  return resolveMapping(spec!, {
    index: miniIndex(),
    targets: miniSchema().targets,
    ...(bronze ? { bronze } : {}),
  });
}

describe('resolveMapping', () => {
  it('binds class, columns, enumeration codes and lineage', () => {
    const { mapping, diagnostics } = resolve(BASE);
    expect(diagnostics).toEqual([]);
    expect(mapping).toMatchObject({
      classId: 'EAID_PAND',
      qualifiedName: '99 Kern/BAG/Pand',
      target: { table: 'pand', keyColumn: 'pand_id' },
    });
    expect(mapping!.columns.map((c) => [c.kind, c.column.name, c.column.modelId])).toEqual([
      ['value', 'identificatie', 'EAID_PAND_identificatie'],
      ['enumeration', 'status_enum_id', 'EAID_PAND_status'],
    ]);
    // Pand in gebruik is the second literal: its reference-table key is 2.
    expect(mapping!.columns[1]).toMatchObject({
      codes: [{ code: '1', literal: 'Pand in gebruik', stored: 2 }],
    });
    expect(
      mapping!.lineage.map((l) => [
        l.target.column,
        l.sources.map((s) => `${s.table}.${s.column}`),
        l.transform,
      ]),
    ).toEqual([
      ['pand_id', ['bag_panden.pand_id'], 'surrogate-key'],
      ['identificatie', ['bag_panden.pand_id'], 'direct'],
      ['status_enum_id', ['bag_panden.status_code'], 'enumeration'],
    ]);
  });

  it('defaults the code map to the literal names and codes of the model', () => {
    const { mapping } = resolve(BASE.replace("    values: { '1': Pand in gebruik }\n", ''));
    expect(mapping!.columns[1]).toMatchObject({
      codes: [
        { code: 'Bouwvergunning verleend', stored: 1 },
        { code: 'BV', stored: 1 },
        { code: 'Pand in gebruik', stored: 2 },
        { code: 'IG', stored: 2 },
        { code: 'Pand gesloopt', stored: 3 },
        { code: 'GS', stored: 3 },
      ],
    });
  });

  it('reports unknown names with the nearest valid ones, at their place in the file', () => {
    const cases: [string, string, object][] = [
      [
        'target: Pand',
        'target: Pant',
        { code: 'GGM-S601', at: { line: 1, col: 9 }, hint: 'did you mean Pand?' },
      ],
      [
        '  identificatie: p.pand_id',
        '  identificatei: p.pand_id',
        { code: 'GGM-S603', at: { line: 8, col: 3 }, hint: 'did you mean identificatie?' },
      ],
      [
        '  - table: bag_panden',
        '  - table: bag_pandne',
        { code: 'GGM-S604', at: { line: 4, col: 12 }, hint: 'did you mean bag_panden?' },
      ],
      [
        '  identificatie: p.pand_id',
        '  identificatie: trim(p.pandid)',
        { code: 'GGM-S605', at: { line: 8, col: 23 }, hint: 'did you mean pand_id?' },
      ],
      [
        '  identificatie: p.pand_id',
        '  identificatie: x.pand_id',
        { code: 'GGM-S604', at: { line: 8, col: 18 }, hint: 'did you mean p?' },
      ],
      [
        "{ '1': Pand in gebruik }",
        "{ '1': Pand in gebrik }",
        { code: 'GGM-S606', hint: 'did you mean Pand in gebruik?' },
      ],
      ['associations: {}', 'associations: { bestaat uit: p.x }', { code: 'GGM-S607' }],
    ];
    for (const [from, to, expected] of cases) {
      const { mapping, diagnostics } = resolve(BASE.replace(from, to));
      expect(mapping, to).toBeUndefined();
      const { at, ...rest } = expected as { at?: object };
      const where = at ? { at: { file: 'm.yaml', ...at } } : {};
      expect(diagnostics, to).toEqual([expect.objectContaining({ severity: 'error', ...rest, ...where })]);
    }
  });

  it('checks columns against the file when bronze is not known', () => {
    const text = BASE.replace('    alias: p\n', '    alias: p\n    columns: [pand_id, status_code]\n');
    expect(resolve(text, undefined).diagnostics).toEqual([]);
    const wrong = resolve(text.replace('value: p.status_code', 'value: p.status'), undefined);
    expect(wrong.diagnostics).toEqual([
      expect.objectContaining({ code: 'GGM-S605', hint: 'did you mean status_code?' }),
    ]);
  });

  it('resolves an association through the business key of the other class', () => {
    const { mapping, diagnostics } = resolve(`target: Verblijfsobject
history: none
sources: [bag_vbo]
key: vbo_id
associations:
  pand: pand_id
`);
    expect(diagnostics).toEqual([]);
    expect(mapping!.columns).toEqual([
      expect.objectContaining({
        kind: 'reference',
        otherClassId: 'EAID_PAND',
        column: expect.objectContaining({ name: 'maakt_deel_uit_van_pand_id' }),
      }),
    ]);
  });

  it('maps the attributes of a datatype flattened into columns by their path', () => {
    const text = `target: Verblijfsobject
history: none
sources: [bag_vbo]
key: vbo_id
attributes:
  adres.straatnaam: doel_code
  Adres.Huisnummer: to_integer(pand_id)
`;
    const { mapping, diagnostics } = resolve(text);
    expect(diagnostics).toEqual([]);
    expect(mapping!.columns.map((c) => [c.column.name, c.column.modelPath])).toEqual([
      ['adres_straatnaam', ['EAID_VBO_adres', 'EAID_ADRES_straatnaam']],
      ['adres_huisnummer', ['EAID_VBO_adres', 'EAID_ADRES_huisnummer']],
    ]);
    const wrong = resolve(text.replace('Adres.Huisnummer', 'adres.postcode'));
    expect(wrong.diagnostics).toEqual([
      expect.objectContaining({
        code: 'GGM-S603',
        message: 'adres has no attribute postcode',
        at: { file: 'm.yaml', line: 7, col: 3 },
      }),
    ]);
  });

  it('keeps versions by identity when the key identifies a version, and needs the identity mapped', () => {
    const { spec } = parseMapping(BASE.replace('history: none', 'history: snapshot'), 'm.yaml');
    const { plan } = buildSchemaPlan(miniIndex(), {}, {});
    const targets = silverTargetsFromPlan(plan);
    expect(targets('EAID_PAND')).toMatchObject({ primaryKey: ['pand_id'], identity: ['identificatie'] });
    const result = resolveMapping(spec!, { index: miniIndex(), targets });
    expect(result.diagnostics).toEqual([]);
    expect(result.mapping!.versionedKey).toBe(true);
    const withoutIdentity = parseMapping(
      BASE.replace('history: none', 'history: snapshot').replace('  identificatie: p.pand_id\n', ''),
      'm.yaml',
    ).spec!;
    expect(resolveMapping(withoutIdentity, { index: miniIndex(), targets }).diagnostics).toEqual([
      expect.objectContaining({
        code: 'GGM-S611',
        message:
          'pand tells versions of one object apart by identificatie; the mapping must fill identificatie',
        at: { file: 'm.yaml', line: 2, col: 1 },
      }),
    ]);
    const unversioned = buildSchemaPlan(miniIndex(), {}, { history: false }).plan;
    const none = resolveMapping(spec!, { index: miniIndex(), targets: silverTargetsFromPlan(unversioned) });
    expect(none.diagnostics[0]).toMatchObject({
      code: 'GGM-S611',
      hint: 'build the schema with history, or use history: none',
    });
  });
});

describe.runIf(hasReleases())('resolveMapping on GGM v2.5.1', () => {
  it('asks for a qualified name when a class name occurs twice, and accepts a partial path', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { plan } = buildSchemaPlan(index, { classes: ['Pand'], closure: false }, { history: false });
    const targets = silverTargetsFromPlan(plan);
    const text = BASE.replace('status_code', 'status_code').replace(
      "'1': Pand in gebruik",
      "'1': Pand in gebruik (niet ingemeten)",
    );
    const ambiguous = resolveMapping(parseMapping(text, 'm.yaml').spec!, { index, targets });
    expect(ambiguous.diagnostics).toEqual([
      expect.objectContaining({
        code: 'GGM-S602',
        hint: 'use a qualified name: 99 Kern/BAG/Model BAG/Pand; 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Pand',
      }),
    ]);
    const qualified = resolveMapping(
      parseMapping(text.replace('target: Pand', 'target: Model BAG/Pand'), 'm.yaml').spec!,
      { index, targets },
    );
    expect(qualified.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(qualified.mapping?.qualifiedName).toBe('99 Kern/BAG/Model BAG/Pand');
  });
});
