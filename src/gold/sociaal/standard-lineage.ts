// Column lineage of the standard metrics, as data: which silver columns each column of the base tables
// (sociaal-basis.ts, trajectories.ts, zorgpaden.ts) is made from, and which base columns each gold
// column of a metric reads. `standardLineage` joins the two, so `ggm lineage gold.stapeling.teller`
// reaches silver (and from there bronze and the source file) like a metric file does.
import type { ColumnRef } from '../resolved-metric.js';
import { GOLD_COLUMNS as G } from '../gold-table.js';
import type { StandardMetric } from './standard-metric.js';

const col = (table: string, ...columns: string[]): ColumnRef[] => {
  const [schema, name] = table.includes('.') ? (table.split('.') as [string, string]) : ['silver', table];
  return columns.map((column) => ({ schema, table: name, column }));
};

const PERSON_LINK = col('natuurlijk_persoon', 'rechtspersoon_id', 'burgerservicenummer');
/** What decides which toewijzing belongs to which client and wet (the 301 line, withdrawn ones out). */
const TOEWIJZING_LINK = [
  ...col('toewijzing', 'toewijzingnummer', 'wet_enum_id', 'reden_wijziging'),
  ...col('toewijzing', 'levert_voorziening_leverancier_sociaal_domein_generiek_id'),
  ...col('wet_enum', 'value'),
  ...col('leverancier_sociaal_domein_generiek', 'agb_code'),
  ...col('sociaal_ext.toewijzing_extensie', 'wet', 'toewijzing_nummer', 'aanbieder'),
];
const LEVERING_LINK = col('levering', 'geleverde_zorg_toewijzing_id');
const UITKERING_LINK = [
  ...col('inkomensvoorziening', 'heeft_uitkering_ingeschreven_persoon_id'),
  ...col('inkomensvoorziening', 'is_soort_voorziening_inkomensvoorzieningsoort_id'),
  ...col('inkomensvoorzieningsoort', 'wet_enum_id'),
  ...col('wet_enum', 'value'),
  ...col('natuurlijk_persoon', 'burgerservicenummer'),
];

/** Base column (`table.column` in gold_intern) → the silver columns it is made from. */
export const BASE_COLUMN_SOURCES: Readonly<Record<string, readonly ColumnRef[]>> = {
  'sd_persoon.persoon_id': PERSON_LINK,
  'sd_persoon.bsn': col('natuurlijk_persoon', 'burgerservicenummer'),
  'sd_persoon.inschrijving_start': col(
    'ingeschreven_persoon',
    'datum_inschrijving_gemeente',
    'gemeente_van_inschrijving',
  ),
  'sd_persoon.inschrijving_eind': [
    ...col('ingeschreven_persoon', 'datum_opschorting_bijhouding'),
    ...col('natuurlijk_persoon', 'datum_overlijden'),
  ],
  'sd_persoon.huishouden_id': col('ingeschreven_persoon', 'heeft_huishouden_id', 'rechtspersoon_id'),
  'sd_voorziening.toewijzing_id': [...col('toewijzing', 'toewijzing_id'), ...TOEWIJZING_LINK],
  'sd_voorziening.persoon_id': [...col('sociaal_ext.toewijzing_extensie', 'bsn'), ...PERSON_LINK],
  'sd_voorziening.bsn': [...col('sociaal_ext.toewijzing_extensie', 'bsn'), ...TOEWIJZING_LINK],
  'sd_voorziening.wet': col('wet_enum', 'value').concat(col('toewijzing', 'wet_enum_id')),
  'sd_voorziening.categorie': col('toewijzing', 'code'),
  'sd_voorziening.aanbieder_id': col(
    'toewijzing',
    'levert_voorziening_leverancier_sociaal_domein_generiek_id',
  ),
  'sd_voorziening.aanbieder': col('leverancier_sociaal_domein_generiek', 'agb_code'),
  'sd_voorziening.datum_toewijzing': col('toewijzing', 'datum_toewijzing'),
  'sd_voorziening.datum_start': col('toewijzing', 'datum_start_toewijzing'),
  'sd_voorziening.datum_einde': col('toewijzing', 'datum_einde_toewijzing'),
  'sd_voorziening.referentie_aanbieder': col('sociaal_ext.toewijzing_extensie', 'referentie_aanbieder'),
  'sd_levering.datum_start': [...col('levering', 'datum_start'), ...LEVERING_LINK],
  'sd_levering.datum_stop': [...col('levering', 'datum_stop'), ...LEVERING_LINK],
  'sd_levering.stopreden': col('levering', 'stopreden'),
  'sd_levering.categorie': col('levering', 'code'),
  'sd_levering.aanbieder_id': col('levering', 'leverde_prestatie_leverancier_sociaal_domein_generiek_id'),
  'sd_verzoek.datum_ontvangst': col('verzoek_om_toewijzing', 'datum_ontvangst'),
  'sd_verzoek.soort_verwijzer': col('verzoek_om_toewijzing', 'soort_verwijzer_enum_id').concat(
    col('soort_verwijzer_enum', 'value'),
  ),
  'sd_verzoek.koppeling': col(
    'verzoek_om_toewijzing',
    'leverancier_leverancier_sociaal_domein_generiek_id',
    'referentie_aanbieder',
  ),
  'sd_uitkering.bsn': UITKERING_LINK,
  'sd_uitkering.datum_start': col('inkomensvoorziening', 'ingangsdatum'),
  'sd_uitkering.datum_einde': col('inkomensvoorziening', 'einddatum'),
};

