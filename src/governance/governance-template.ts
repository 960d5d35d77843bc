/** The governance.yaml `ggm init` writes: development mode, no grants (everything denied), an example. */
export function governanceTemplate(): string {
  return `# Who may read what, and why: see docs/governance.md. Default deny: without a grant nothing is read.
#   ggm policy check                                       validate this file, print the classification
#   ggm policy explain --role R --purpose P <table>        the SQL a read runs, and each column's treatment
mode: development # production: keys must exist (GGM_KEY_<NAME> or .ggm/keys), no development tokens
purposes: []
roles: []
grants: []
# purposes:                  # processing activities of the AVG art. 30 register
#   - id: wmo-uitvoering
#     uri: https://register.gemeente.nl/verwerkingsactiviteiten/wmo-uitvoering
#     name: Uitvoering Wmo 2015
#     legal_basis: 6(1)(e)                   # AVG art. 6(1) ground
#     special_category_exception: 9(2)(h)    # needed to show care data (AVG art. 9) in clear or pseudonymised
#     retention: 15 jaar
# roles:
#   - name: wmo-consulent
#     purposes: [wmo-uitvoering]
# grants:
#   - role: wmo-consulent
#     purpose: wmo-uitvoering
#     tables: [Client, Toewijzing]           # GGM classes, silver tables, gold.<metric>, gold.*, kwaliteit, runs, quarantaine, logboek
#                                            # (gold_intern.<metric> / gold_intern.*: figures without small-cell suppression)
#     columns: '*'                           # or a list
#     rows: "wet = 'Wmo'"                    # row filter in the mapping expression language
#     treatments: { bsn: clear, personal: clear, special: clear }   # per classification or per column;
#                                            # clear | pseudonymised | masked | generalised | withheld (default for personal data)
#     max_page_size: 100
# classification:                            # overrides of what the model and the data say
#   client.code: special
# keys:                                      # pseudonymisation key per purpose; purposes sharing a key can link
#   wmo-uitvoering: sociaal-domein
`;
}
