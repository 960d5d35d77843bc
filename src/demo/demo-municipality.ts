import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine, Row } from '../engines/engine.js';
import { writeCorpus } from '../ingest/istandaarden/generator/write-corpus.js';
import { writePopulation, type PopulationSummary } from './population/write-population.js';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
/** examples/sociaal in the package: the mappings and checks the demo municipality runs. */
const SOCIAAL_EXAMPLE = join(EXAMPLES, 'sociaal');
/** The BRP and Participatiewet (Centric SSD) mappings of examples/brp and examples/participatie. */
const POPULATION_EXAMPLES = [join(EXAMPLES, 'brp'), join(EXAMPLES, 'participatie')];
/** In the demo the BRP is the source of persons: these message mappings would overwrite its rows. */
const REPLACED_BY_BRP = new Set(['natuurlijk-persoon.yaml', 'ingeschreven-persoon.yaml']);

/** Invalid messages put beside the valid ones, so the demo shows the quarantine at work. */
const INVALID_SAMPLES = ['CS002', 'XSD-missing'] as const;

export interface DemoSetup {
  dir: string;
  /** False when the folder held a demo project already (a rerun). */
  created: boolean;
  messages: number;
  files: number;
  /** The BRP population and uitkeringen written with the messages (first run only). */
  population?: PopulationSummary;
}

const PROJECT_YAML = `# The demo municipality: iWmo/iJw messages of a fictional gemeente (generated, seeded), its BRP
# population and its Participatiewet uitkeringen (Centric SSD export), loaded into bronze and mapped
# onto the GGM with the mappings of examples/sociaal, examples/brp and examples/participatie.
#   ggm run -p .            load new messages and build silver (a rerun changes nothing)
#   ggm query -p . "..."    ask the warehouse (read-only)
engine: duckdb:warehouse.duckdb
domains:
  - 6 Sociaal Domein
sources:
  - name: istandaarden
    description: iWmo/iJw 3.2 messages of the demo gemeente, one row per message line
    format: istandaarden
    path: berichten/*.xml
  - name: brp_personen
    description: BRP persoonslijsten of the demo gemeente (LO3 columns, layout of the RvIG test set)
    path: bronnen/brp/*.csv
    csv:
      delimiter: ';'
  - name: szregel
    description: Centric SSD regelingen
    path: bronnen/ssd/szregel.csv
  - name: szgroep
    description: Centric SSD groepen
    path: bronnen/ssd/szgroep.csv
  - name: szclient
    description: Centric SSD clients (BSN, birth date, address)
    path: bronnen/ssd/szclient.csv
  - name: szdos
    description: Centric SSD uitkeringsdossiers
    path: bronnen/ssd/szdos.csv
`;

/**
 * Creates the demo project in `dir` unless it is there: examples/sociaal's mappings and checks, and a
 * seeded message corpus of `clients` clients (chains 315 → 301 → 305 → 307 → 323 → 325 with their
 * retours) plus a few invalid messages. An existing demo is left as it is, so a second `ggm demo` runs
 * the same project again.
 */
export async function setUpDemo(dir: string, options: { clients: number; seed: number }): Promise<DemoSetup> {
  if (existsSync(join(dir, 'ggm.yaml'))) {
    const files = existsSync(join(dir, 'berichten')) ? (await readdir(join(dir, 'berichten'))).length : 0;
    return { dir, created: false, messages: 0, files };
  }
  await mkdir(join(dir, 'berichten'), { recursive: true });
  await cp(join(SOCIAAL_EXAMPLE, 'mappings'), join(dir, 'mappings'), {
    recursive: true,
    filter: (f) => !REPLACED_BY_BRP.has(basename(f)),
  });
  await cp(join(SOCIAAL_EXAMPLE, 'checks'), join(dir, 'checks'), { recursive: true });
  await cp(join(SOCIAAL_EXAMPLE, 'governance.yaml'), join(dir, 'governance.yaml'));
  for (const example of POPULATION_EXAMPLES) {
    for (const sub of ['mappings', 'checks'])
      await cp(join(example, sub), join(dir, sub), { recursive: true });
    // metrics that need the BRP silver beside the example's own (the demo has both)
    if (existsSync(join(example, 'gold-brp')))
      await cp(join(example, 'gold-brp'), join(dir, 'gold'), { recursive: true });
  }
  const population = await writePopulation(join(dir, 'bronnen'), options);
  await cp(join(SOCIAAL_EXAMPLE, 'gold'), join(dir, 'gold'), { recursive: true });
  const corpus = await mkdtemp(join(tmpdir(), 'ggm-demo-corpus-'));
  try {
    const summary = await writeCorpus(corpus, {
      seed: options.seed,
      clients: options.clients,
      batchSize: 25,
    });
    for (const f of await readdir(join(corpus, 'valid')))
      await rename(join(corpus, 'valid', f), join(dir, 'berichten', f));
    for (const rule of INVALID_SAMPLES)
      await cp(join(corpus, 'invalid', `${rule}.xml`), join(dir, 'berichten', `zz-ongeldig-${rule}.xml`));
    // written last: a folder with ggm.yaml is a finished setup
    await writeFile(join(dir, 'ggm.yaml'), PROJECT_YAML);
    return {
      dir,
      created: true,
      messages: summary.messages + INVALID_SAMPLES.length,
      files: summary.files + INVALID_SAMPLES.length,
      population,
    };
  } finally {
    await rm(corpus, { recursive: true, force: true });
  }
}

