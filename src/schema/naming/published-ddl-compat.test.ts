import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex, SHARED_DIR } from '../../../test/helpers/releases.js';
import { buildSchemaPlan } from '../plan/build-schema-plan.js';

const DDL_DIR = join(SHARED_DIR, 'ggm', 'v2.5.1', 'ddl');

interface PublishedTable {
  file: string;
  /** Columns other than the key and the association `…_ID` columns (enumeration `…_ENUM_ID` stay). */
  attributeColumns: string[];
}

function postgresFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? postgresFiles(join(dir, e.name))
      : e.name.endsWith('_postgres.sql')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Entity tables of the published per-diagram DDL: every definition of each name, `_ENUM`/`KP_` left out. */
function publishedEntityTables(): Map<string, PublishedTable[]> {
  const tables = new Map<string, PublishedTable[]>();
  for (const file of postgresFiles(DDL_DIR)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/CREATE TABLE\s+(\w+)\s*\(([\s\S]*?)\n\);/g)) {
      const name = m[1]!.toUpperCase();
      if (name.endsWith('_ENUM') || name.startsWith('KP_')) continue;
      const columns = m[2]!
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !/PRIMARY KEY/i.test(line))
        .map((line) => line.split(/\s+/)[0]!.toUpperCase());
      const attributeColumns = columns.filter((c) => !c.endsWith('_ID') || c.endsWith('_ENUM_ID'));
      const list = tables.get(name) ?? [];
      list.push({ file, attributeColumns });
      tables.set(name, list);
    }
  }
  return tables;
}

describe.skipIf(!hasReleases() || !existsSync(DDL_DIR))(
  '--naming ggm against the published v2.5.1 DDL',
  () => {
    it('has ≥ 95% of the published entity tables under the same name, with ≥ 90% of their attribute columns', async () => {
      const index = await loadReleaseIndex('v2.5.1');
      const { plan } = buildSchemaPlan(index, {}, { naming: 'ggm' });
      const ours = new Map(
        plan.tables.map((t) => [t.name.toUpperCase(), new Set(t.columns.map((c) => c.name.toUpperCase()))]),
      );
      const published = publishedEntityTables();
      expect(published.size).toBeGreaterThan(700);

      let found = 0;
      let columns = 0;
      let matched = 0;
      for (const [name, definitions] of published) {
        const table = ours.get(name);
        if (!table) continue;
        found++;
        // A name is defined up to 29 times with different columns; compare with the closest definition.
        const best = definitions
          .map((d) => ({
            total: d.attributeColumns.length,
            hit: d.attributeColumns.filter((c) => table.has(c)).length,
          }))
          .sort((a, b) => b.hit / Math.max(1, b.total) - a.hit / Math.max(1, a.total))[0]!;
        columns += best.total;
        matched += best.hit;
      }
      const tableShare = found / published.size;
      const columnShare = matched / columns;
      expect(tableShare).toBeGreaterThanOrEqual(0.95);
      expect(columnShare).toBeGreaterThanOrEqual(0.9);
    });

    it('keeps the published names for examples from the release facts', async () => {
      const index = await loadReleaseIndex('v2.5.1');
      const { plan } = buildSchemaPlan(index, {}, { naming: 'ggm' });
      const byName = new Map(plan.tables.map((t) => [t.name, t]));
      const pand = byName.get('PAND')!;
      expect(pand.qualifiedName).toContain('BAG');
      expect(pand.columns.map((c) => c.name)).toEqual(
        expect.arrayContaining(['IDENTIFICATIE', 'STATUS_ENUM_ID', 'OORSPRONKELIJKBOUWJAAR']),
      );
      // Pand is a Geo-Object: with shared keys its key is the root's, as in the published DDL.
      expect(pand.primaryKey.columns).toEqual(['GEO_OBJECT_ID']);
      expect(byName.get('VERBLIJFSOBJECT')!.primaryKey.columns).toEqual(['OBJECT_ID']);
      expect(byName.get('BESCHIKTE_VOORZIENING')).toBeDefined();
    });
  },
);
