// How callers of the HTTP API prove who they are: the `authentication:` block of governance.yaml, parsed
// by src/governance and used by src/server. Plain data.

export interface ApiKeyConfig {
  /** The service account's name (goes into the audit record as the user). */
  name: string;
  /** sha256 (hex) of the key; the key itself is never stored in the project. */
  sha256: string;
  roles: readonly string[];
}

export interface AuthenticationConfig {
  /** OIDC bearer tokens (JWT). Absent: no bearer tokens accepted. */
  oidc?: {
    issuer: string;
    audience: string;
    /** Where the signing keys are: a JWKS URL, or a JWKS file (relative to the project). */
    jwksUrl?: string;
    jwksFile?: string;
    /** Accepted signing algorithms, e.g. ['RS256', 'ES256']; `none` is never accepted. */
    algorithms: readonly string[];
    /** The claim holding the caller's roles (a string or array), e.g. `roles` or `realm_access.roles`. */
    roleClaim: string;
    /** The public client the web application signs in with (authorization code + PKCE); absent: no web sign-in. */
    webClientId?: string;
    /** Scopes the web application asks for (default `openid profile`). */
    webScope?: string;
  };
  apiKeys: readonly ApiKeyConfig[];
}

/**
 * `development`: `ggm token` may mint tokens signed by the project's local development key, and missing
 * pseudonymisation keys are generated under .ggm/keys/. `production`: neither.
 */
export type GovernanceMode = 'development' | 'production';
