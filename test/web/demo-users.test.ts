// The login page's reading of GET /api/v1/demo/gebruikers: its shape is not fixed, so the adapter takes
// an array or an object holding one, Dutch or English field names, and leaves out what cannot sign in.
import { describe, expect, it } from 'vitest';
import { parseDemoUsers } from '../../web/src/pages/login/demo-users.js';
import { jwtClaims, rolesAt } from '../../web/src/pages/login/token-claims.js';

describe('parseDemoUsers', () => {
  it('reads a plain array with English fields', () => {
    expect(
      parseDemoUsers([
        { name: 'Wmo-consulent', role: 'wmo-consulent', purposes: ['wmo-uitvoering'], token: 't1' },
      ]),
    ).toEqual([
      { name: 'Wmo-consulent', roles: ['wmo-consulent'], purposes: ['wmo-uitvoering'], token: 't1' },
    ]);
  });

  it('reads an object holding the list, with Dutch fields and role lists', () => {
    const users = parseDemoUsers({
      gebruikers: [
        { naam: 'Privacy officer', rollen: ['privacy-officer'], doelen: ['inzage-en-privacy'], token: 't2' },
        { naam: 'Beleid', rol: 'beleidsmedewerker', token: 't3' },
      ],
    });
    expect(users).toEqual([
      { name: 'Privacy officer', roles: ['privacy-officer'], purposes: ['inzage-en-privacy'], token: 't2' },
      { name: 'Beleid', roles: ['beleidsmedewerker'], purposes: [], token: 't3' },
    ]);
  });

  it('finds the list under _embedded or any array property', () => {
    expect(parseDemoUsers({ _embedded: { gebruikers: [{ naam: 'A', rol: 'a', token: 'x' }] } })).toHaveLength(
      1,
    );
    expect(parseDemoUsers({ versie: 1, lijst: [{ naam: 'B', roles: 'b', token: 'y' }] })[0]!.roles).toEqual([
      'b',
    ]);
  });

  it('leaves out entries without a token and survives nonsense', () => {
    expect(parseDemoUsers([{ naam: 'zonder token', rol: 'x' }, 'tekst', null, 42])).toEqual([]);
    expect(parseDemoUsers(undefined)).toEqual([]);
    expect(parseDemoUsers('geen lijst')).toEqual([]);
    expect(parseDemoUsers({ rol: 'x' })).toEqual([]);
  });

  it('names a user by its role when no name is given', () => {
    expect(parseDemoUsers([{ rollen: ['data-engineer'], token: 'z' }])[0]!.name).toBe('data-engineer');
  });
});

describe('rolesAt (roles from an OIDC token)', () => {
  it('follows a dotted claim path to a string or a list', () => {
    expect(rolesAt({ realm_access: { roles: ['a', 'b', 3] } }, 'realm_access.roles')).toEqual(['a', 'b']);
    expect(rolesAt({ roles: 'a' }, 'roles')).toEqual(['a']);
    expect(rolesAt({}, 'realm_access.roles')).toEqual([]);
  });

  it('reads the claims of a JWT without verifying it (the API verifies)', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'j.jansen', roles: ['x'] })).toString('base64url');
    expect(jwtClaims(`e30.${payload}.sig`)).toEqual({ sub: 'j.jansen', roles: ['x'] });
    expect(jwtClaims('geen-token')).toEqual({});
  });
});
