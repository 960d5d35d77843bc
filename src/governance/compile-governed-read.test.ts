import { describe, expect, it } from 'vitest';
import { compileGovernedRead, isDenial } from './compile-governed-read.js';
import { TEST_CATALOG, TEST_POLICY_YAML } from './governance-test-support.js';
import type { GovernedRead, GovernedReadRequest, PolicyDenial } from './governed-read.js';
import { parseGovernance } from './parse-governance.js';
import { validatePolicy } from './validate-policy.js';

const policy = parseGovernance(TEST_POLICY_YAML).policy!;
const base: GovernedReadRequest = {
  roles: ['consulent'],
  purpose: 'wmo-uitvoering',
  table: 'NatuurlijkPersoon',
  page: 1,
  pageSize: 10,
};
const compile = (changes: Partial<GovernedReadRequest>, dialect = 'duckdb') =>
  compileGovernedRead(policy, TEST_CATALOG, { ...base, ...changes }, dialect);
const read = (changes: Partial<GovernedReadRequest> = {}, dialect = 'duckdb') => {
  const r = compile(changes, dialect);
  if (isDenial(r)) throw new Error(r.reason);
  return r;
};

const ATTACK = `x'); DROP TABLE silver.natuurlijk_persoon; --`;

describe('compileGovernedRead', () => {
  it('the test policy fits its catalog', () => {
    expect(validatePolicy(policy, TEST_CATALOG)).toEqual([]);
  });

  it('compiles a granted read with bound values, a stable order and a capped page', () => {
    const r = read({ filters: [{ column: 'geslachtsnaam', op: 'eq', value: 'Jansen' }], page: 3 });
    expect(r.sql).toContain('FROM "silver"."natuurlijk_persoon" t');
    expect(r.sql).toContain('t."geslachtsnaam" = $');
    expect(r.sql).toMatch(/ORDER BY t\."rechtspersoon_id"\nLIMIT \$\d+ OFFSET \$\d+$/);
    expect(r.parameters).toContain('Jansen');
    expect(r.parameters.slice(-2)).toEqual([10, 20]);
    expect(r.columns.map((c) => c.name)).toContain('burgerservicenummer');
    expect(r.subjectColumn).toBe('__ggm_subject');
    expect(r.personal).toBe(true);
    expect(r.purpose).toEqual({
      id: 'wmo-uitvoering',
      uri: 'https://register.example.nl/va/wmo',
      name: 'Uitvoering Wmo',
    });
    // the audit key is a parameter, never text
    expect(r.parameters).toContainEqual({ key: 'audit', part: 'inner' });
  });

  it('applies the row filter with the enumeration value and bound literals', () => {
    const r = read({ table: 'toewijzing' });
    expect(r.sql).toContain(
      '(SELECT e."value" FROM "silver"."wet_enum" e WHERE e."wet_enum_id" = t."wet_enum_id") = $',
    );
    expect(r.parameters).toContain('Wmo');
    expect(r.sql).not.toContain("'Wmo'");
    // the subject through the foreign key to the person
    expect(r.sql).toContain(
      'FROM "silver"."natuurlijk_persoon" s1 WHERE s1."rechtspersoon_id" = t."client_id"',
    );
  });

  it('treats columns as the grant says: pseudonymised with the purpose key, generalised, withheld', () => {
    const r = read({ roles: ['onderzoeker'], purpose: 'onderzoek' }, 'postgres');
    expect(Object.fromEntries(r.columns.map((c) => [c.name, c.treatment]))).toEqual({
      rechtspersoon_id: 'pseudonymised',
      burgerservicenummer: 'pseudonymised',
      datum_geboorte: 'generalised',
      postcode: 'generalised',
      leeftijd: 'generalised',
      gemeente: 'clear',
    });
    expect(r.sql).not.toContain('geslachtsnaam');
    expect(r.sql).toContain(`upper(substr(replace(t."postcode", ' ', ''), 1, 4))`);
    expect(r.sql).toContain('CAST(EXTRACT(YEAR FROM t."datum_geboorte") AS INTEGER)');
    expect(r.parameters).toContainEqual({ key: 'onderzoek', part: 'outer' });
  });

  const denied = (r: GovernedRead | PolicyDenial) => {
    expect(isDenial(r)).toBe(true);
    return r as PolicyDenial;
  };

  it('denies by default: unknown purpose, a purpose the role lacks, no grant, unknown table', () => {
    expect(denied(compile({ purpose: 'marketing' }))).toMatchObject({ status: 403, code: 'GGM-G102' });
    expect(denied(compile({ purpose: 'onderzoek' }))).toMatchObject({ status: 403, code: 'GGM-G101' });
    expect(denied(compile({ roles: [] }))).toMatchObject({ status: 403, code: 'GGM-G101' });
    expect(
      denied(compile({ roles: ['onderzoeker'], purpose: 'onderzoek', table: 'Toewijzing' })),
    ).toMatchObject({
      status: 403,
      code: 'GGM-G100',
    });
    const unknown = denied(compile({ table: 'NatuurlijkPersoom' }));
    expect(unknown).toMatchObject({ status: 404, code: 'GGM-G103' });
    expect(unknown.reason).toContain('did you mean NatuurlijkPersoon');
  });

  it('refuses unknown and withheld fields, filters and sort columns with a suggestion', () => {
    const r = denied(compile({ roles: ['onderzoeker'], purpose: 'onderzoek', fields: ['geslachtsnaam'] }));
    expect(r).toMatchObject({ status: 400, code: 'GGM-G104' });
    const typo = denied(compile({ fields: ['geslachtnaam'] }));
    expect(typo.invalidParams![0]!.reason).toContain('did you mean geslachtsnaam');
    expect(denied(compile({ sort: [{ column: 'nope', descending: false }] }))).toMatchObject({ status: 400 });
    expect(
      denied(
        compile({
          roles: ['onderzoeker'],
          purpose: 'onderzoek',
          filters: [{ column: 'geslachtsnaam', op: 'eq', value: 'x' }],
        }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it('refuses page sizes beyond the grant, bad pages, bad operators and values', () => {
    expect(denied(compile({ pageSize: 51 }))).toMatchObject({ status: 400, code: 'GGM-G106' });
    expect(denied(compile({ pageSize: 0 }))).toMatchObject({ status: 400 });
    expect(denied(compile({ page: 0 }))).toMatchObject({ status: 400 });
    expect(denied(compile({ page: 1.5 }))).toMatchObject({ status: 400 });
    expect(denied(compile({ page: 1e12 }))).toMatchObject({ status: 400 });
    const op = denied(compile({ filters: [{ column: 'gemeente', op: 'exec' as never, value: 'x' }] }));
    expect(op.invalidParams![0]!.reason).toContain('unknown operator');
    expect(denied(compile({ filters: [{ column: 'gemeente', op: 'in', value: [] }] }))).toMatchObject({
      status: 400,
    });
    expect(
      denied(compile({ filters: [{ column: 'gemeente', op: 'eq', value: { x: 1 } as never }] })),
    ).toMatchObject({
      status: 400,
    });
  });

  it('never puts attacker text into SQL: values are parameters, names must be visible columns', () => {
    const hostile: Partial<GovernedReadRequest>[] = [
      { filters: [{ column: 'gemeente', op: 'eq', value: ATTACK }] },
      { filters: [{ column: 'gemeente', op: 'like', value: ATTACK }] },
      { filters: [{ column: 'gemeente', op: 'in', value: [ATTACK, 'a'] }] },
      { filters: [{ column: ATTACK, op: 'eq', value: 'x' }] },
      { sort: [{ column: ATTACK, descending: true }] },
      { fields: [ATTACK] },
      { table: ATTACK },
      { purpose: ATTACK },
      { roles: [ATTACK] },
      { subjects: [ATTACK] },
      { pageSize: `10; ${ATTACK}` as never },
    ];
    for (const h of hostile) {
      const r = compile(h);
      if (isDenial(r)) {
        expect(r.status).toBeGreaterThanOrEqual(400);
        continue;
      }
      expect(r.sql).not.toContain('DROP');
      expect(r.sql).not.toContain(ATTACK);
    }
  });

  it('searches subjects by BSN only under a grant that shows BSNs, with nine digits', () => {
    const ok = read({ subjects: ['999993653'] });
    expect(ok.sql).toContain('t."burgerservicenummer" IN ($');
    expect(ok.parameters).toContain('999993653');
    expect(denied(compile({ subjects: ['99999365'] }))).toMatchObject({ status: 400, code: 'GGM-G107' });
    expect(denied(compile({ subjects: [] }))).toMatchObject({ status: 400 });
    expect(
      denied(compile({ roles: ['onderzoeker'], purpose: 'onderzoek', subjects: ['999993653'] })),
    ).toMatchObject({ status: 403, code: 'GGM-G107' });
  });

  it('refuses engines without treatments', () => {
    expect(denied(compile({}, 'mysql'))).toMatchObject({ status: 403, code: 'GGM-G108' });
  });
});
