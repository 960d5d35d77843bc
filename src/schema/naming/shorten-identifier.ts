import { shortHash } from './name-style.js';

/**
 * A name cut to `max` characters, deterministically: the first characters, `_` and an 8-digit hash of
 * the full name. The same long name always gives the same short one, so references stay consistent.
 */
export function shortenIdentifier(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = shortHash(name);
  const head = name.slice(0, Math.max(1, max - hash.length - 1)).replace(/_+$/, '');
  const suffix = /[A-Z]/.test(name) && !/[a-z]/.test(name) ? hash.toUpperCase() : hash;
  return `${head}_${suffix}`;
}
