import type { DemoAddress, DemoPerson } from './demo-population.js';
import { DEMO_GEMEENTE_CODE } from './demo-population.js';

/**
 * The LO3 columns the demo's BRP extract fills, in the layout of the RvIG GBA-V test set
 * (`;`-separated, first column the persoonslijst id, one row per PL followed by its history rows), so
 * the mappings of examples/brp read both.
 */
export const BRP_COLUMNS = [
  '',
  '01.01.10', // A-nummer
  '01.01.20', // burgerservicenummer
  '01.02.10', // voornamen
  '01.02.30', // voorvoegsel geslachtsnaam
  '01.02.40', // geslachtsnaam
  '01.03.10', // geboortedatum
  '01.03.20', // geboorteplaats
  '01.04.10', // geslachtsaanduiding
  '02.01.20', // ouder 1: burgerservicenummer
  '03.01.20', // ouder 2: burgerservicenummer
  '05.01.20', // huwelijk/partnerschap: burgerservicenummer
  '05.07.10', // datum ontbinding huwelijk/partnerschap
  '06.08.10', // datum overlijden
  '07.67.10', // datum opschorting bijhouding
  '07.67.20', // reden opschorting bijhouding (O: overlijden)
  '08.09.10', // gemeente van inschrijving
  '08.09.20', // datum inschrijving
  '08.10.30', // datum aanvang adreshouding
  '08.11.10', // straatnaam
  '08.11.20', // huisnummer
  '08.11.60', // postcode
  '08.11.70', // woonplaatsnaam
  '08.11.80', // identificatiecode verblijfplaats
  '08.11.90', // identificatiecode nummeraanduiding
] as const;

const EMPTY_ROW = BRP_COLUMNS.map(() => '');

function verblijfplaats(row: string[], adres: DemoAddress, datumAdres: string, inschrijving: string): void {
  const set = (col: (typeof BRP_COLUMNS)[number], value: string) => (row[BRP_COLUMNS.indexOf(col)] = value);
  set('08.09.10', DEMO_GEMEENTE_CODE);
  set('08.09.20', inschrijving);
  set('08.10.30', datumAdres);
  set('08.11.10', adres.straatnaam);
  set('08.11.20', String(adres.huisnummer));
  set('08.11.60', adres.postcode);
  set('08.11.70', adres.woonplaats);
  set('08.11.80', adres.verblijfsobject);
  set('08.11.90', adres.nummeraanduiding);
}

/** One PL: the current row, then a history row (category 58) for the previous address, if any. */
export function brpRows(p: DemoPerson, index: number): string[][] {
  const row = [...EMPTY_ROW];
  const set = (col: (typeof BRP_COLUMNS)[number], value: string | undefined) => {
    if (value !== undefined) row[BRP_COLUMNS.indexOf(col)] = value;
  };
  set('', `Dw01_${String(index + 1).padStart(5, '0')}`);
  set('01.01.10', p.anummer);
  set('01.01.20', p.bsn);
  set('01.02.10', p.voornamen);
  set('01.02.30', p.voorvoegsel);
  set('01.02.40', p.geslachtsnaam);
  set('01.03.10', p.geboortedatum);
  set('01.03.20', p.datumInschrijving === p.geboortedatum ? DEMO_GEMEENTE_CODE : '0363');
  set('01.04.10', p.geslacht);
  set('02.01.20', p.ouder1);
  set('03.01.20', p.ouder2);
  set('05.01.20', p.partner);
  set('06.08.10', p.datumOverlijden);
  // the BRP suspends the PL of a deceased person on the day of death
  set('07.67.10', p.datumOverlijden);
  set('07.67.20', p.datumOverlijden ? 'O' : undefined);
  verblijfplaats(row, p.adres, p.datumAdres, p.datumInschrijving);
  const rows = [row];
  if (p.vorigAdres) {
    const history = [...EMPTY_ROW];
    verblijfplaats(history, p.vorigAdres.adres, p.vorigAdres.datumAdres, p.datumInschrijving);
    rows.push(history);
  }
  return rows;
}

const csvField = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The extract as CSV text (UTF-8, `;`, as the test set). */
export function brpCsv(persons: readonly DemoPerson[]): string {
  const lines = [BRP_COLUMNS.join(';')];
  persons.forEach((p, i) => {
    for (const r of brpRows(p, i)) lines.push(r.map(csvField).join(';'));
  });
  return `${lines.join('\n')}\n`;
}
