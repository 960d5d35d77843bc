import { describe, expect, it } from 'vitest';
import { corpusClients } from '../../ingest/istandaarden/generator/corpus-clients.js';
import { PC4_GEBIEDEN } from '../../ingest/istandaarden/generator/fictional-data.js';
import { brpCsv } from './brp-export.js';
import { generatePopulation, PEILDATUM } from './demo-population.js';
import { generateSsdExport, ssdCsvFiles } from './ssd-export.js';

const elfproef = (bsn: string) =>
  [...bsn].reduce((s, d, i) => s + (i < 8 ? (9 - i) * Number(d) : -Number(d)), 0) % 11 === 0;

describe('the demo population', () => {
  const clients = corpusClients({ seed: 2026, clients: 150 });
  const population = generatePopulation(clients, { seed: 2026, inhabitants: 2250 });
  const byBsn = new Map(population.persons.map((p) => [p.bsn, p]));
  const age = (geboortedatum: string) => Number(PEILDATUM.slice(0, 4)) - Number(geboortedatum.slice(0, 4));

  it('holds every client of the message corpus with the BSN, birth date, gender, name and address of its messages', () => {
    expect(clients).toHaveLength(150);
    for (const c of clients) {
      const p = byBsn.get(c.bsn);
      expect(p, c.bsn).toBeDefined();
      expect(p!.geboortedatum).toBe(c.geboortedatum.replaceAll('-', ''));
      expect(p!.geslacht).toBe({ '1': 'M', '2': 'V', '0': 'O' }[c.geslacht]);
      expect(p!.geslachtsnaam).toBe(c.achternaam);
      if (c.adres) {
        expect(p!.adres.postcode).toBe(c.adres.postcode);
        expect(p!.adres.huisnummer).toBe(c.adres.huisnummer);
        expect(p!.adres.straatnaam).toBe(c.adres.straatnaam);
      }
    }
    expect(clients.filter((c) => c.adres).length).toBeGreaterThan(140);
  });

  it('looks like a small gemeente: unique valid BSNs, addresses in its PC4 areas, a plausible age pyramid', () => {
    expect(population.persons.length).toBeGreaterThanOrEqual(2250);
    expect(byBsn.size).toBe(population.persons.length);
    expect(population.persons.every((p) => elfproef(p.bsn))).toBe(true);
    expect(population.persons.every((p) => PC4_GEBIEDEN.includes(p.adres.postcode.slice(0, 4)))).toBe(true);
    const share = (f: (a: number) => boolean) =>
      population.persons.filter((p) => f(age(p.geboortedatum))).length / population.persons.length;
    expect(share((a) => a < 18)).toBeGreaterThan(0.15);
    expect(share((a) => a < 18)).toBeLessThan(0.3);
    expect(share((a) => a >= 67)).toBeGreaterThan(0.1);
    expect(share((a) => a >= 67)).toBeLessThan(0.3);
    // households share one address; a child's parents exist and live with it
    for (const h of population.households)
      expect(new Set(h.map((p) => p.adres.nummeraanduiding)).size).toBe(1);
    for (const p of population.persons.filter((q) => q.ouder1)) {
      expect(byBsn.get(p.ouder1!)?.adres).toBe(p.adres);
      expect(age(byBsn.get(p.ouder1!)!.geboortedatum) - age(p.geboortedatum)).toBeGreaterThanOrEqual(18);
    }
    for (const p of population.persons.filter((q) => q.partner))
      expect(byBsn.get(p.partner!)?.partner).toBe(p.bsn);
    expect(population.persons.some((p) => p.vorigAdres)).toBe(true);
  });

  it('writes the same extract for the same seed, one PL row per person plus its history rows', () => {
    const csv = brpCsv(population.persons);
    expect(brpCsv(generatePopulation(clients, { seed: 2026, inhabitants: 2250 }).persons)).toBe(csv);
    const lines = csv.trimEnd().split('\n');
    const history = population.persons.filter((p) => p.vorigAdres).length;
    expect(lines).toHaveLength(1 + population.persons.length + history);
    expect(lines.filter((l) => l.startsWith('Dw01_'))).toHaveLength(population.persons.length);
  });

  it('gives uitkeringen to part of the adults under the AOW age, more often in Wmo and Jeugd households', () => {
    const ssd = generateSsdExport(population, 2026);
    const clientBsn = new Map(ssd.szclient.map((c) => [c[0]!, c[1]!]));
    expect(ssd.szdos.length).toBeGreaterThan(20);
    for (const d of ssd.szdos) {
      const aanvrager = byBsn.get(clientBsn.get(d[1]!)!);
      expect(aanvrager).toBeDefined();
      expect(age(aanvrager!.geboortedatum)).toBeGreaterThanOrEqual(18);
      expect(age(aanvrager!.geboortedatum)).toBeLessThan(67);
      if (d[2]) expect(byBsn.get(clientBsn.get(d[2])!)?.partner).toBe(aanvrager!.bsn);
    }
    const households = (wet: string) =>
      population.households.filter(
        (h) =>
          h.some((p) => p.client?.wet === wet) &&
          h.some((p) => ssd.szdos.some((d) => clientBsn.get(d[1]!) === p.bsn)),
      ).length;
    expect(households('iWmo')).toBeGreaterThan(0);
    expect(households('iJw')).toBeGreaterThan(0);
    const adults = population.persons.filter((p) => age(p.geboortedatum) >= 18).length;
    const perTenThousand =
      (10_000 * new Set(ssd.szdos.filter((d) => d[3] === '0').map((d) => d[1])).size) / adults;
    expect(perTenThousand).toBeGreaterThan(100);
    expect(perTenThousand).toBeLessThan(600);
    expect(ssdCsvFiles(generateSsdExport(population, 2026))).toEqual(ssdCsvFiles(ssd));
  });
});
