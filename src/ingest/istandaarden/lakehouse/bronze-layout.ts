import type { MessageNumber } from '../message-catalog.js';
import type {
  Amount,
  ClientKort,
  IstandaardMessage,
  Naam,
  Omvang,
  Product,
  StartProduct,
  StopProduct,
} from '../message-types.js';

/**
 * The bronze layout of iWmo/iJw messages: one row per line of a message (a toegewezen product of a 301,
 * a start or stop product, an aangevraagd product, a prestatie), with the message's provenance and the
 * client on every row; messages without such lines (retours, 317, 319, 325) are one row of kind
 * `bericht`. The columns are the same for every message type, so one source can take a mixed folder;
 * mappings pick their lines by `regel_soort`. Anything without a column of its own stays in
 * `regel_json` (the line as parsed, amounts in eurocents), so nothing is dropped.
 */
export const ISTANDAARDEN_COLUMNS = [
  // provenance
  'bestand',
  'bestand_sha256',
  'bericht_index',
  'envelop',
  'standaard',
  'wet',
  'berichttype',
  'berichtcode',
  'afzender',
  'ontvanger',
  'identificatie',
  'dagtekening',
  'regel_soort',
  'regel_index',
  // client
  'bsn',
  'geboortedatum',
  'geslacht',
  'achternaam',
  'voorvoegsel',
  'voornamen',
  'voorletters',
  'naamgebruik',
  'juridische_status',
  'wettelijke_vertegenwoordiging',
  // toewijzing / aanvraag / start / stop
  'toewijzing_nummer',
  'referentie_aanbieder',
  'beschikking_nummer',
  'product_categorie',
  'product_code',
  'toewijzingsdatum',
  'toewijzingstijd',
  'toewijzing_ingangsdatum',
  'ingangsdatum',
  'einddatum',
  'begindatum',
  'reden_wijziging',
  'reden_beeindiging',
  'status_aanlevering',
  'omvang_volume',
  'omvang_eenheid',
  'omvang_frequentie',
  'budget_cent',
  'commentaar',
  'verwijzer_type',
  'verwijzer_naam',
  'verwijzer_zorgverlenercode',
  'raamcontract',
  // declaratie (323) and antwoord (325)
  'declaratie_nummer',
  'declaratie_begindatum',
  'declaratie_einddatum',
  'declaratie_dagtekening',
  'totaal_ingediend_cent',
  'totaal_ingediend_dc',
  'totaal_toegekend_cent',
  'totaal_toegekend_dc',
  'referentie_nummer',
  'vorig_referentie_nummer',
  'geleverd_volume',
  'eenheid',
  'product_tarief_cent',
  'ingediend_bedrag_cent',
  'debet_credit',
  // retours
  'identificatie_retour',
  'dagtekening_retour',
  'declaratie_identificatie',
  'retour_codes',
  'regel_json',
] as const;

export type IstandaardenColumn = (typeof ISTANDAARDEN_COLUMNS)[number];

/** Where a message came from: the file, its hash, and its place in the file. */
export interface MessageProvenance {
  file: string;
  sha256: string;
  index: number;
  envelope: string;
}

/** A bronze row, cells in `ISTANDAARDEN_COLUMNS` order (absent values are NULL). */
export type LineRow = (string | null)[];

/** Each column's place in a row, as plain properties (the hot path reads them per cell). */
const AT = Object.fromEntries(ISTANDAARDEN_COLUMNS.map((c, i) => [c, i])) as Record<
  IstandaardenColumn,
  number
>;

/** Writes a cell when the value is there; an absent value leaves what the row holds. */
function put(row: LineRow, column: number, value: string | number | undefined): void {
  if (value !== undefined) row[column] = typeof value === 'string' ? value : String(value);
}

function putCents(row: LineRow, column: number, a: Amount | undefined): void {
  if (a) row[column] = String(a.value);
}

function putProduct(row: LineRow, p: Product | undefined): void {
  if (!p) return;
  put(row, AT.product_categorie, p.Categorie);
  put(row, AT.product_code, p.Code);
}

function putOmvang(row: LineRow, o: Omvang | undefined): void {
  if (!o) return;
  put(row, AT.omvang_volume, o.Volume);
  put(row, AT.omvang_eenheid, o.Eenheid);
  put(row, AT.omvang_frequentie, o.Frequentie);
}

function putClient(row: LineRow, c: Partial<ClientKort> & { Naam?: Partial<Naam> }): void {
  put(row, AT.bsn, c.Bsn);
  put(row, AT.geboortedatum, c.Geboortedatum?.Datum);
  put(row, AT.geslacht, c.Geslacht);
  const naam = c.Naam;
  if (!naam) return;
  put(row, AT.achternaam, naam.Geslachtsnaam?.Achternaam);
  put(row, AT.voorvoegsel, naam.Geslachtsnaam?.Voorvoegsel);
  put(row, AT.voornamen, naam.Voornamen);
  put(row, AT.voorletters, naam.Voorletters);
  put(row, AT.naamgebruik, naam.NaamGebruik);
}

