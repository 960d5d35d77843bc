import { ModelIndex } from '../../src/model/model-index.js';
import type { GgmModel } from '../../src/model/model-types.js';
/** The official releases kept beside the repository for tests (never copied into it). */
export declare const SHARED_DIR: string;
export declare const RELEASES: readonly ["v2.2.0", "v2.4.0", "v2.5.0", "v2.5.1"];
export type Release = (typeof RELEASES)[number];
export declare function releasePath(version: Release): string;
export declare function hasReleases(): boolean;
/** A cache shared by the test processes of one machine, so each release is parsed once per run. */
export declare const TEST_CACHE_DIR: string;
/** Loads a release (through the compiled cache) once per test process. */
export declare function loadRelease(version: Release): Promise<GgmModel>;
export declare function loadReleaseIndex(version: Release): Promise<ModelIndex>;
