/** Codes of what a platform cannot enforce of a policy (G2xx; warnings of `ggm policy export`). */
export const PLATFORM_LIMIT_CODES = {
  principalsOutsideSql: 'GGM-G201',
  purposeBinding: 'GGM-G202',
  keyStore: 'GGM-G203',
  treatmentKeepsType: 'GGM-G204',
  pageCap: 'GGM-G205',
  audit: 'GGM-G206',
  withheldAsNull: 'GGM-G207',
  unknownTable: 'GGM-G208',
  rowFilter: 'GGM-G209',
  governedView: 'GGM-G210',
} as const;
