import type { Standard } from '../message-catalog.js';
import type { ClientKort } from '../message-types.js';
import { generateMessages, type CorpusOptions } from './corpus-generator.js';

/** A client of a generated corpus as the messages carry it, for a population that must agree with them. */
export interface CorpusClient {
  bsn: string;
  /** YYYY-MM-DD */
  geboortedatum: string;
  /** COD046: 1 man, 2 vrouw, 0 onbekend */
  geslacht: string;
  achternaam: string;
  voorvoegsel?: string;
  voornamen?: string;
  voorletters?: string;
  wet: Standard;
  /** The woonadres of the 301; a client whose request was refused (319) has no 301 and no address. */
  adres?: { straatnaam: string; huisnummer: number; postcode: string; plaatsnaam: string };
  /** Dagtekening of the first message about the client. */
  eersteBericht: string;
}

/**
 * The clients of the corpus that `generateCorpus(options)` writes, in order of first appearance: every
 * BSN of a 315 or 301 with what the latest of them says (same seed, same clients).
 */
export function corpusClients(options: CorpusOptions): CorpusClient[] {
  const clients = new Map<string, CorpusClient>();
  for (const m of generateMessages(options)) {
    if (m.messageType !== '301' && m.messageType !== '315') continue;
    const c: ClientKort = m.Client;
    const seen = clients.get(c.Bsn);
    const client: CorpusClient = {
      bsn: c.Bsn,
      geboortedatum: c.Geboortedatum.Datum,
      geslacht: c.Geslacht,
      achternaam: c.Naam.Geslachtsnaam.Achternaam,
      ...(c.Naam.Geslachtsnaam.Voorvoegsel ? { voorvoegsel: c.Naam.Geslachtsnaam.Voorvoegsel } : {}),
      ...(c.Naam.Voornamen ? { voornamen: c.Naam.Voornamen } : {}),
      ...(c.Naam.Voorletters ? { voorletters: c.Naam.Voorletters } : {}),
      wet: m.standard,
      eersteBericht: seen?.eersteBericht ?? m.Header.BerichtIdentificatie.Dagtekening,
      ...(seen?.adres ? { adres: seen.adres } : {}),
    };
    if (m.messageType === '301') {
      const adres = m.Client.Contactgegevens.Contact.find((k) => k.Soort === '01')?.Adres;
      if (adres?.Huis && adres.Postcode && adres.Straatnaam && adres.Plaatsnaam)
        client.adres = {
          straatnaam: adres.Straatnaam,
          huisnummer: adres.Huis.Huisnummer,
          postcode: adres.Postcode,
          plaatsnaam: adres.Plaatsnaam,
        };
    }
    clients.set(c.Bsn, client);
  }
  return [...clients.values()];
}
