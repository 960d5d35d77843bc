import { describe, expect, it } from 'vitest';
import { toGgmCase, toSnakeCase } from './name-style.js';
import { shortenIdentifier } from '../../dialects/identifiers.js';

describe('name styles', () => {
  it('snake case splits camelCase and acronyms, drops accents and punctuation', () => {
    expect(toSnakeCase('OpenbareRuimte')).toBe('openbare_ruimte');
    expect(toSnakeCase('BAGObjectnummering')).toBe('bag_objectnummering');
    expect(toSnakeCase('Beschikte Voorziening')).toBe('beschikte_voorziening');
    expect(toSnakeCase('WOZ-Deelobjectcode')).toBe('woz_deelobjectcode');
    expect(toSnakeCase('initiëleAanmaakdatum')).toBe('initiele_aanmaakdatum');
    expect(toSnakeCase('DatumTot(Peildatum)')).toBe('datum_tot_peildatum');
  });

  it('ggm case reproduces the published DDL', () => {
    expect(toGgmCase('OpenbareRuimte')).toBe('OPENBARERUIMTE');
    expect(toGgmCase('Beschikte Voorziening')).toBe('BESCHIKTE_VOORZIENING');
    expect(toGgmCase('24uurs')).toBe('24UURS');
  });

  it('shortens deterministically with a hash suffix', () => {
    const long = 'code_maatschappelijke_context_werkzaamheden_anders_dan_in_arbeidsverhouding_enum_id';
    const short = shortenIdentifier(long, 63);
    expect(short.length).toBeLessThanOrEqual(63);
    expect(short).toBe(shortenIdentifier(long, 63));
    expect(short).toMatch(/^code_maatschappelijke_context_.*_[0-9a-f]{8}$/);
    expect(shortenIdentifier(`${long}_x`, 63)).not.toBe(short);
    expect(shortenIdentifier('pand', 63)).toBe('pand');
  });
});
