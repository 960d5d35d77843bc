import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../test/fixtures/mappings/load-scenario.js';
import { miniIndex } from '../../../test/fixtures/mappings/mini-model.js';
import { miniSchema } from '../../../test/fixtures/mappings/mini-schema.js';
import { buildWorkbook } from '../../xlsx/workbook-writer.js';
import { compileMapping } from '../compile-mapping.js';
import { formatExpr } from '../spec/expression-ast.js';
import type { MappingSpec } from '../spec/mapping-spec.js';
import { parseMapping } from '../spec/parse-mapping.js';
import { exportMappingWorkbook } from './export-mapping-workbook.js';
import { importMappingWorkbook } from './import-mapping-workbook.js';
import { loadMappingWorkbook } from './load-mapping-workbook.js';
import { TEMPLATE_HEADER, TEMPLATE_SHEETS } from './template-layout-columns.js';

/** What a round trip must keep: sources, target, key, history and every expression. */
function essentials(spec: MappingSpec) {
  return {
    name: spec.name,
    target: spec.target.value,
    history: {
      ...spec.history,
      at: undefined,
      validFrom: spec.history.validFrom && formatExpr(spec.history.validFrom.expr),
    },
    sources: spec.sources.map((s) => ({
      table: s.table.value,
      alias: s.alias,
      columns: s.columns?.map((c) => c.value),
      join: s.join && { ...s.join, on: formatExpr(s.join.on.expr) },
    })),
    key: spec.key.map((k) => formatExpr(k.expr)),
    where: spec.where && formatExpr(spec.where.expr),
    deleteWhen: spec.deleteWhen && formatExpr(spec.deleteWhen.expr),
    attributes: spec.attributes.map((a) => ({
      name: a.name.value,
      expr: formatExpr(a.value.expr),
      values: a.values?.map((v) => [v.code, v.literal.value]),
    })),
    associations: spec.associations.map((a) => ({
      name: a.name.value,
      to: a.to?.value,
      key: a.key.map((k) => formatExpr(k.expr)),
    })),
  };
}

const FILES = ['pand-snapshot.yaml', 'vbo-none.yaml', 'pand-events.yaml', 'pand-deletes-raw.yaml'];

describe('export → import round trip', () => {
  let dir: string;
  const originals = new Map<string, { text: string; spec: MappingSpec }>();
  let imported: ReturnType<typeof importMappingWorkbook>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-sheet-round-trip-'));
    for (const file of FILES) {
      const text = await readFile(join(FIXTURES, file), 'utf8');
      const { spec, diagnostics } = parseMapping(text, file);
      expect(diagnostics).toEqual([]);
      originals.set(spec!.name, { text, spec: spec! });
    }
    const exported = exportMappingWorkbook(
      [...originals.values()].map((o) => o.spec),
      {
        application: 'BAG-extract',
        author: 'test',
        index: miniIndex(),
      },
    );
    expect(exported.diagnostics).toEqual([]);
    const path = join(dir, 'mappings.xlsx');
    await writeFile(path, buildWorkbook(exported.sheets));
    imported = importMappingWorkbook(await loadMappingWorkbook(path), miniIndex());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives every mapping back with the same sources, target, key, history and expressions', () => {
    expect(imported.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(imported.files.map((f) => f.file).sort()).toEqual(
      [...originals.keys()].map((n) => `${n}.yaml`).sort(),
    );
    for (const file of imported.files) {
      const { spec, diagnostics } = parseMapping(file.text, file.file);
      expect(diagnostics).toEqual([]);
      expect(essentials(spec!)).toEqual(essentials(originals.get(spec!.name)!.spec));
    }
  });

  it('compiles to the same SQL as the original files', () => {
    const { targets } = miniSchema();
    for (const file of imported.files) {
      const name = file.file.replace(/\.yaml$/, '');
      const before = compileMapping(originals.get(name)!.text, file.file, { index: miniIndex(), targets });
      const after = compileMapping(file.text, file.file, { index: miniIndex(), targets });
      expect(before.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(before.sql.duckdb!.statements.length).toBeGreaterThan(0);
      expect(after.sql.duckdb?.statements).toEqual(before.sql.duckdb?.statements);
      expect(after.sql.postgres?.statements).toEqual(before.sql.postgres?.statements);
    }
  });

  it('writes the template sheets, with the template header on the mapping sheets', async () => {
    const data = await loadMappingWorkbook(join(dir, 'mappings.xlsx'));
    expect(data.sheets.map((s) => s.name)).toEqual(Object.values(TEMPLATE_SHEETS));
    expect(data.sheets[1]!.rows[0]!.values).toEqual([...TEMPLATE_HEADER]);
    expect(data.sheets[0]!.rows[1]!.values).toEqual([undefined, 'Kern', 'BAG']);
  });
});
