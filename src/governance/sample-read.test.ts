import { describe, expect, it } from 'vitest';
import { compileGovernedRead, isDenial } from './compile-governed-read.js';
import type { GovernanceCatalog } from './governance-catalog.js';
import { TEST_CATALOG, TEST_POLICY_YAML } from './governance-test-support.js';
import type { GovernedRead, GovernedReadRequest, PolicyDenial } from './governed-read.js';
import { parseGovernance } from './parse-governance.js';
import { goldCatalogTable, resourceTables } from './resource-catalog.js';
import { validatePolicy } from './validate-policy.js';

/** The test policy plus gold grants: published gold for research, unsuppressed for steering. */
const YAML = TEST_POLICY_YAML.replace(
  'roles:\n',
  `  - id: sturing
    uri: https://register.example.nl/va/sturing
    name: Sturing
    legal_basis: e
roles:
  - name: beleid
    purposes: [onderzoek, sturing]
`,
).concat(`  - role: beleid
    purpose: onderzoek
    tables: [gold.*]
  - role: beleid
    purpose: sturing
    tables: [gold_intern.*]
`);
const policy = parseGovernance(YAML).policy!;
const gold = { name: 'wmo', columns: [{ name: 'periode', type: 'VARCHAR' }] };
const CATALOG: GovernanceCatalog = {
  tables: [
    ...TEST_CATALOG.tables,
    goldCatalogTable(gold),
    goldCatalogTable(
      { ...gold, columns: [...gold.columns, { name: 'personen', type: 'BIGINT' }] },
      'gold_intern',
    ),
    ...resourceTables(),
  ],
};
const compile = (r: Partial<GovernedReadRequest>, dialect = 'duckdb') =>
  compileGovernedRead(
    policy,
    CATALOG,
    {
      roles: ['consulent'],
      purpose: 'wmo-uitvoering',
      table: 'NatuurlijkPersoon',
      page: 1,
      pageSize: 10,
      ...r,
    },
    dialect,
  );

describe('gold_intern grants', () => {
  it('the policy with gold grants fits the catalog', () => {
    expect(validatePolicy(policy, CATALOG)).toEqual([]);
  });

  it('gold.* never covers gold_intern; gold_intern.* covers it only under its purpose', () => {
    const beleid = { roles: ['beleid'] };
    expect(isDenial(compile({ ...beleid, purpose: 'onderzoek', table: 'gold.wmo' }))).toBe(false);
    expect(compile({ ...beleid, purpose: 'onderzoek', table: 'gold_intern.wmo' })).toMatchObject({
      denied: true,
      code: 'GGM-G100',
    });
    const internal = compile({ ...beleid, purpose: 'sturing', table: 'gold_intern.wmo' }) as GovernedRead;
    expect(internal.table).toBe('"gold_intern"."wmo"');
    expect(internal.columns.map((c) => c.name)).toEqual(['periode', 'personen']);
    expect(compile({ ...beleid, purpose: 'sturing', table: 'gold.wmo' })).toMatchObject({ denied: true });
  });

  it('a grant naming a gold_intern table that is no metric is an unknown table', () => {
    const bad = parseGovernance(
      YAML.replace('tables: [gold_intern.*]', 'tables: [gold_intern.sd_persoon]'),
    ).policy!;
    expect(validatePolicy(bad, CATALOG).map((d) => d.code)).toEqual(['GGM-G009']);
  });
});

describe('check samples under the grant of their table', () => {
  const samples = { run: 'r1', check: 'c1' };

  it('reads the JSON members as the table’s columns, treated by its grant, with the audit subject', () => {
    for (const dialect of ['duckdb', 'postgres']) {
      const read = compile(
        { roles: ['onderzoeker'], purpose: 'onderzoek', samples, pageSize: 5 },
        dialect,
      ) as GovernedRead;
      expect(isDenial(read)).toBe(false);
      expect(read.columns.map((c) => [c.name, c.treatment])).toEqual([
        ['voorbeeld', 'clear'],
        ['rechtspersoon_id', 'pseudonymised'],
        ['burgerservicenummer', 'pseudonymised'],
        // text dates and postcodes generalise; an age (a number in the table) cannot as text
        ['datum_geboorte', 'generalised'],
        ['postcode', 'generalised'],
        ['gemeente', 'clear'],
      ]);
      expect(read.sql).toContain("->> 'burgerservicenummer'");
      expect(read.sql).toContain('"check_samples" s');
      expect(read.subjectColumn).toBe('__ggm_subject');
      expect(read.personal).toBe(true);
      // run, check and table are bound, never spliced
      expect(read.parameters).toEqual(expect.arrayContaining(['r1', 'c1', 'natuurlijk_persoon', 5, 0]));
      expect(read.sql).not.toContain("'r1'");
    }
  });

  it('follows the subject’s foreign keys comparing the sample’s text with the key as text', () => {
    const read = compile(
      { table: 'Toewijzing', samples, roles: ['consulent'], purpose: 'wmo-uitvoering' },
      'postgres',
    ) as PolicyDenial;
    // the consulent's Toewijzing grant filters rows: its samples are refused, not shown unfiltered
    expect(read).toMatchObject({ denied: true, status: 403, code: 'GGM-G100' });
    const open = parseGovernance(YAML.replace(`    rows: "wet = 'Wmo' and code <> 'X'"\n`, '')).policy!;
    const r = compileGovernedRead(
      open,
      CATALOG,
      {
        roles: ['consulent'],
        purpose: 'wmo-uitvoering',
        table: 'Toewijzing',
        samples,
        page: 1,
        pageSize: 10,
      },
      'postgres',
    ) as GovernedRead;
    expect(r.sql).toContain('CAST(s1."rechtspersoon_id" AS text) = t."client_id"');
  });

  it('refuses samples combined with fields, filters or sort, and pages out of range', () => {
    const bad = compile({ samples, fields: ['gemeente'] }) as PolicyDenial;
    expect(bad).toMatchObject({ denied: true, status: 400 });
    expect(compile({ samples, pageSize: 51 })).toMatchObject({ denied: true, status: 400, code: 'GGM-G106' });
    expect(compile({ samples: { run: 1 } as never })).toMatchObject({ denied: true, status: 400 });
  });

  it('runs and their steps are granted together', () => {
    const yaml = TEST_POLICY_YAML.concat(`  - role: consulent
    purpose: wmo-uitvoering
    tables: [runs]
`);
    const p = parseGovernance(yaml).policy!;
    const steps = compileGovernedRead(
      p,
      CATALOG,
      { roles: ['consulent'], purpose: 'wmo-uitvoering', table: 'runstappen', page: 1, pageSize: 10 },
      'duckdb',
    ) as GovernedRead;
    expect(steps.table).toBe('"meta"."run_steps"');
    expect(compile({ table: 'runstappen' })).toMatchObject({ denied: true, code: 'GGM-G100' });
  });
});
