import type { Command } from 'commander';
import { nearestNames } from '../../diagnostics/suggest.js';
import { loadGovernance } from '../../pipeline/governance/load-governance.js';
import { ProjectService } from '../../pipeline/project-service.js';
import {
  DEVELOPMENT_AUDIENCE,
  developmentPrivateKey,
  mintDevelopmentToken,
} from '../../server/auth/development-key.js';
import { UsageError, type Io } from '../output.js';

const TTL = /^(\d{1,6})(s|m|h|d)?$/;
const SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const MAX_TTL_SECONDS = 7 * 86400;

/** `1h`, `30m`, `3600` → seconds; at most 7 days. */
export function parseTtl(text: string): number {
  const match = TTL.exec(text);
  if (!match) throw new UsageError(`--ttl must be a duration like 30m, 1h or 2d`);
  const seconds = Number(match[1]) * SECONDS[(match[2] ?? 's') as keyof typeof SECONDS];
  if (seconds < 1 || seconds > MAX_TTL_SECONDS) throw new UsageError('--ttl must be between 1s and 7d');
  return seconds;
}

/**
 * `ggm token --role R`: a JWT signed by the project's local development key, for demos and tests. Only
 * in development mode (governance.yaml `mode: development`); the token goes to stdout and nowhere else.
 */
export function registerTokenCommand(program: Command, io: Io): void {
  program
    .command('token')
    .description(
      'mint a development token (JWT) for a role; only when governance.yaml says mode: development',
    )
    .requiredOption('--role <role...>', 'the role(s) the token carries')
    .option('--sub <user>', 'the user the token is for', 'ontwikkelaar')
    .option('--ttl <duration>', 'how long it is valid (30m, 1h, 2d; at most 7d)', '1h')
    .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
    .action(async (options: { role: string[]; sub: string; ttl: string; project: string }) => {
      const ttlSeconds = parseTtl(options.ttl);
      const service = await ProjectService.open(options.project);
      const { policy, diagnostics } = await loadGovernance(service.config.dir);
      if (!policy) throw Object.assign(new Error('governance.yaml has errors'), { diagnostics });
      if (policy.mode !== 'development')
        throw new UsageError(
          'ggm token only works in development mode (governance.yaml: mode: development); in production tokens come from your identity provider',
          1,
        );
      const known = policy.roles.map((r) => r.name);
      for (const role of options.role) {
        if (known.includes(role)) continue;
        const near = nearestNames(role, known, 1);
        throw new UsageError(
          `no role ${role} in governance.yaml${near.length ? `; did you mean ${near[0]}?` : ''}`,
        );
      }
      const key = await developmentPrivateKey(service.config.dir, { create: true });
      const token = await mintDevelopmentToken(key!, {
        roles: options.role,
        subject: options.sub,
        ttlSeconds,
        audience: policy.authentication.oidc?.audience ?? DEVELOPMENT_AUDIENCE,
        roleClaim: policy.authentication.oidc?.roleClaim ?? 'roles',
      });
      io.out(token);
    });
}
