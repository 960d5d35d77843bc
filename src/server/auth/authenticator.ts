// Who is calling: an OIDC bearer token (JWT verified against the configured JWKS), a development token
// (development mode only), or an API key of a service account. Every failure is a coded AuthFailure.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthenticationConfig, GovernanceMode } from '../../governance/authentication-config.js';
import { API_CODES } from '../server-codes.js';
import { matchApiKey } from './api-keys.js';
import {
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  developmentJwks,
  developmentPrivateKey,
} from './development-key.js';
import { claimAt, rolesFrom, type AuthFailure, type AuthResult } from './principal.js';

/** exp/nbf are accepted this many seconds off, for clocks that drift a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

interface TokenVerifier {
  issuer: string;
  audience: string;
  algorithms: string[];
  roleClaim: string;
  keys: JWTVerifyGetKey;
  via: 'oidc' | 'development';
}

export interface Authenticator {
  authenticate(headers: {
    authorization?: string | undefined;
    apiKey?: string | undefined;
  }): Promise<AuthResult>;
  /** The audience and role claim development tokens are minted for. */
  readonly development?: { audience: string; roleClaim: string };
}

export async function createAuthenticator(options: {
  config: AuthenticationConfig;
  mode: GovernanceMode;
  projectDir: string;
}): Promise<Authenticator> {
  const { config, mode, projectDir } = options;
  const verifiers: TokenVerifier[] = [];
  if (config.oidc) {
    const { oidc } = config;
    let keys: JWTVerifyGetKey;
    if (oidc.jwksUrl) keys = createRemoteJWKSet(new URL(oidc.jwksUrl), { timeoutDuration: 5000 });
    else if (oidc.jwksFile) {
      const file = isAbsolute(oidc.jwksFile) ? oidc.jwksFile : join(projectDir, oidc.jwksFile);
      keys = createLocalJWKSet(JSON.parse(await readFile(file, 'utf8')));
    } else throw new Error('authentication.oidc needs jwksUrl or jwksFile');
    verifiers.push({
      issuer: oidc.issuer,
      audience: oidc.audience,
      algorithms: oidc.algorithms.filter((a) => a.toLowerCase() !== 'none'),
      roleClaim: oidc.roleClaim,
      keys,
      via: 'oidc',
    });
  }
  const verified = new VerifiedTokens();
  let development: Authenticator['development'];
  if (mode === 'development') {
    const privateJwk = await developmentPrivateKey(projectDir, { create: true });
    development = {
      audience: config.oidc?.audience ?? DEVELOPMENT_AUDIENCE,
      roleClaim: config.oidc?.roleClaim ?? 'roles',
    };
    verifiers.push({
      issuer: DEVELOPMENT_ISSUER,
      ...development,
      algorithms: ['ES256'],
      keys: createLocalJWKSet(developmentJwks(privateJwk!)),
      via: 'development',
    });
  }
  return {
    ...(development ? { development } : {}),
    authenticate: async ({ authorization, apiKey }) => {
      if (apiKey !== undefined) {
        const key = matchApiKey(config.apiKeys, apiKey);
        if (!key) return fail(API_CODES.unknownApiKey, 'De API-sleutel is onbekend.');
        return { principal: { user: key.name, roles: [...key.roles], via: 'api-key' } };
      }
      const match = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]*\.[A-Za-z0-9\-_=]*)$/.exec(
        authorization ?? '',
      );
      if (!authorization)
        return fail(API_CODES.noCredentials, 'Geef een bearer token of een API-sleutel mee.');
      if (!match) return fail(API_CODES.malformedToken, 'Het token is geen JWT.');
      return verified.get(match[1]!) ?? verified.put(match[1]!, await verifyToken(match[1]!, verifiers));
    },
  };
}

/** How long a verified token is taken as verified without checking its signature again. */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 1_000;

/**
 * Tokens whose signature and claims were verified, with their principal: the same token on the next
 * request skips the signature check (an ECDSA verify per request). An entry lives until the token
 * expires (its `exp`, no clock tolerance), at most a minute, so a rotated signing key takes effect within
 * that time. Only successes are kept; the key is the whole token, so nothing but the same bytes hit.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { result: AuthResult; until: number }>();

  get(token: string): AuthResult | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.result;
  }

  put(token: string, result: AuthResult): AuthResult {
    if (!('principal' in result)) return result;
    let exp: number | undefined;
    try {
      exp = decodeJwt(token).exp;
    } catch {
      return result;
    }
    if (typeof exp !== 'number') return result;
    const until = Math.min(exp * 1000, Date.now() + VERIFIED_TTL_MS);
    if (until <= Date.now()) return result;
    if (this.entries.size >= VERIFIED_MAX) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { result, until });
    return result;
  }
}

function fail(code: string, detail: string): { failure: AuthFailure } {
  return { failure: { code, detail } };
}

async function verifyToken(token: string, verifiers: readonly TokenVerifier[]): Promise<AuthResult> {
  let issuer: string | undefined;
  let alg: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
    alg = decodeProtectedHeader(token).alg;
  } catch {
    return fail(API_CODES.malformedToken, 'Het token is geen JWT.');
  }
  if (!alg || alg.toLowerCase() === 'none')
    return fail(API_CODES.algorithmRefused, 'Niet-ondertekende tokens worden niet geaccepteerd.');
  const verifier = verifiers.find((v) => v.issuer === issuer);
  if (!verifier) return fail(API_CODES.wrongClaims, 'De uitgever van het token wordt niet vertrouwd.');
  if (!verifier.algorithms.includes(alg))
    return fail(API_CODES.algorithmRefused, 'Het ondertekeningsalgoritme van het token is niet toegestaan.');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, verifier.keys, {
      issuer: verifier.issuer,
      audience: verifier.audience,
      algorithms: verifier.algorithms,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    return tokenFailure(error);
  }
  const roles = rolesFrom(claimAt(payload, verifier.roleClaim));
  if (roles.length === 0) return fail(API_CODES.noRoles, 'Het token bevat geen rollen.');
  return { principal: { user: String(payload.sub), roles, via: verifier.via } };
}

function tokenFailure(error: unknown): { failure: AuthFailure } {
  if (error instanceof errors.JWTExpired) return fail(API_CODES.expiredToken, 'Het token is verlopen.');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return fail(API_CODES.algorithmRefused, 'Het ondertekeningsalgoritme van het token is niet toegestaan.');
  if (error instanceof errors.JWTClaimValidationFailed)
    return fail(API_CODES.wrongClaims, 'Het token is niet voor deze API of nog niet geldig.');
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  )
    return fail(API_CODES.badSignature, 'De ondertekening van het token is niet geldig.');
  return fail(API_CODES.malformedToken, 'Het token kan niet worden gecontroleerd.');
}
