import type { GovernanceCatalog } from './governance-catalog.js';

/** A small hand-made catalog: persons with a BSN, and care rows pointing to them. */
export const TEST_CATALOG: GovernanceCatalog = {
  tables: [
    {
      schema: 'silver',
      name: 'natuurlijk_persoon',
      aliases: ['NatuurlijkPersoon'],
      columns: [
        { name: 'rechtspersoon_id', kind: 'integer', classification: 'personal' },
        { name: 'burgerservicenummer', kind: 'text', classification: 'bsn' },
        { name: 'geslachtsnaam', kind: 'text', classification: 'personal' },
        { name: 'datum_geboorte', kind: 'date', classification: 'personal' },
        { name: 'postcode', kind: 'text', classification: 'personal' },
        { name: 'leeftijd', kind: 'integer', classification: 'personal' },
        { name: 'gemeente', kind: 'text', classification: 'none' },
      ],
      subject: { steps: [], bsnColumn: 'burgerservicenummer' },
      orderBy: ['rechtspersoon_id'],
    },
    {
      schema: 'silver',
      name: 'toewijzing',
      aliases: ['Toewijzing'],
      columns: [
        { name: 'toewijzing_id', kind: 'integer', classification: 'none' },
        { name: 'client_id', kind: 'integer', classification: 'personal' },
        { name: 'code', kind: 'text', classification: 'special' },
        {
          name: 'wet_enum_id',
          kind: 'integer',
          classification: 'special',
          enumeration: { table: 'wet_enum', keyColumn: 'wet_enum_id', valueColumn: 'value', alias: 'wet' },
        },
      ],
      subject: {
        steps: [{ table: 'natuurlijk_persoon', from: ['client_id'], to: ['rechtspersoon_id'] }],
        bsnColumn: 'burgerservicenummer',
      },
      orderBy: ['toewijzing_id'],
    },
  ],
};

export const TEST_POLICY_YAML = `mode: development
purposes:
  - id: wmo-uitvoering
    uri: https://register.example.nl/va/wmo
    name: Uitvoering Wmo
    legal_basis: 6(1)(e)
    special_category_exception: 9(2)(h)
  - id: onderzoek
    uri: https://register.example.nl/va/onderzoek
    name: Onderzoek
    legal_basis: e
roles:
  - name: consulent
    purposes: [wmo-uitvoering]
  - name: onderzoeker
    purposes: [onderzoek]
grants:
  - role: consulent
    purpose: wmo-uitvoering
    tables: [NatuurlijkPersoon]
    treatments: { bsn: clear, personal: clear }
    max_page_size: 50
  - role: consulent
    purpose: wmo-uitvoering
    tables: [Toewijzing]
    rows: "wet = 'Wmo' and code <> 'X'"
    treatments: { personal: clear, special: clear }
  - role: onderzoeker
    purpose: onderzoek
    tables: [NatuurlijkPersoon]
    treatments: { bsn: pseudonymised, personal: generalised, rechtspersoon_id: pseudonymised }
`;