const VOORZIENING_PERIOD = ['sd_voorziening.datum_start', 'sd_voorziening.datum_einde'];
const WMO_CLIENT = ['sd_voorziening.bsn', 'sd_voorziening.wet'];
/** A jeugdhulp trajectory: the leveringen of a client × category × aanbieder (trajectories.ts). */
const TRAJECT = [
  'sd_voorziening.bsn',
  'sd_voorziening.wet',
  'sd_levering.categorie',
  'sd_levering.aanbieder_id',
  'sd_levering.datum_start',
  'sd_levering.datum_stop',
];
const INWONER = ['sd_persoon.inschrijving_start', 'sd_persoon.inschrijving_eind'];
const STAPELING = [
  ...WMO_CLIENT,
  ...VOORZIENING_PERIOD,
  'sd_uitkering.bsn',
  'sd_uitkering.datum_start',
  'sd_uitkering.datum_einde',
];
const ZORGPAD_VERZOEK = ['sd_verzoek.koppeling', 'sd_voorziening.referentie_aanbieder'];

/** Per standard metric, per gold column (not waarde: teller and noemer together), the base columns it reads. */
const METRIC_COLUMNS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  wmo_huishoudens_per_1000: {
    [G.period]: VOORZIENING_PERIOD,
    [G.numerator]: [...WMO_CLIENT, 'sd_voorziening.persoon_id', 'sd_persoon.huishouden_id'],
    [G.denominator]: [...INWONER, 'sd_persoon.huishouden_id'],
  },
  wmo_voorzieningen_per_client: {
    [G.period]: VOORZIENING_PERIOD,
    aantal_voorzieningen: ['sd_voorziening.toewijzing_id', ...WMO_CLIENT],
    [G.numerator]: WMO_CLIENT,
  },
  jeugdhulp_volgens_plan: {
    [G.period]: ['sd_levering.datum_stop'],
    [G.numerator]: [...TRAJECT, 'sd_levering.stopreden'],
    [G.denominator]: TRAJECT,
  },
  doorlooptijd_start_zorg: {
    [G.period]: ['sd_levering.datum_start'],
    wet: ['sd_voorziening.wet'],
    [G.numerator]: ['sd_voorziening.datum_toewijzing', 'sd_levering.datum_start'],
    [G.denominator]: ['sd_voorziening.toewijzing_id', 'sd_levering.datum_start'],
  },
  stapeling: {
    [G.period]: STAPELING.filter((c) => c.includes('datum')),
    combinatie: STAPELING,
    [G.numerator]: STAPELING,
  },
  stapeling_huishoudens: {
    [G.period]: STAPELING.filter((c) => c.includes('datum')),
    combinatie: [...STAPELING, 'sd_persoon.huishouden_id'],
    [G.numerator]: [...STAPELING, 'sd_persoon.bsn', 'sd_persoon.huishouden_id'],
  },
  zorgpad_stromen: {
    [G.period]: ['sd_voorziening.datum_start'],
    wet: ['sd_voorziening.wet'],
    soort_verwijzer: ['sd_verzoek.soort_verwijzer', ...ZORGPAD_VERZOEK],
    aanbieder: ['sd_voorziening.aanbieder'],
    productcategorie: ['sd_voorziening.categorie'],
    [G.numerator]: ['sd_voorziening.bsn'],
  },
  zorgpad_doorlooptijden: {
    [G.period]: ['sd_voorziening.datum_toewijzing', 'sd_levering.datum_start'],
    wet: ['sd_voorziening.wet'],
    stap: ['sd_verzoek.datum_ontvangst', 'sd_voorziening.datum_toewijzing', 'sd_levering.datum_start'],
    [G.numerator]: [
      'sd_verzoek.datum_ontvangst',
      ...ZORGPAD_VERZOEK,
      'sd_voorziening.datum_toewijzing',
      'sd_levering.datum_start',
    ],
    [G.denominator]: ['sd_verzoek.datum_ontvangst', ...ZORGPAD_VERZOEK, 'sd_levering.datum_start'],
  },
  zorgpad_dubbelingen: {
    [G.period]: VOORZIENING_PERIOD,
    wet: ['sd_voorziening.wet'],
    productcategorie: ['sd_voorziening.categorie'],
    [G.numerator]: [
      'sd_voorziening.bsn',
      'sd_voorziening.aanbieder_id',
      'sd_voorziening.categorie',
      ...VOORZIENING_PERIOD,
    ],
  },
};

/**
 * Per gold column of a standard metric, the silver columns it is made from; `waarde` is teller and
 * noemer together. Tables not in `present` (the income silver a project may lack) are left out.
 */
export function standardLineage(
  m: StandardMetric,
  present: ReadonlySet<string>,
): Record<string, ColumnRef[]> {
  const columns = METRIC_COLUMNS[m.id] ?? {};
  const out: Record<string, ColumnRef[]> = {};
  for (const [gold, base] of Object.entries(columns)) {
    const seen = new Map<string, ColumnRef>();
    for (const b of base)
      for (const ref of BASE_COLUMN_SOURCES[b] ?? [])
        if (present.has(`${ref.schema}.${ref.table}`))
          seen.set(`${ref.schema}.${ref.table}.${ref.column}`, ref);
    out[gold] = [...seen.values()];
  }
  const value = [...(out[G.numerator] ?? []), ...(out[G.denominator] ?? [])];
  out[G.value] = [...new Map(value.map((r) => [`${r.schema}.${r.table}.${r.column}`, r])).values()];
  return out;
}
