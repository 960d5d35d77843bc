/**
 * The community template (`Mapping-Template.xlsx`): its sheets in order and the header row of the
 * mapping sheets. The export writes exactly these; a test compares them with the template itself.
 */
export const TEMPLATE_SHEETS = {
  info: 'Algemene info',
  ggm: 'GGM',
  datamart: 'Datamart',
  contact: 'Contactpersoon',
} as const;

export const TEMPLATE_HEADER = [
  'Bron applicatie',
  'Bron Tabel/Object',
  'Bron Kolom/Attribuut',
  'Toelichting',
  'GGM Tabel/Object',
  'GGM Kolom/Attribuut',
  'Gemaakt door',
] as const;

/** 0-based column of each template field. */
export const TEMPLATE_COLUMN = {
  application: 0,
  table: 1,
  column: 2,
  remarks: 3,
  targetClass: 4,
  targetAttribute: 5,
  author: 6,
} as const;

export const CONTACT_HEADER = ['Gemeente', 'Contactpersoon', 'Email'] as const;
