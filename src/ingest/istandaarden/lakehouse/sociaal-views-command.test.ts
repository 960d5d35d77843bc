import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.js';
import { removeAll, sociaalProject } from './lakehouse-test-support.js';

describe('ggm sociaal-views', () => {
  it('prints the view statements for the istandaarden source of a project', async () => {
    const p = await sociaalProject('duckdb:warehouse.duckdb');
    const out: string[] = [];
    const err: string[] = [];
    try {
      const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
      expect(await main(['sociaal-views', '-p', p.dir, '--sql'], io)).toBe(0);
      const sql = out.join('');
      expect(sql).toContain('CREATE OR REPLACE VIEW sociaal_ext.toewijzing_actueel');
      expect(sql).toContain('FROM bronze.istandaarden');
      expect(await main(['sociaal-views', '-p', p.dir, '--source', 'andere'], io)).toBe(2);
      expect(err.join('')).toContain('(istandaarden)');
    } finally {
      await removeAll(p.dir);
    }
  });
});
