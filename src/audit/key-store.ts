// Secret keys (the audit subject key, pseudonymisation keys) from the environment or the project's
// .ggm/keys folder. A key's bytes never appear in an error, a log line or argv.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type KeyMode = 'development' | 'production';

export interface ResolveKeyOptions {
  projectDir: string;
  env?: Record<string, string | undefined>;
  /** `development` generates a missing key; `production` refuses to run without one. */
  mode: KeyMode;
}

export const MIN_KEY_BYTES = 32;

/** A key that cannot be used; `code` is a stable GGM-A1xx code, the message tells how to fix it. */
export class KeyStoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

/** `GGM_KEY_<NAME>`: the name upper-cased, `-` as `_`. */
export function keyEnvName(name: string): string {
  return `GGM_KEY_${name.toUpperCase().replace(/-/g, '_')}`;
}

export function keyFilePath(projectDir: string, name: string): string {
  return join(projectDir, '.ggm', 'keys', `${name}.key`);
}

/**
 * The key called `name`: from `GGM_KEY_<NAME>` (hex or base64), else from `<project>/.ggm/keys/<name>.key`
 * (the same text). In development a missing key file is created (32 random bytes as hex, mode 0600 in a
 * 0700 folder); in production a missing key is GGM-A102.
 */
export async function resolveKey(name: string, options: ResolveKeyOptions): Promise<Buffer> {
  if (!/^[a-z][a-z0-9_-]{0,63}$/i.test(name)) {
    throw new KeyStoreError('GGM-A105', `invalid key name ${JSON.stringify(name)}: letters, digits, - and _`);
  }
  const envName = keyEnvName(name);
  const fromEnv = (options.env ?? process.env)[envName];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return decodeKey(fromEnv, `the environment variable ${envName}`, 'GGM-A101');
  }
  const file = keyFilePath(options.projectDir, name);
  const text = await readKeyFile(file);
  if (text !== undefined) {
    if (options.mode === 'production') await refuseOpenPermissions(file);
    return decodeKey(text, `the key file ${file}`, 'GGM-A103');
  }
  if (options.mode === 'production') {
    throw new KeyStoreError(
      'GGM-A102',
      `the key "${name}" is missing: set ${envName} to ${MIN_KEY_BYTES} or more random bytes as hex or base64 ` +
        `(e.g. \`openssl rand -hex 32\`), or put them in ${file} (mode 0600); production never generates keys`,
    );
  }
  return generateKeyFile(file);
}

async function readKeyFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KeyStoreError('GGM-A103', `cannot read the key file ${file}: ${(error as Error).message}`);
  }
}

async function refuseOpenPermissions(file: string): Promise<void> {
  if (process.platform === 'win32') return;
  const mode = (await stat(file)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new KeyStoreError(
      'GGM-A104',
      `the key file ${file} can be read by others (mode ${mode.toString(8)}): run chmod 600 on it`,
    );
  }
}

async function generateKeyFile(file: string): Promise<Buffer> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const key = randomBytes(MIN_KEY_BYTES);
  try {
    await writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    // another process generated it first: use theirs, so both pseudonymise alike
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return decodeKey(await readFile(file, 'utf8'), `the key file ${file}`, 'GGM-A103');
  }
}

/** Hex (even length) or base64 text of at least MIN_KEY_BYTES bytes. */
function decodeKey(text: string, where: string, code: string): Buffer {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^(?:[0-9a-f]{2})+$/i.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) key = Buffer.from(value, 'base64');
  if (!key) throw new KeyStoreError(code, `${where} is neither hex nor base64`);
  if (key.length < MIN_KEY_BYTES) {
    throw new KeyStoreError(
      code,
      `${where} holds ${key.length} bytes; a key needs at least ${MIN_KEY_BYTES} (e.g. \`openssl rand -hex 32\`)`,
    );
  }
  return key;
}
