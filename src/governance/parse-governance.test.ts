import { describe, expect, it } from 'vitest';
import { TEST_CATALOG, TEST_POLICY_YAML } from './governance-test-support.js';
import { parseGovernance } from './parse-governance.js';
import { validatePolicy } from './validate-policy.js';

const codes = (text: string) =>
  parseGovernance(text).diagnostics.map((d) => `${d.code} ${d.at?.line}:${d.at?.col} ${d.hint ?? ''}`.trim());

describe('parseGovernance', () => {
  it('reads purposes, roles, grants, keys and authentication', () => {
    const { policy, diagnostics } = parseGovernance(
      `${TEST_POLICY_YAML}classification:
  natuurlijk_persoon.gemeente: personal
keys:
  onderzoek: gedeeld
authentication:
  oidc: { issuer: https://login.example.nl, audience: ggm, jwks_url: https://login.example.nl/jwks, role_claim: realm_access.roles }
  api_keys:
    - { name: dashboard, sha256: ${'a'.repeat(64)}, roles: [onderzoeker] }
`,
    );
    expect(diagnostics).toEqual([]);
    expect(policy!.purposes[0]).toMatchObject({
      id: 'wmo-uitvoering',
      legalBasis: 'e',
      specialCategoryException: 'h',
    });
    expect(policy!.grants).toHaveLength(3);
    expect(policy!.grants[1]!.rows!.text).toBe("wet = 'Wmo' and code <> 'X'");
    expect(policy!.grants[2]!.treatments).toEqual({
      byColumn: { rechtspersoon_id: 'pseudonymised' },
      byClassification: { bsn: 'pseudonymised', personal: 'generalised' },
    });
    expect(policy!.keys).toEqual({ onderzoek: 'gedeeld' });
    expect(policy!.classification).toMatchObject([
      { table: 'natuurlijk_persoon', column: 'gemeente', classification: 'personal' },
    ]);
    expect(policy!.authentication.oidc).toMatchObject({
      algorithms: ['RS256'],
      roleClaim: 'realm_access.roles',
    });
    expect(policy!.authentication.apiKeys[0]!.roles).toEqual(['onderzoeker']);
  });

  it('api keys name known roles only', () => {
    const text = `${TEST_POLICY_YAML}authentication:\n  api_keys:\n    - { name: k, sha256: ${'b'.repeat(64)}, roles: [onderzoekr] }\n`;
    expect(codes(text)).toEqual([
      `GGM-G008 ${TEST_POLICY_YAML.split('\n').length + 2}:100 did you mean onderzoeker?`,
    ]);
  });

  it('an empty file is the deny-all policy', () => {
    const { policy } = parseGovernance('# nothing yet\n');
    expect(policy).toMatchObject({ mode: 'development', grants: [], roles: [] });
  });

  it('reports problems with line and column, and the nearest name', () => {
    expect(codes('mode: prod\n')).toEqual(['GGM-G005 1:7 did you mean production?']);
    expect(codes('purpose: []\n')[0]).toMatch(/^GGM-G002 1:1 did you mean purposes\?/);
    expect(codes('mode: [a\n')[0]).toMatch(/^GGM-G001 /);
    const bad = codes(`purposes:
  - id: wmo
    uri: register/wmo
    name: Wmo
    legal_basis: 6(1)(z)
roles:
  - name: consulent
    purposes: [wm]
grants:
  - role: consulant
    purpose: wmo
    tables: [Client]
    treatments: { bsn: visible }
`);
    expect(bad).toEqual([
      'GGM-G005 3:10',
      'GGM-G005 5:18 e.g. 6(1)(e) for a public task',
      'GGM-G007 8:16 did you mean wmo?',
      'GGM-G008 10:11 did you mean consulent?',
      'GGM-G005 13:24',
    ]);
  });

  it('refuses a grant of a purpose the role does not have, and duplicates', () => {
    const text = `purposes:
  - { id: a, uri: https://r.nl/a, name: A, legal_basis: e }
  - { id: a, uri: https://r.nl/a, name: A, legal_basis: e }
roles:
  - { name: r, purposes: [] }
grants:
  - { role: r, purpose: a, tables: [X] }
`;
    expect(codes(text).map((c) => c.split(' ')[0])).toEqual(['GGM-G006', 'GGM-G015']);
  });
});

describe('validatePolicy', () => {
  const { policy } = parseGovernance(TEST_POLICY_YAML);

  it('needs an art. 9 exception to show special-category data in clear or pseudonymised', () => {
    const research = {
      ...policy!,
      grants: policy!.grants.map((g) =>
        g.role === 'onderzoeker'
          ? {
              ...g,
              tables: [{ name: 'Toewijzing' }],
              treatments: { byColumn: {}, byClassification: { special: 'pseudonymised' as const } },
            }
          : g,
      ),
    };
    const found = validatePolicy(research, TEST_CATALOG);
    expect(found.map((d) => d.code)).toEqual(['GGM-G011']);
    expect(found[0]!.message).toContain('code, wet_enum_id');
    const masked = {
      ...research,
      grants: research.grants.map((g) =>
        g.role === 'onderzoeker'
          ? { ...g, treatments: { byColumn: {}, byClassification: { special: 'masked' as const } } }
          : g,
      ),
    };
    expect(validatePolicy(masked, TEST_CATALOG)).toEqual([]);
  });

  it('names unknown tables, columns and row-filter columns with suggestions', () => {
    const text = TEST_POLICY_YAML.replace('tables: [Toewijzing]', 'tables: [Toewijzign]')
      .replace("rows: \"wet = 'Wmo' and code <> 'X'\"", 'rows: "gemeente = \'Demo\'"')
      .replace('rechtspersoon_id: pseudonymised', 'rechtspersoonid: pseudonymised');
    const p = parseGovernance(text).policy!;
    const found = validatePolicy(p, TEST_CATALOG).map((d) => `${d.code} ${d.hint ?? ''}`.trim());
    expect(found).toEqual(['GGM-G009 did you mean Toewijzing?', 'GGM-G010 did you mean rechtspersoon_id?']);
    const filter = parseGovernance(TEST_POLICY_YAML.replace("code <> 'X'", "kode <> 'X'")).policy!;
    const [d] = validatePolicy(filter, TEST_CATALOG);
    expect(d).toMatchObject({ code: 'GGM-G012', at: { line: 26, col: 28 } });
    expect(d!.message).toContain('did you mean code?');
  });
});
