import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModel } from './build-model.js';
import { MODEL_FORMAT_VERSION, type GgmModel } from './model-types.js';
import { fetchRelease, localReleaseFile, normaliseVersion, sha256 } from './release-download.js';
import { readWorkbookTables } from './sheet-tables.js';

export interface LoadModelOptions {
  /** Directory for downloaded releases and compiled models; default GGM_CACHE_DIR or ~/.cache/ggm-platform. */
  cacheDir?: string;
  /** Skip the compiled cache (always parse the workbook). */
  noCache?: boolean;
  /** Base URL for release downloads (tests point this at a local server). */
  releaseBaseUrl?: string;
  /**
   * A directory with local copies of releases, `<dir>/v2.5.1/Gemeentelijk Gegevensmodel.xlsx` (the
   * layout of the official repository); default GGM_RELEASES_DIR. Looked in before the cache and a download.
   */
  releasesDir?: string;
}

export interface LoadedModel {
  model: GgmModel;
  /** How the model was obtained: parsed from the workbook, or read from the compiled cache. */
  from: 'workbook' | 'cache';
  file: string;
}

export class ModelSourceError extends Error {
  readonly code = 'GGM-M101';
  constructor(
    message: string,
    /** What is wrong with the workbook, when it was read but is not a usable release. */
    readonly diagnostics?: Diagnostic[],
  ) {
    super(message);
    this.name = 'ModelSourceError';
  }
}

export function defaultCacheDir(): string {
  if (process.env['GGM_CACHE_DIR']) return process.env['GGM_CACHE_DIR'];
  const xdg = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(xdg, 'ggm-platform');
}

/** The release version a path names, e.g. `…/v2.5.1/Gemeentelijk Gegevensmodel.xlsx` → `2.5.1`. */
export function versionFromPath(file: string): string | undefined {
  const matches = [...file.matchAll(/(?:^|[/\\_\- ])v?(\d+\.\d+\.\d+)(?=$|[/\\_\- .])/g)];
  return matches.at(-1)?.[1];
}

/**
 * Loads a GGM model from `source`: a path to a release workbook, or a release version (`v2.5.1`), which
 * is read from the local releases directory (GGM_RELEASES_DIR) when it holds that version, else from the
 * cache, else downloaded into the cache. Without a source, GGM_MODEL is used. A compiled copy of every model parsed
 * is kept in the cache, keyed by the workbook's SHA-256, so the next load skips parsing.
 */
export async function loadModel(
  source: string | undefined,
  options: LoadModelOptions = {},
): Promise<LoadedModel> {
  const spec = source ?? process.env['GGM_MODEL'];
  if (!spec) {
    throw new ModelSourceError(
      'no model given: pass --model <path-or-version> (e.g. --model v2.5.1) or set GGM_MODEL',
    );
  }
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  let file: string;
  let version: string | undefined;
  const asVersion = normaliseVersion(spec);
  if (asVersion) {
    file =
      localReleaseFile(asVersion, options.releasesDir ?? process.env['GGM_RELEASES_DIR']) ??
      (await fetchRelease(asVersion, cacheDir, options.releaseBaseUrl)).file;
    version = asVersion.slice(1);
  } else {
    file = resolve(spec);
    version = versionFromPath(file);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ModelSourceError(
      code === 'ENOENT'
        ? `model file not found: ${file} (give a path to a release workbook, or a version such as v2.5.1)`
        : `cannot read model file ${file}: ${(error as Error).message}`,
    );
  }
  const checksum = sha256(bytes);
  const cacheFile = join(
    cacheDir,
    'models',
    `${checksum}.f${MODEL_FORMAT_VERSION}.${await loaderFingerprint()}.json`,
  );
  if (!options.noCache) {
    const cached = await readCachedModel(cacheFile);
    if (cached) {
      cached.source.file = file;
      if (version) cached.version = version;
      return { model: cached, from: 'cache', file };
    }
  }
  let tables: Awaited<ReturnType<typeof readWorkbookTables>>;
  try {
    tables = await readWorkbookTables(file);
  } catch (error) {
    // a damaged archive or a file that is no workbook: say which file, with a code, never a raw zlib error
    throw new ModelSourceError(`cannot read model workbook ${file}: ${(error as Error).message}`);
  }
  const model = buildModel(tables, { sha256: checksum, ...(version ? { version } : {}) });
  const broken = model.diagnostics.filter((d) => STRUCTURAL.has(d.code));
  if (broken.length > 0) {
    throw new ModelSourceError(
      `${file} is not a usable GGM release workbook (${broken.length} structural problem${broken.length === 1 ? '' : 's'})`,
      broken,
    );
  }
  if (!options.noCache) await writeCachedModel(cacheFile, model);
  return { model, from: 'workbook', file };
}

/** Diagnostics that make a workbook unusable: a missing sheet or column, a damaged or cut-off sheet. */
const STRUCTURAL = new Set(['GGM-M001', 'GGM-M004', 'GGM-M005']);

/** Files whose code decides what a workbook becomes; a change to any of them invalidates compiled models. */
const LOADER_FILES = ['build-model', 'clean-text', 'model-types', 'primitive-types', 'sheet-tables'];
let fingerprint: Promise<string> | undefined;

function loaderFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const here = fileURLToPath(import.meta.url);
    const ext = extname(here);
    const parts = await Promise.all(
      LOADER_FILES.map((f) => readFile(join(dirname(here), `${f}${ext}`)).catch(() => Buffer.alloc(0))),
    );
    return sha256(Buffer.concat(parts)).slice(0, 12);
  })();
  return fingerprint;
}

async function readCachedModel(cacheFile: string): Promise<GgmModel | undefined> {
  try {
    const model = JSON.parse(await readFile(cacheFile, 'utf8')) as GgmModel;
    return model.formatVersion === MODEL_FORMAT_VERSION ? model : undefined;
  } catch {
    return undefined;
  }
}

async function writeCachedModel(cacheFile: string, model: GgmModel): Promise<void> {
  try {
    await mkdir(join(cacheFile, '..'), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(model));
    await rename(tmp, cacheFile);
  } catch {
    // A cache that cannot be written only makes the next load slower.
  }
}
