import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusClients } from '../../ingest/istandaarden/generator/corpus-clients.js';
import { brpCsv } from './brp-export.js';
import { generatePopulation } from './demo-population.js';
import { generateSsdExport, ssdCsvFiles } from './ssd-export.js';

export interface PopulationSummary {
  inhabitants: number;
  households: number;
  clients: number;
  dossiers: number;
}

/**
 * Writes the demo gemeente's BRP extract (`brp/brp-personen.csv`, LO3 layout of the RvIG test set) and its
 * Centric SSD export (`ssd/*.csv`) into `dir`, from the same seed and client count as the message corpus:
 * every client of the messages is an inhabitant with the BSN, birth date, gender and address they carry.
 */
export async function writePopulation(
  dir: string,
  options: { seed: number; clients: number; inhabitants?: number },
): Promise<PopulationSummary> {
  const clients = corpusClients({ seed: options.seed, clients: options.clients });
  const population = generatePopulation(clients, {
    seed: options.seed,
    inhabitants: options.inhabitants ?? Math.max(200, clients.length * 15),
  });
  await mkdir(join(dir, 'brp'), { recursive: true });
  await writeFile(join(dir, 'brp', 'brp-personen.csv'), brpCsv(population.persons));
  const ssd = generateSsdExport(population, options.seed);
  await mkdir(join(dir, 'ssd'), { recursive: true });
  for (const [name, text] of Object.entries(ssdCsvFiles(ssd))) await writeFile(join(dir, 'ssd', name), text);
  return {
    inhabitants: population.persons.length,
    households: population.households.length,
    clients: clients.length,
    dossiers: ssd.szdos.length,
  };
}
