import { SeededRandom } from '../../ingest/istandaarden/generator/seeded-random.js';
import type { DemoPerson, DemoPopulation } from './demo-population.js';
import { PEILDATUM } from './demo-population.js';

/**
 * A Centric Suite Sociaal Domein (SSD) style export of the gemeente's uitkeringen: one CSV per table, with
 * the table and column names the community mapping (Centric-SSD-Inkomen-en-Participatie.xlsx) reads.
 * Dates as DD-MM-YYYY, as Oracle exports them by default.
 */
export interface SsdExport {
  szregel: string[][];
  szgroep: string[][];
  szclient: string[][];
  szdos: string[][];
}

export const SSD_HEADERS = {
  szregel: ['kode_regeling', 'omschryving'],
  szgroep: ['kode_groep', 'omschryving'],
  szclient: [
    'clientnr',
    'sofi_nummer',
    'dd_geboorte',
    'ind_geslacht',
    'naam',
    'voorvoegsel',
    'voornamen',
    'straat',
    'huisnummer',
    'postcode',
    'woonplaats',
    'dd_begin_adr',
  ],
  szdos: [
    'dossiernr',
    'clientnr',
    'clientnr_partner',
    'kode_regeling',
    'kode_groep',
    'dd_beschik',
    'dd_st_per_alg',
    'dd_end_per_alg',
  ],
} as const;

/** The regelingen the community mapping selects (kode_regeling in 0, 6, 16, 17, 38). */
export const REGELINGEN: readonly [string, string][] = [
  ['0', 'Algemene bijstand Participatiewet'],
  ['6', 'Bijzondere bijstand'],
  ['16', 'IOAW'],
  ['17', 'IOAZ'],
  ['38', 'Bbz 2004'],
];
const GROEPEN: readonly [string, string][] = [
  ['01', 'Alleenstaande'],
  ['02', 'Alleenstaande ouder'],
  ['03', 'Gehuwden / samenwonenden'],
];

const AOW_LEEFTIJD = 67;
const PEILJAAR = Number(PEILDATUM.slice(0, 4));

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const lo3ToDdmmyyyy = (lo3: string) => `${lo3.slice(6, 8)}-${lo3.slice(4, 6)}-${lo3.slice(0, 4)}`;
function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${iso.slice(8, 10)}`;
}

/**
 * Dossiers for part of the households with an adult below the AOW age: more often where a Wmo client
 * lives or a jeugd client grows up (so stapeling has values), about 5 % of the others; mostly algemene
 * bijstand, some bijzondere bijstand (also next to algemene bijstand), IOAW, IOAZ and Bbz. About a third
 * has ended. The aanvrager is the oldest adult under 67; a partner in the household is `clientnr_partner`.
 */
export function generateSsdExport(population: DemoPopulation, seed: number): SsdExport {
  const rng = new SeededRandom(seed ^ 0x55d_0bb);
  const out: SsdExport = {
    szregel: REGELINGEN.map((r) => [...r]),
    szgroep: GROEPEN.map((g) => [...g]),
    szclient: [],
    szdos: [],
  };
  const clientnr = new Map<string, string>();
  const asClient = (p: DemoPerson): string => {
    let nr = clientnr.get(p.bsn);
    if (nr) return nr;
    nr = String(40_001 + clientnr.size);
    clientnr.set(p.bsn, nr);
    out.szclient.push([
      nr,
      p.bsn,
      lo3ToDdmmyyyy(p.geboortedatum),
      p.geslacht,
      p.geslachtsnaam,
      p.voorvoegsel ?? '',
      p.voornamen,
      p.adres.straatnaam,
      String(p.adres.huisnummer),
      p.adres.postcode,
      p.adres.woonplaats,
      lo3ToDdmmyyyy(p.datumAdres),
    ]);
    return nr;
  };
  const age = (p: DemoPerson) => PEILJAAR - Number(p.geboortedatum.slice(0, 4));
  let dossier = 880_000;
  for (const h of population.households) {
    const adults = h.filter((p) => age(p) >= 18 && age(p) < AOW_LEEFTIJD && !p.datumOverlijden);
    if (adults.length === 0) continue;
    const wmo = h.some((p) => p.client?.wet === 'iWmo');
    const jeugd = h.some((p) => p.client?.wet === 'iJw');
    if (!rng.chance(wmo ? 0.3 : jeugd ? 0.25 : 0.05)) continue;
    const aanvrager = adults.reduce((a, b) => (a.geboortedatum <= b.geboortedatum ? a : b));
    const partner = h.find((p) => p.bsn === aanvrager.partner);
    const kinderen = h.some((p) => age(p) < 18);
    const groep = partner ? '03' : kinderen ? '02' : '01';
    const pick = rng.next();
    const regeling =
      age(aanvrager) >= 60 && pick < 0.3
        ? '16'
        : pick < 0.78
          ? '0'
          : pick < 0.88
            ? '6'
            : pick < 0.95
              ? '17'
              : '38';
    const start = `${rng.int(2019, PEILJAAR)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const ended = rng.chance(0.35);
    const end = ended ? addMonths(start, rng.int(2, 30)) : undefined;
    const dossierRow = (kode: string, from: string, to: string | undefined) => [
      String(++dossier),
      asClient(aanvrager),
      partner ? asClient(partner) : '',
      kode,
      groep,
      ddmmyyyy(addMonths(from, 0).replace(/-01$/, `-${String(rng.int(2, 27)).padStart(2, '0')}`)),
      ddmmyyyy(from),
      to ? ddmmyyyy(to) : '',
    ];
    out.szdos.push(dossierRow(regeling, start, end));
    // bijzondere bijstand next to an algemene bijstand: a one-off, one month
    if (regeling === '0' && rng.chance(0.2)) {
      const bb = addMonths(start, rng.int(0, 6));
      out.szdos.push(dossierRow('6', bb, addMonths(bb, 1)));
    }
  }
  return out;
}

const csvField = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The tables as CSV texts by file name (`szdos.csv` …), `;`-separated. */
export function ssdCsvFiles(e: SsdExport): Record<string, string> {
  const files: Record<string, string> = {};
  for (const table of Object.keys(SSD_HEADERS) as (keyof SsdExport)[]) {
    const lines = [SSD_HEADERS[table].join(';'), ...e[table].map((r) => r.map(csvField).join(';'))];
    files[`${table}.csv`] = `${lines.join('\n')}\n`;
  }
  return files;
}
