import { describe, expect, it } from 'vitest';
import { parseCloudEngineSpec } from './cloud-engine-spec.js';
import { parseEngineSpec } from './engine-spec.js';
import { parseProjectConfig } from './project-config-loader.js';

describe('cloud engine URLs', () => {
  it('reads databricks://host/http_path?catalog=…', () => {
    expect(
      parseEngineSpec('databricks://adb-1.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=gemeente'),
    ).toEqual({
      kind: 'databricks',
      host: 'adb-1.azuredatabricks.net',
      httpPath: '/sql/1.0/warehouses/abc',
      catalog: 'gemeente',
      volume: '/Volumes/gemeente/meta/ggm_staging',
    });
  });

  it('reads snowflake://account/database?warehouse=…&role=…', () => {
    expect(parseEngineSpec('snowflake://myorg-acct/GEMEENTE_DB?warehouse=WH&role=LOADER')).toEqual({
      kind: 'snowflake',
      account: 'myorg-acct',
      database: 'GEMEENTE_DB',
      warehouse: 'WH',
      role: 'LOADER',
    });
  });

  it.each([
    ['databricks://h/sql/1.0/warehouses/abc', 'catalog=<name> is missing'],
    ['databricks://h/warehouses/abc?catalog=g', 'is not a SQL warehouse path'],
    ['databricks://h/sql/1.0/warehouses/abc?catalog=g&volume=/tmp/x', 'is not a Unity Catalog volume path'],
    ['databricks://h/sql/1.0/warehouses/abc?catalog=g&token=dapi1', 'unknown option "token"'],
    ['databricks://me:dapi1@h/sql/1.0/warehouses/abc?catalog=g', 'no user or secret in the URL'],
    ['snowflake://acct', 'the database is missing'],
    ['snowflake://acct/db?warehouse=a;b', 'warehouse "a;b" is not a plain name'],
    ['snowflake://acct/db?password=x', 'unknown option "password"'],
    ['fabric://srv/db?stage_dir=/mnt/x', 'stage_dir and stage_url go together'],
  ])('%s: %s', (url, why) => {
    const parsed = parseCloudEngineSpec(url);
    expect(parsed).toMatchObject({ error: expect.stringContaining(why) });
    // the message shows the expected form, never the secret it refused
    expect((parsed as { error: string }).error).toMatch(/e\.g\. \w+:\/\//);
    expect((parsed as { error: string }).error).not.toContain('dapi1');
  });

  it('parses fabric:// as an engine that runs, with its stage folder and URL', () => {
    expect(
      parseEngineSpec(
        'fabric://x.datawarehouse.fabric.microsoft.com/gemeente?stage_dir=/mnt/stage&stage_url=https://acct.dfs.core.windows.net/c/stage',
      ),
    ).toMatchObject({
      kind: 'fabric',
      server: 'x.datawarehouse.fabric.microsoft.com',
      database: 'gemeente',
      stageDir: '/mnt/stage',
      stageUrl: 'https://acct.dfs.core.windows.net/c/stage',
    });
  });

  it('reports a wrong engine URL in ggm.yaml at its line and column', () => {
    const text = 'model: 2.5.0\nengine: databricks://h/sql/1.0/warehouses/abc\nsources: []\n';
    const { diagnostics } = parseProjectConfig(text, '/p/ggm.yaml');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'GGM-I105',
        message: expect.stringContaining('catalog=<name> is missing'),
        at: expect.objectContaining({ file: '/p/ggm.yaml', line: 2, col: 9 }),
      }),
    );
  });
});
