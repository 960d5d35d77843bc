import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadModel } from '../../src/model/load-model.js';
import { ModelIndex } from '../../src/model/model-index.js';
/** The official releases kept beside the repository for tests (never copied into it). */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const RELEASES = ['v2.2.0', 'v2.4.0', 'v2.5.0', 'v2.5.1'];
export function releasePath(version) {
    return join(SHARED_DIR, 'ggm', version, 'Gemeentelijk Gegevensmodel.xlsx');
}
export function hasReleases() {
    return existsSync(releasePath('v2.5.1'));
}
/** A cache shared by the test processes of one machine, so each release is parsed once per run. */
export const TEST_CACHE_DIR = join(tmpdir(), 'ggm-platform-test-cache');
const loaded = new Map();
/** Loads a release (through the compiled cache) once per test process. */
export function loadRelease(version) {
    let p = loaded.get(version);
    if (!p) {
        p = loadModel(releasePath(version), { cacheDir: TEST_CACHE_DIR }).then((r) => r.model);
        loaded.set(version, p);
    }
    return p;
}
export async function loadReleaseIndex(version) {
    return new ModelIndex(await loadRelease(version));
}
//# sourceMappingURL=releases.js.map