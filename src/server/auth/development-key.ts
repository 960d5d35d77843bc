// The project's local development signing key (ES256) under <project>/.ggm/keys/: `ggm token` signs with
// it, and a server in development mode accepts tokens it verifies with the public half. Never used in
// production mode.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

export const DEVELOPMENT_ISSUER = 'urn:ggm-platform:development';
/** The audience of development tokens when governance.yaml configures no OIDC audience. */
export const DEVELOPMENT_AUDIENCE = 'ggm-platform';
const KEY_FILE = 'development-signing-key.jwk.json';
const KID = 'ggm-development';

export function developmentKeyPath(projectDir: string): string {
  return join(projectDir, '.ggm', 'keys', KEY_FILE);
}

/** The private JWK, created (mode 0600) when `create` and missing; undefined when missing otherwise. */
export async function developmentPrivateKey(
  projectDir: string,
  options: { create: boolean },
): Promise<JWK | undefined> {
  const file = developmentKeyPath(projectDir);
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as JWK;
  if (!options.create) return undefined;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256', use: 'sig' };
  await mkdir(join(projectDir, '.ggm', 'keys'), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(jwk)}\n`, { mode: 0o600, flag: 'wx' });
  return jwk;
}

/** The public JWKS of the development key (the private members dropped). */
export function developmentJwks(privateJwk: JWK): { keys: JWK[] } {
  const { d: _d, ...publicJwk } = privateJwk;
  return { keys: [publicJwk] };
}

export interface MintOptions {
  roles: readonly string[];
  subject: string;
  ttlSeconds: number;
  audience: string;
  /** Where the roles go (a dotted path, e.g. `realm_access.roles`). */
  roleClaim: string;
  now?: Date;
}

/** A JWT signed by the development key. */
export async function mintDevelopmentToken(privateJwk: JWK, options: MintOptions): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  const claims: Record<string, unknown> = {};
  const parts = options.roleClaim.split('.');
  let at = claims;
  for (const part of parts.slice(0, -1)) {
    const next: Record<string, unknown> = {};
    at[part] = next;
    at = next;
  }
  at[parts[parts.length - 1]!] = [...options.roles];
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid ?? KID, typ: 'JWT' })
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + options.ttlSeconds)
    .sign(key);
}
