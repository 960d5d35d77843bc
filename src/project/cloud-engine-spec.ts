/**
 * The `engine:` URLs of the cloud platforms. Only where the warehouse is and how it is reached; the
 * credentials come from environment variables when the engine opens, never from ggm.yaml or argv.
 */

/** `databricks://<host>/<http_path>?catalog=<catalog>[&volume=/Volumes/…]` */
export interface DatabricksSpec {
  kind: 'databricks';
  host: string;
  /** The SQL warehouse's HTTP path, `/sql/1.0/warehouses/<id>`. */
  httpPath: string;
  /** Unity Catalog catalog that qualifies every schema the engine names. */
  catalog: string;
  /** Unity Catalog volume path bronze batches are uploaded to before `COPY INTO`. */
  volume: string;
}

/** `snowflake://<account>/<database>?warehouse=…&role=…` */
export interface SnowflakeSpec {
  kind: 'snowflake';
  account: string;
  database: string;
  warehouse?: string;
  role?: string;
}

/** `fabric://<server>/<database>?stage_dir=<folder>&stage_url=<https URL of that folder>` */
export interface FabricSpec {
  kind: 'fabric';
  server: string;
  database: string;
  /**
   * Where bronze batches are written as files (a folder the storage account behind `stageUrl` shows,
   * e.g. a mounted OneLake or ADLS container) and the URL `COPY INTO` reads them from. Without both,
   * the engine cannot bulk load.
   */
  stageDir?: string;
  stageUrl?: string;
}

export type CloudEngineSpec = DatabricksSpec | SnowflakeSpec | FabricSpec;

const SCHEMES = ['databricks', 'snowflake', 'fabric'] as const;
const OPTIONS: Record<CloudEngineSpec['kind'], readonly string[]> = {
  databricks: ['catalog', 'volume'],
  snowflake: ['warehouse', 'role'],
  fabric: ['stage_dir', 'stage_url'],
};
const EXAMPLES: Record<CloudEngineSpec['kind'], string> = {
  databricks: 'databricks://adb-123.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=gemeente',
  snowflake: 'snowflake://myorg-account/GEMEENTE_DB?warehouse=GGM_WH&role=GGM_LOADER',
  fabric: 'fabric://xyz.datawarehouse.fabric.microsoft.com/gemeente',
};
/** A Unity Catalog or SQL name that needs no quoting in a URL option. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether the text names a cloud engine by its scheme. */
export function isCloudEngineUrl(text: string): boolean {
  return SCHEMES.some((s) => text.trim().toLowerCase().startsWith(`${s}://`));
}

/** Parses a cloud engine URL; the error says which part is wrong and shows the expected form. */
export function parseCloudEngineSpec(text: string): CloudEngineSpec | { error: string } {
  const value = text.trim();
  const kind = SCHEMES.find((s) => value.toLowerCase().startsWith(`${s}://`));
  if (!kind) return { error: `not a cloud engine URL: ${value}` };
  const fail = (why: string) => ({ error: `${kind}: ${why}; e.g. ${EXAMPLES[kind]}` });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('not a valid URL');
  }
  if (url.username || url.password)
    return fail('no user or secret in the URL (they come from environment variables)');
  const host = url.hostname;
  if (!host) return fail('the host is missing');
  const options = new Map<string, string>();
  for (const [key, v] of url.searchParams) {
    if (!OPTIONS[kind].includes(key))
      return fail(`unknown option "${key}" (known: ${OPTIONS[kind].join(', ')})`);
    if (/token|password|secret/i.test(v)) return fail(`option ${key} must not carry a secret`);
    options.set(key, v);
  }
  const path = decodeURIComponent(url.pathname);
  if (kind === 'databricks') {
    if (!/^\/sql\/[^/]+\/(warehouses|endpoints)\/[^/]+$/.test(path))
      return fail(`the HTTP path "${path || '/'}" is not a SQL warehouse path (/sql/1.0/warehouses/<id>)`);
    const catalog = options.get('catalog');
    if (!catalog) return fail('catalog=<name> is missing');
    if (!PLAIN_NAME.test(catalog)) return fail(`catalog "${catalog}" is not a plain name`);
    const volume = options.get('volume') ?? `/Volumes/${catalog}/meta/ggm_staging`;
    if (!/^\/Volumes\/[^/]+\/[^/]+\/[^/]+(\/.*)?$/.test(volume))
      return fail(
        `volume "${volume}" is not a Unity Catalog volume path (/Volumes/<catalog>/<schema>/<volume>)`,
      );
    return { kind, host: url.host, httpPath: path, catalog, volume: volume.replace(/\/+$/, '') };
  }
  const database = path.replace(/^\/+|\/+$/g, '');
  if (!database) return fail('the database is missing');
  if (!PLAIN_NAME.test(database)) return fail(`database "${database}" is not a plain name`);
  if (kind === 'snowflake') {
    const warehouse = options.get('warehouse');
    const role = options.get('role');
    for (const [key, name] of [
      ['warehouse', warehouse],
      ['role', role],
    ] as const)
      if (name !== undefined && !PLAIN_NAME.test(name)) return fail(`${key} "${name}" is not a plain name`);
    return {
      kind,
      account: host,
      database,
      ...(warehouse ? { warehouse } : {}),
      ...(role ? { role } : {}),
    };
  }
  const stageDir = options.get('stage_dir');
  const stageUrl = options.get('stage_url');
  if ((stageDir === undefined) !== (stageUrl === undefined))
    return fail('stage_dir and stage_url go together (the folder and the URL COPY INTO reads it from)');
  if (stageUrl !== undefined && !/^https:\/\//.test(stageUrl))
    return fail('stage_url must be an https:// URL');
  return {
    kind,
    server: url.host,
    database,
    ...(stageDir !== undefined ? { stageDir } : {}),
    ...(stageUrl !== undefined ? { stageUrl } : {}),
  };
}

/** The warehouse as a person recognises it; these URLs carry no secrets. */
export function describeCloudEngine(spec: CloudEngineSpec): string {
  switch (spec.kind) {
    case 'databricks':
      return `databricks://${spec.host}${spec.httpPath} (catalog ${spec.catalog})`;
    case 'snowflake':
      return `snowflake://${spec.account}/${spec.database}`;
    case 'fabric':
      return `fabric://${spec.server}/${spec.database}`;
  }
}