/** The cells every line of a message shares: provenance and header. */
function headerRow(m: IstandaardMessage, p: MessageProvenance): LineRow {
  const row: LineRow = new Array<string | null>(ISTANDAARDEN_COLUMNS.length).fill(null);
  const h = m.Header;
  row[AT.bestand] = p.file;
  row[AT.bestand_sha256] = p.sha256;
  row[AT.bericht_index] = String(p.index);
  row[AT.envelop] = p.envelope;
  row[AT.standaard] = m.standard;
  row[AT.wet] = m.standard === 'iWmo' ? 'WMO' : 'JW';
  row[AT.berichttype] = m.messageType;
  row[AT.berichtcode] = String(h.BerichtCode);
  put(row, AT.afzender, h.Afzender);
  put(row, AT.ontvanger, h.Ontvanger);
  put(row, AT.identificatie, h.BerichtIdentificatie.Identificatie);
  put(row, AT.dagtekening, h.BerichtIdentificatie.Dagtekening);
  if ('IdentificatieRetour' in h) {
    put(row, AT.identificatie_retour, h.IdentificatieRetour);
    put(row, AT.dagtekening_retour, h.DagtekeningRetour);
  }
  if ('DeclaratieIdentificatie' in h)
    put(row, AT.declaratie_identificatie, h.DeclaratieIdentificatie.Identificatie);
  if ('RetourCodes' in h && h.RetourCodes) row[AT.retour_codes] = h.RetourCodes.RetourCode.join(',');
  return row;
}

/** A copy of the message's shared cells for line `i` of kind `kind`. */
function lineRow(shared: LineRow, kind: string, i: number): LineRow {
  const row = shared.slice();
  row[AT.regel_soort] = kind;
  row[AT.regel_index] = String(i + 1);
  return row;
}

/**
 * The lines of one message as bronze rows (provenance and client on each). Cells are written straight
 * into a copy of the message's shared row, without an object per line: this is the loader's hottest
 * path, where building and spreading objects per line cost more than the parsing.
 */
