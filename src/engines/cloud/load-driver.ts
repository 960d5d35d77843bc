import { CloudEngineError } from './cloud-platform.js';

/** Imports a module by name; tests pass their own so no vendor package is needed. */
export type ModuleImporter = (name: string) => Promise<unknown>;

/** How a cloud engine opens: where credentials come from, how its driver is imported. */
export interface CloudOpenOptions {
  /** Where credentials are read; default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Imports the driver; tests pass a fake. */
  importer?: ModuleImporter;
}

const importModule: ModuleImporter = (name) => import(name);

/**
 * The vendor's Node.js driver, imported on demand: a project on DuckDB or PostgreSQL never loads it and
 * it is not a dependency. Missing, it is a coded error (GGM-I120) that says what to install.
 */
export async function loadDriver<T>(pkg: string, platform: string, importer = importModule): Promise<T> {
  try {
    const module = (await importer(pkg)) as { default?: unknown };
    // CommonJS drivers come back as the default export of an ES module namespace
    return (module.default ?? module) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new CloudEngineError(
        'GGM-I120',
        `the ${platform} engine needs the package ${pkg}, which is not installed: npm install ${pkg}`,
      );
    throw error;
  }
}

/** A credential from the environment (never from ggm.yaml or argv); missing, GGM-I121 names the variable. */
export function requireEnv(
  env: Record<string, string | undefined>,
  name: string,
  platform: string,
  what: string,
): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new CloudEngineError(
      'GGM-I121',
      `the ${platform} engine reads ${what} from the environment variable ${name}, which is not set`,
    );
  return value;
}
