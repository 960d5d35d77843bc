// The releases the server can compare without a download: local copies (GGM_RELEASES_DIR, or the
// directory the project's own release sits in when it has the official layout) and downloads already
// in the cache. Loaded through the compiled model cache; the last few models and diffs stay in memory.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diffModels, type ModelDiff } from '../../model/diff/index.js';
import { defaultCacheDir, loadModel } from '../../model/load-model.js';
import type { GgmModel } from '../../model/model-types.js';
import {
  KNOWN_RELEASES,
  RELEASE_FILE_NAME,
  compareVersions,
  localReleaseFile,
  normaliseVersion,
} from '../../model/release-download.js';

export interface ReleaseCatalog {
  /** Versions (`v2.5.1`) that can be loaded here, oldest first. */
  versions(): string[];
  /** The version the project itself uses, when known. */
  projectVersion?: string;
  diff(from: string, to: string): Promise<ModelDiff>;
}

const KEEP = 3;

/** A tiny least-recently-used map of promises (a second request for the same key waits for the first). */
function remember<T>(limit: number) {
  const entries = new Map<string, Promise<T>>();
  return (key: string, make: () => Promise<T>): Promise<T> => {
    let value = entries.get(key);
    if (value) entries.delete(key);
    else value = make();
    entries.set(key, value);
    value.catch(() => entries.delete(key));
    while (entries.size > limit) entries.delete(entries.keys().next().value!);
    return value;
  };
}

export function releaseCatalog(projectModel: GgmModel): ReleaseCatalog {
  const projectFile = projectModel.source.file;
  const projectVersion = projectModel.version ? `v${projectModel.version}` : undefined;
  // `<dir>/v2.5.1/Gemeentelijk Gegevensmodel.xlsx`: the other releases may be beside it
  const siblingDir =
    basename(projectFile) === RELEASE_FILE_NAME && normaliseVersion(basename(dirname(projectFile)))
      ? dirname(dirname(projectFile))
      : undefined;
  const fileOf = (version: string): string | undefined => {
    if (version === projectVersion) return projectFile;
    const cached = join(defaultCacheDir(), 'releases', version, RELEASE_FILE_NAME);
    return (
      localReleaseFile(version) ??
      (siblingDir ? localReleaseFile(version, siblingDir) : undefined) ??
      (existsSync(cached) ? cached : undefined)
    );
  };
  const models = remember<GgmModel>(KEEP);
  const diffs = remember<ModelDiff>(KEEP);
  const model = (version: string) =>
    version === projectVersion
      ? Promise.resolve(projectModel)
      : models(version, async () => (await loadModel(fileOf(version)!)).model);
  return {
    versions: () => KNOWN_RELEASES.filter((v) => fileOf(v) !== undefined).sort(compareVersions),
    ...(projectVersion ? { projectVersion } : {}),
    diff: (from, to) => diffs(`${from}→${to}`, async () => diffModels(await model(from), await model(to))),
  };
}
