import { describe, expect, it } from 'vitest';
import { parsePrimitive } from './primitive-types.js';

describe('parsePrimitive', () => {
  it.each([
    ['AN80', { primitive: 'string', length: 80 }],
    ['an20', { primitive: 'string', length: 20 }],
    ['A1', { primitive: 'string', length: 1 }],
    ['AN', { primitive: 'string' }],
    ['CharacterString', { primitive: 'string' }],
    ['N9', { primitive: 'integer', precision: 9 }],
    ['N10.2', { primitive: 'decimal', precision: 10, scale: 2 }],
    ['int', { primitive: 'integer' }],
    ['DATUM', { primitive: 'date' }],
    ['DatumTijd', { primitive: 'datetime' }],
    ['INDIC', { primitive: 'boolean' }],
    ['Bedrag', { primitive: 'money', precision: 12, scale: 2 }],
    ['MultiSurface', { primitive: 'geometry', geometry: 'multisurface' }],
    ['GUID', { primitive: 'uuid' }],
    ['OnvolledigeDatum', { primitive: 'partialDate' }],
    ['Date\n', { primitive: 'date' }],
  ])('%s', (raw, expected) => {
    expect(parsePrimitive(raw)).toEqual({ kind: 'primitive', ...expected });
  });

  it('leaves names that are not primitives to the enumeration and class lookup', () => {
    expect(parsePrimitive('Leverancier')).toBeUndefined();
    expect(parsePrimitive('Type')).toBeUndefined();
    expect(parsePrimitive('')).toBeUndefined();
  });
});
