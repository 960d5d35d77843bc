import { describe, expect, it } from 'vitest';
import { randomHex } from './random-hex.js';

describe('randomHex', () => {
  it('gives lowercase hex of the asked length, never the same bytes twice across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const hex = randomHex(8 + (i % 3) * 8);
      expect(hex).toMatch(/^[0-9a-f]+$/);
      expect(hex.length).toBe(16 + (i % 3) * 16);
      seen.add(hex);
    }
    expect(seen.size).toBe(2000);
    expect(randomHex(5000)).toHaveLength(10000);
  });
});
