/**
 * Codes of the governance policy (stable once published). G0xx: problems in governance.yaml, found when
 * it is read (`parseGovernance`) or checked against the warehouse catalog (`validatePolicy`). G1xx:
 * reasons a request is refused (`PolicyDenial.code`).
 */
export const GOVERNANCE_CODES = {
  yamlSyntax: 'GGM-G001',
  unknownKey: 'GGM-G002',
  type: 'GGM-G003',
  missingKey: 'GGM-G004',
  invalidValue: 'GGM-G005',
  duplicate: 'GGM-G006',
  unknownPurpose: 'GGM-G007',
  unknownRole: 'GGM-G008',
  unknownTable: 'GGM-G009',
  unknownColumn: 'GGM-G010',
  /** Special-category columns exposed (clear or pseudonymised) under a purpose without an art. 9 exception. */
  legalBasis: 'GGM-G011',
  rowFilter: 'GGM-G012',
  /** No governance.yaml: nothing is granted (warning). */
  noPolicy: 'GGM-G013',
  /** A treatment that cannot apply to a column (generalised text that is no date or postcode): withheld. */
  treatmentNotApplicable: 'GGM-G014',
  /** A role's purpose that no grant uses, a grant of a purpose the role does not have. */
  roleWithoutPurpose: 'GGM-G015',

  deniedNoGrant: 'GGM-G100',
  deniedPurposeNotOfRole: 'GGM-G101',
  deniedUnknownPurpose: 'GGM-G102',
  deniedUnknownTable: 'GGM-G103',
  deniedUnknownColumn: 'GGM-G104',
  deniedBadFilter: 'GGM-G105',
  deniedBadPage: 'GGM-G106',
  deniedNoSubjects: 'GGM-G107',
  deniedEngine: 'GGM-G108',
} as const;