/** A named figure with its rows, computed from the warehouse. */
export interface DemoFigure {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

const FIGURES: { title: string; sql: string }[] = [
  {
    title: 'Toewijzingen per wet (current state in silver.toewijzing)',
    sql: `SELECT coalesce(w.value, '?') AS wet, count(*) AS toewijzingen,
            count(DISTINCT t.levert_voorziening_leverancier_sociaal_domein_generiek_id) AS aanbieders
          FROM silver.toewijzing t LEFT JOIN silver.wet_enum w ON w.wet_enum_id = t.wet_enum_id
          GROUP BY 1 ORDER BY 1`,
  },
  {
    title: 'Leveringen (305/307): running and stopped',
    sql: `SELECT CASE WHEN datum_stop IS NULL THEN 'lopend' ELSE 'gestopt' END AS status, count(*) AS leveringen
          FROM silver.levering GROUP BY 1 ORDER BY 1`,
  },
  {
    title: 'Declared per wet (323 prestaties, euros, credits negative)',
    sql: `SELECT coalesce(w.value, '?') AS wet, count(*) AS regels, round(sum(r.bedrag), 2) AS bedrag
          FROM silver.declaratieregel r
          LEFT JOIN silver.toewijzing t ON t.toewijzing_id = r.is_op_basis_van_toewijzing_id
          LEFT JOIN silver.wet_enum w ON w.wet_enum_id = t.wet_enum_id
          GROUP BY 1 ORDER BY 1`,
  },
  {
    title: 'Clients, beschikkingen and requests',
    sql: `SELECT (SELECT count(*) FROM silver.client) AS clients,
            (SELECT count(*) FROM silver.beschikking) AS beschikkingen,
            (SELECT count(*) FROM silver.verzoek_om_toewijzing) AS verzoeken_om_toewijzing`,
  },
  {
    title: 'Inwoners op 31-12-2025 per leeftijdsgroep (BRP in silver.natuurlijk_persoon)',
    sql: `SELECT CASE WHEN leeftijd < 18 THEN '0-17' WHEN leeftijd < 67 THEN '18-66' ELSE '67+' END AS leeftijd,
            count(*) AS inwoners, count(*) FILTER (WHERE geslacht = 'V') AS vrouwen
          FROM (SELECT floor((20251231 - CAST(replace(n.datum_geboorte, '-', '') AS INTEGER)) / 10000) AS leeftijd,
                  n.geslachtsaanduiding AS geslacht
                FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i USING (rechtspersoon_id)
                WHERE i.gemeente_van_inschrijving = '1999' AND n.datum_overlijden IS NULL) p
          GROUP BY 1 ORDER BY 1`,
  },
  {
    title: 'Lopende uitkeringen op 31-12-2025 per regeling (silver.inkomensvoorziening)',
    sql: `SELECT s.regeling, count(*) AS dossiers, count(DISTINCT v.heeft_uitkering_ingeschreven_persoon_id) AS personen
          FROM silver.inkomensvoorziening v
          JOIN silver.inkomensvoorzieningsoort s ON s.inkomensvoorzieningsoort_id = v.is_soort_voorziening_inkomensvoorzieningsoort_id
          WHERE v.ingangsdatum <= DATE '2025-12-31' AND (v.einddatum IS NULL OR v.einddatum >= DATE '2025-12-31')
          GROUP BY 1 ORDER BY 1`,
  },
  {
    title: 'Wmo/Jeugd clients in the BRP, and with an uitkering in their household',
    sql: `SELECT count(*) AS clients, count(i.heeft_huishouden_id) AS met_huishouden,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM silver.inkomensvoorziening v
              JOIN silver.ingeschreven_persoon a ON a.rechtspersoon_id = v.heeft_uitkering_ingeschreven_persoon_id
              WHERE a.heeft_huishouden_id = i.heeft_huishouden_id)) AS uitkering_in_huishouden
          FROM silver.client c JOIN silver.ingeschreven_persoon i USING (rechtspersoon_id)`,
  },
  {
    title: 'Gold: Wmo-cliënten per halfjaar (gold.wmo_clienten; kleine aantallen onderdrukt)',
    sql: `SELECT periode, CAST(teller AS INTEGER) AS clienten, onderdrukt FROM gold.wmo_clienten
          WHERE grain = 'halfyear' AND productcategorie = 'Totaal' ORDER BY periode`,
  },
  {
    title: 'Gold: standaardset per jaar (examples/sociaal/gold; kleine aantallen onderdrukt)',
    sql: `SELECT w.periode, w.waarde AS wmo_per_10000, j.waarde AS pct_jeugdhulp_0_17,
            b.waarde AS bijstand_per_10000_18plus, k.waarde AS kosten_per_inwoner
          FROM gold.wmo_clienten_per_10000 w
          LEFT JOIN gold.jeugdhulp_jeugdigen j ON j.periode = w.periode
          LEFT JOIN gold.bijstand_per_10000_volwassenen b ON b.periode = w.periode
          LEFT JOIN gold.kosten_per_inwoner k ON k.periode = w.periode AND k.wet = 'Totaal'
          WHERE w.grain = 'year' AND w.productcategorie = 'Totaal' ORDER BY w.periode`,
  },
  {
    title:
      'Gold: stapeling van Wmo, Jeugdwet en Participatiewet per jaar (gold.stapeling, gold.stapeling_huishoudens)',
    sql: `SELECT s.periode, s.combinatie, s.teller AS personen, h.teller AS huishoudens
          FROM gold.stapeling s
          LEFT JOIN gold.stapeling_huishoudens h ON h.periode = s.periode AND h.combinatie = s.combinatie
          ORDER BY s.periode, s.combinatie`,
  },
  {
    title: 'Gold: ingebouwde standaardmetrieken per jaar (standaard: in examples/sociaal/gold)',
    sql: `SELECT h.periode, h.waarde AS wmo_huishoudens_per_1000, v.teller AS wmo_clienten,
            p.waarde AS pct_volgens_plan, d.waarde AS dagen_tot_start_zorg, z.waarde AS dagen_verzoek_tot_zorg,
            (SELECT sum(s.teller) FROM gold.zorgpad_stromen s WHERE s.periode = h.periode) AS clienten_in_stromen,
            (SELECT sum(x.teller) FROM gold.zorgpad_dubbelingen x
              WHERE x.periode = h.periode AND x.productcategorie = 'Totaal') AS clienten_met_dubbeling
          FROM gold.wmo_huishoudens_per_1000 h
          LEFT JOIN gold.wmo_voorzieningen_per_client v ON v.periode = h.periode AND v.aantal_voorzieningen = 'Totaal'
          LEFT JOIN gold.jeugdhulp_volgens_plan p ON p.periode = h.periode
          LEFT JOIN gold.doorlooptijd_start_zorg d ON d.periode = h.periode AND d.wet = 'Totaal'
          LEFT JOIN gold.zorgpad_doorlooptijden z ON z.periode = h.periode AND z.wet = 'Jeugdwet'
            AND z.stap = 'verzoek → start levering'
          WHERE h.grain = 'year' ORDER BY h.periode`,
  },
  {
    title: 'Quarantined messages (meta.quarantine)',
    sql: `SELECT file, substr(reason, 1, 90) AS reason FROM meta.quarantine ORDER BY file`,
  },
];

const cell = (v: Row[string]): string | number =>
  v === null ? '' : typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : String(v);

/** The demo's figures: what a municipal analyst would first ask of the social domain data. */
export async function demoFigures(engine: Engine): Promise<DemoFigure[]> {
  const out: DemoFigure[] = [];
  for (const f of FIGURES) {
    const rows = await engine.query(f.sql);
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    out.push({ title: f.title, columns, rows: rows.map((r) => columns.map((c) => cell(r[c] ?? null))) });
  }
  return out;
}