export function messageRows(m: IstandaardMessage, p: MessageProvenance): LineRow[] {
  const head = headerRow(m, p);
  switch (m.messageType) {
    case '301': {
      const c = m.Client;
      putClient(head, c);
      put(head, AT.juridische_status, c.JuridischeStatus);
      put(head, AT.wettelijke_vertegenwoordiging, c.WettelijkeVertegenwoordiging);
      return c.ToegewezenProducten.ToegewezenProduct.map((t, i) => {
        const row = lineRow(head, 'toewijzing', i);
        row[AT.toewijzing_nummer] = String(t.ToewijzingNummer);
        put(row, AT.referentie_aanbieder, t.ReferentieAanbieder);
        putProduct(row, t.Product);
        put(row, AT.toewijzingsdatum, t.Toewijzingsdatum);
        put(row, AT.toewijzingstijd, t.Toewijzingstijd);
        put(row, AT.ingangsdatum, t.Ingangsdatum);
        put(row, AT.einddatum, t.Einddatum);
        put(row, AT.reden_wijziging, t.RedenWijziging);
        putOmvang(row, t.Omvang);
        putCents(row, AT.budget_cent, t.Budget);
        put(row, AT.commentaar, t.Commentaar);
        row[AT.regel_json] = JSON.stringify(t);
        return row;
      });
    }
    case '305':
    case '307': {
      putClient(head, m.Client);
      const kind = m.messageType === '305' ? 'start' : 'stop';
      const products =
        m.messageType === '305' ? m.Client.StartProducten.StartProduct : m.Client.StopProducten.StopProduct;
      return products.map((s: StartProduct | StopProduct, i) => {
        const row = lineRow(head, kind, i);
        put(row, AT.toewijzing_nummer, s.ToewijzingNummer);
        putProduct(row, s.Product);
        put(row, AT.toewijzing_ingangsdatum, s.ToewijzingIngangsdatum);
        put(row, AT.begindatum, s.Begindatum);
        put(row, AT.status_aanlevering, s.StatusAanlevering);
        if ('RedenBeeindiging' in s) {
          put(row, AT.reden_beeindiging, s.RedenBeeindiging);
          put(row, AT.einddatum, s.Einddatum);
        }
        row[AT.regel_json] = JSON.stringify(s);
        return row;
      });
    }
    case '315':
      putClient(head, m.Client);
      return m.Client.AangevraagdeProducten.AangevraagdProduct.map((a, i) => {
        const row = lineRow(head, 'aanvraag', i);
        put(row, AT.referentie_aanbieder, a.ReferentieAanbieder);
        put(row, AT.beschikking_nummer, a.BeschikkingNummer);
        putProduct(row, a.Product);
        put(row, AT.toewijzing_ingangsdatum, a.ToewijzingIngangsdatum);
        put(row, AT.ingangsdatum, a.BeschikkingIngangsdatum);
        put(row, AT.einddatum, a.ToewijzingEinddatum);
        putOmvang(row, a.Omvang);
        putCents(row, AT.budget_cent, a.Budget);
        put(row, AT.commentaar, a.Commentaar);
        put(row, AT.verwijzer_type, a.Verwijzer.Type);
        put(row, AT.verwijzer_naam, a.Verwijzer.Naam);
        put(row, AT.verwijzer_zorgverlenercode, a.Verwijzer.ZorgverlenerCode);
        put(row, AT.raamcontract, a.Raamcontract);
        row[AT.regel_json] = JSON.stringify(a);
        return row;
      });
    case '323': {
      const d = m.Declaratie;
      put(head, AT.declaratie_nummer, d.DeclaratieNummer);
      put(head, AT.declaratie_begindatum, d.DeclaratiePeriode.Begindatum);
      put(head, AT.declaratie_einddatum, d.DeclaratiePeriode.Einddatum);
      put(head, AT.declaratie_dagtekening, d.DeclaratieDagtekening);
      putCents(head, AT.totaal_ingediend_cent, d.TotaalIngediendBedrag.TotaalBedrag);
      put(head, AT.totaal_ingediend_dc, d.TotaalIngediendBedrag.DebetCredit);
      const lines: LineRow[] = [];
      for (const c of d.Clienten.Client) {
        for (const p of c.Prestaties.Prestatie) {
          const row = lineRow(head, 'prestatie', lines.length);
          put(row, AT.bsn, c.Bsn);
          put(row, AT.referentie_nummer, p.ProductReferentie.ReferentieNummer);
          put(row, AT.vorig_referentie_nummer, p.ProductReferentie.VorigReferentieNummer);
          row[AT.toewijzing_nummer] = String(p.ToewijzingNummer);
          put(row, AT.product_categorie, p.ProductCategorie);
          put(row, AT.product_code, p.ProductCode);
          put(row, AT.begindatum, p.ProductPeriode.Begindatum);
          put(row, AT.einddatum, p.ProductPeriode.Einddatum);
          row[AT.geleverd_volume] = String(p.GeleverdVolume);
          put(row, AT.eenheid, p.Eenheid);
          putCents(row, AT.product_tarief_cent, p.ProductTarief);
          putCents(row, AT.ingediend_bedrag_cent, p.IngediendBedrag.Bedrag);
          put(row, AT.debet_credit, p.IngediendBedrag.DebetCredit);
          row[AT.regel_json] = JSON.stringify(p);
          lines.push(row);
        }
      }
      return lines;
    }
    case '325': {
      const a = m.DeclaratieAntwoord;
      const row = lineRow(head, 'declaratie_antwoord', 0);
      if (a) {
        put(row, AT.declaratie_nummer, a.DeclaratieNummer);
        putCents(row, AT.totaal_ingediend_cent, a.TotaalIngediendBedrag.TotaalBedrag);
        put(row, AT.totaal_ingediend_dc, a.TotaalIngediendBedrag.DebetCredit);
        putCents(row, AT.totaal_toegekend_cent, a.TotaalToegekendBedrag.TotaalBedrag);
        put(row, AT.totaal_toegekend_dc, a.TotaalToegekendBedrag.DebetCredit);
        if (a.RetourCodes) row[AT.retour_codes] = a.RetourCodes.RetourCode.join(',');
      }
      row[AT.regel_json] = JSON.stringify(a ?? null);
      return [row];
    }
    default: {
      const row = lineRow(head, 'bericht', 0);
      const bsn = (m as { Client?: { Bsn?: string } }).Client?.Bsn;
      if (bsn) row[AT.bsn] = bsn;
      row[AT.regel_json] = JSON.stringify(bodyOf(m));
      return [row];
    }
  }
}

/** The body of a message without its header, for the `bericht` rows. */
function bodyOf(m: IstandaardMessage): unknown {
  const { messageType: _t, standard: _s, name: _n, Header: _h, ...body } = m;
  return body;
}

/** Message types whose lines have columns of their own (the others are one `bericht` row). */
export const LINE_MESSAGES: readonly MessageNumber[] = ['301', '305', '307', '315', '323', '325'];
