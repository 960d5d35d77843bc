/** Diagnostic codes of data-quality checks (GGM-Q…); stable once published, listed in docs/checks.md. */
export const CHECK_CODES = {
  yamlSyntax: 'GGM-Q001',
  unknownKey: 'GGM-Q002',
  wrongType: 'GGM-Q003',
  missingKey: 'GGM-Q004',
  unknownTable: 'GGM-Q005',
  unknownColumn: 'GGM-Q006',
  duplicateName: 'GGM-Q007',
  ruleConflict: 'GGM-Q008',
  unknownSelect: 'GGM-Q009',
} as const;
