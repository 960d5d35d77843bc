import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../../governance/authentication-config.js';

/**
 * The service account whose key this is, or undefined. The key is hashed with sha256 and compared with
 * every configured hash in constant time, so neither the match nor its position shows in the timing.
 */
export function matchApiKey(keys: readonly ApiKeyConfig[], presented: string): ApiKeyConfig | undefined {
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKeyConfig | undefined;
  for (const key of keys) {
    const expected = /^[0-9a-f]{64}$/i.test(key.sha256) ? Buffer.from(key.sha256, 'hex') : Buffer.alloc(32);
    if (timingSafeEqual(digest, expected) && found === undefined) found = key;
  }
  return found;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
