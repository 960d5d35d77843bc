import { createHash } from 'node:crypto';
import { resolveKey } from '../../audit/key-store.js';
import type { GovernanceMode } from '../../governance/authentication-config.js';

/** The HMAC key blocks k⊕ipad and k⊕opad (64 bytes each) as hex, what the SQL binds for a key. */
export interface KeyBlocks {
  inner: string;
  outer: string;
}

/** RFC 2104: a key longer than the block is hashed first, then padded with zeros to 64 bytes. */
export function keyBlocks(key: Buffer): KeyBlocks {
  const block = Buffer.alloc(64);
  (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
  return {
    inner: Buffer.from(block.map((b) => b ^ 0x36)).toString('hex'),
    outer: Buffer.from(block.map((b) => b ^ 0x5c)).toString('hex'),
  };
}

export type KeyResolver = (name: string) => Promise<Buffer>;

/** Keys of a project: `GGM_KEY_<NAME>` or `.ggm/keys/<name>.key`, generated only in development. */
export function projectKeys(
  projectDir: string,
  mode: GovernanceMode,
  env: Record<string, string | undefined> = process.env,
): KeyResolver {
  return (name) => resolveKey(name, { projectDir, env, mode });
}
