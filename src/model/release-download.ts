import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where releases are downloaded from unless GGM_RELEASE_BASE_URL says otherwise. */
export const DEFAULT_RELEASE_BASE_URL =
  'https://github.com/Gemeente-Delft/Gemeentelijk-Gegevensmodel/raw/HEAD/';
export const RELEASE_FILE_NAME = 'Gemeentelijk Gegevensmodel.xlsx';

/** SHA-256 of the release workbooks as published when this version of the platform was made. */
export const KNOWN_RELEASE_CHECKSUMS: Record<string, string> = {
  'v2.2.0': '21db9a18dd75443633da32e7220ad701c7fd12ea9cfa5623772450b36e5827b8',
  'v2.4.0': '2cac34da6c637788336df4678db5d7bc0454adef78652fe39d5c4475aa971dfb',
  'v2.5.0': 'd5282e0c1e150bff56cc95a1832ac02e381adfa5b431b583c59c04a4330a92b9',
  'v2.5.1': '0387f43483e48e62be458699b71f90fca72ac796d76d1ea547babb160a0f5b17',
};

/** The releases this version of the platform knows (and tests), oldest first. */
export const KNOWN_RELEASES: readonly string[] = Object.keys(KNOWN_RELEASE_CHECKSUMS).sort(compareVersions);

/** The newest release this version of the platform knows: what `ggm init` pins a new project to. */
export const LATEST_KNOWN_RELEASE: string = KNOWN_RELEASES[KNOWN_RELEASES.length - 1] ?? 'v2.5.1';

/** Orders `v2.4.0` before `v2.10.0`. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, '').split('.').map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A release workbook in a local releases directory, laid out as the official repository is
 * (`<dir>/v2.5.1/Gemeentelijk Gegevensmodel.xlsx`): `releasesDir`, else GGM_RELEASES_DIR. Undefined
 * when no directory is set or it does not hold that version.
 */
export function localReleaseFile(
  version: string,
  releasesDir: string | undefined = process.env['GGM_RELEASES_DIR'],
): string | undefined {
  if (!releasesDir) return undefined;
  const file = join(resolve(releasesDir), version, RELEASE_FILE_NAME);
  return existsSync(file) ? file : undefined;
}

export interface ReleaseManifest {
  version: string;
  url: string;
  sha256: string;
  size: number;
  downloadedAt: string;
  /** False when the download differs from the checksum this platform version knows for the release. */
  matchesKnownChecksum: boolean | null;
}

export class ReleaseDownloadError extends Error {
  readonly code = 'GGM-M100';
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseDownloadError';
  }
}

/** `2.5.1`, `v2.5.1` → `v2.5.1`; anything else → undefined. */
export function normaliseVersion(text: string): string | undefined {
  const m = /^v?(\d+\.\d+\.\d+)$/.exec(text.trim());
  return m ? `v${m[1]}` : undefined;
}

export function releaseUrl(
  version: string,
  baseUrl = process.env['GGM_RELEASE_BASE_URL'] ?? DEFAULT_RELEASE_BASE_URL,
) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${version}/${encodeURIComponent(RELEASE_FILE_NAME)}`;
}

/**
 * Returns the path of a release workbook in the cache, downloading it first when it is not there.
 * The download goes to a temporary file and is renamed into place, so an interrupted download never
 * leaves a half file behind; the manifest records where it came from and its checksum.
 */
export async function fetchRelease(
  version: string,
  cacheDir: string,
  baseUrl?: string,
): Promise<{ file: string; manifest: ReleaseManifest; downloaded: boolean }> {
  const dir = join(cacheDir, 'releases', version);
  const file = join(dir, RELEASE_FILE_NAME);
  const manifestFile = join(dir, 'manifest.json');
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as ReleaseManifest;
    const bytes = await readFile(file);
    if (sha256(bytes) === manifest.sha256) return { file, manifest, downloaded: false };
  } catch {
    // not cached (or damaged): download below
  }
  const url = releaseUrl(version, baseUrl);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (error) {
    throw new ReleaseDownloadError(
      `cannot download GGM ${version} from ${url} (${(error as Error).cause ?? (error as Error).message}). ` +
        `Offline? Pass a local release workbook with --model <path>, or set ` +
        `GGM_RELEASES_DIR to a directory holding ${version}/${RELEASE_FILE_NAME}.`,
    );
  }
  if (!response.ok) {
    throw new ReleaseDownloadError(
      `cannot download GGM ${version} from ${url}: HTTP ${response.status} ${response.statusText}. ` +
        `Check the version, or pass a local release workbook with --model <path>.`,
    );
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new ReleaseDownloadError(`the download from ${url} is not an xlsx workbook`);
  }
  const checksum = sha256(bytes);
  const known = KNOWN_RELEASE_CHECKSUMS[version];
  const manifest: ReleaseManifest = {
    version,
    url,
    sha256: checksum,
    size: bytes.length,
    downloadedAt: new Date().toISOString(),
    matchesKnownChecksum: known ? known === checksum : null,
  };
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.part`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return { file, manifest, downloaded: true };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
