import { describe, expect, it } from 'vitest';
import { eachOnce } from './governed-response.js';

describe('eachOnce', () => {
  it('gives the subjects each once in order of first appearance; a frozen list’s answer is kept with it', () => {
    const open = ['b', 'a', 'b', 'c', 'a'];
    expect(eachOnce(open)).toEqual(['b', 'a', 'c']);
    open.push('d');
    expect(eachOnce(open)).toEqual(['b', 'a', 'c', 'd']);
    const held = Object.freeze(['x', 'y', 'x']);
    const once = eachOnce(held);
    expect(once).toEqual(['x', 'y']);
    expect(Object.isFrozen(once)).toBe(true);
    expect(eachOnce(held)).toBe(once);
    expect(eachOnce(Object.freeze(['x', 'y', 'x']))).not.toBe(once);
  });
});
