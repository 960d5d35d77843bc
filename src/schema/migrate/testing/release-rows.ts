import type { SchemaPlan } from '../../schema-plan.js';
import { entityRowInserts } from './seed-rows.js';

/** Rows in tables that v2.5.1 changes: renamed columns, a retyped attribute, a moved reference. */
export function v250Rows(plan: SchemaPlan, quote: (name: string) => string): string[] {
  const rows = (table: string, values: Record<string, string | number | boolean | null>) =>
    entityRowInserts(plan, table, values, quote);
  return [
    ...rows('standplaats', {
      object_id: 1001,
      identificatie: '0599030000000001',
      datum_begin_geldigheid: '2020-01-01',
      datum_einde_geldigheid: '2022-03-03',
      datum_ingang: '2019-12-01',
      datum_einde: '2021-02-02',
      status_enum_id: 1,
    }),
    ...rows('verblijfsobject_rsgb_plus', {
      object_id: 2001,
      verblijfsobjectstatus_enum_id: 3,
      aantal_kamers: 4,
    }),
    ...rows('begroeid_terreindeel', { geo_object_id: 3001, identificatie: 'G0599.1', op_talud: true }),
    ...rows('openbare_ruimte', { openbare_ruimte_id: 4001, naam_openbareruimte: 'Markt' }),
    ...rows('woz_object', {
      woz_object_id: 5001,
      woz_objectnummer: '059900001',
      ligt_aan_openbare_ruimte_id: 4001,
    }),
  ];
}
