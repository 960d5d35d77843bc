// Random hex for trace and span ids, drawn from a pool of CSPRNG bytes refilled 4 KiB at a time: a
// governed read needs ~450 random bytes (its trace, span and one span per data subject), and a
// randomBytes call per id cost more than the bytes (as crypto.randomUUID, which keeps such a pool
// too). Every byte is handed out once.
import { randomBytes } from 'node:crypto';

const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let next = 0;

/** `bytes` random bytes as lowercase hex (2 digits a byte). */
export function randomHex(bytes: number): string {
  if (bytes > POOL_BYTES) return randomBytes(bytes).toString('hex');
  if (next + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    next = 0;
  }
  const hex = pool.toString('hex', next, next + bytes);
  next += bytes;
  return hex;
}
