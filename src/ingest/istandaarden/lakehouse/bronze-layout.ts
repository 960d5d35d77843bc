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
export type LineValues = Partial<Record<IstandaardenColumn, string>>;

/** Where a message came from: the file, its hash, and its place in the file. */
export interface MessageProvenance {
  file: string;
  sha256: string;
  index: number;
  envelope: string;
}

const COLUMN_INDEX = new Map(ISTANDAARDEN_COLUMNS.map((c, i) => [c, i]));

/** A line as a bronze row (text cells in column order; absent values are NULL). */
export function toRow(values: LineValues): (string | null)[] {
  const row: (string | null)[] = ISTANDAARDEN_COLUMNS.map(() => null);
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined) row[COLUMN_INDEX.get(k as IstandaardenColumn)!] = v;
  }
  return row;
}

const text = (v: string | number | undefined): string | undefined =>
  v === undefined ? undefined : String(v);
const cents = (a: Amount | undefined): string | undefined => (a ? String(a.value) : undefined);

function productValues(p: Product | undefined): LineValues {
  return { product_categorie: p?.Categorie, product_code: p?.Code };
}

function omvangValues(o: Omvang | undefined): LineValues {
  return { omvang_volume: text(o?.Volume), omvang_eenheid: o?.Eenheid, omvang_frequentie: o?.Frequentie };
}

function clientValues(c: Partial<ClientKort> & { Naam?: Partial<Naam> }): LineValues {
  return {
    bsn: c.Bsn,
    geboortedatum: c.Geboortedatum?.Datum,
    geslacht: c.Geslacht,
    achternaam: c.Naam?.Geslachtsnaam?.Achternaam,
    voorvoegsel: c.Naam?.Geslachtsnaam?.Voorvoegsel,
    voornamen: c.Naam?.Voornamen,
    voorletters: c.Naam?.Voorletters,
    naamgebruik: c.Naam?.NaamGebruik,
  };
}

function headerValues(m: IstandaardMessage, p: MessageProvenance): LineValues {
  const h = m.Header;
  const values: LineValues = {
    bestand: p.file,
    bestand_sha256: p.sha256,
    bericht_index: String(p.index),
    envelop: p.envelope,
    standaard: m.standard,
    wet: m.standard === 'iWmo' ? 'WMO' : 'JW',
    berichttype: m.messageType,
    berichtcode: String(h.BerichtCode),
    afzender: h.Afzender,
    ontvanger: h.Ontvanger,
    identificatie: h.BerichtIdentificatie.Identificatie,
    dagtekening: h.BerichtIdentificatie.Dagtekening,
  };
  if ('IdentificatieRetour' in h) {
    values.identificatie_retour = h.IdentificatieRetour;
    values.dagtekening_retour = h.DagtekeningRetour;
  }
  if ('DeclaratieIdentificatie' in h)
    values.declaratie_identificatie = h.DeclaratieIdentificatie.Identificatie;
  if ('RetourCodes' in h && h.RetourCodes) values.retour_codes = h.RetourCodes.RetourCode.join(',');
  return values;
}

/** A bronze row, cells in `ISTANDAARDEN_COLUMNS` order. */
export type LineRow = (string | null)[];

const SOORT = COLUMN_INDEX.get('regel_soort')!;
const INDEX = COLUMN_INDEX.get('regel_index')!;
const JSON_COLUMN = COLUMN_INDEX.get('regel_json')!;

/**
 * The lines of one message as bronze rows (provenance and client on each). Rows are filled straight
 * into arrays from the message's header row: the loader's hottest path, where an object per line
 * cost more than the parsing.
 */
export function messageRows(m: IstandaardMessage, p: MessageProvenance): LineRow[] {
  const head = toRow(headerValues(m, p));
  const line = (kind: string, i: number, values: LineValues, raw: unknown): LineRow => {
    const row = head.slice();
    row[SOORT] = kind;
    row[INDEX] = String(i + 1);
    for (const k in values) {
      const v = values[k as IstandaardenColumn];
      if (v !== undefined) row[COLUMN_INDEX.get(k as IstandaardenColumn)!] = v;
    }
    row[JSON_COLUMN] = JSON.stringify(raw);
    return row;
  };
  switch (m.messageType) {
    case '301': {
      const c = m.Client;
      const client = {
        ...clientValues(c),
        juridische_status: c.JuridischeStatus,
        wettelijke_vertegenwoordiging: c.WettelijkeVertegenwoordiging,
      };
      return c.ToegewezenProducten.ToegewezenProduct.map((t, i) =>
        line(
          'toewijzing',
          i,
          {
            ...client,
            toewijzing_nummer: String(t.ToewijzingNummer),
            referentie_aanbieder: t.ReferentieAanbieder,
            ...productValues(t.Product),
            toewijzingsdatum: t.Toewijzingsdatum,
            toewijzingstijd: t.Toewijzingstijd,
            ingangsdatum: t.Ingangsdatum,
            einddatum: t.Einddatum,
            reden_wijziging: t.RedenWijziging,
            ...omvangValues(t.Omvang),
            budget_cent: cents(t.Budget),
            commentaar: t.Commentaar,
          },
          t,
        ),
      );
    }
    case '305':
    case '307': {
      const c = m.Client;
      const products =
        m.messageType === '305' ? m.Client.StartProducten.StartProduct : m.Client.StopProducten.StopProduct;
      return products.map((s, i) =>
        line(
          m.messageType === '305' ? 'start' : 'stop',
          i,
          {
            ...clientValues(c),
            toewijzing_nummer: text(s.ToewijzingNummer),
            ...productValues(s.Product),
            toewijzing_ingangsdatum: s.ToewijzingIngangsdatum,
            begindatum: s.Begindatum,
            status_aanlevering: s.StatusAanlevering,
            ...stopValues(s),
          },
          s,
        ),
      );
    }
    case '315':
      return m.Client.AangevraagdeProducten.AangevraagdProduct.map((a, i) =>
        line(
          'aanvraag',
          i,
          {
            ...clientValues(m.Client),
            referentie_aanbieder: a.ReferentieAanbieder,
            beschikking_nummer: text(a.BeschikkingNummer),
            ...productValues(a.Product),
            toewijzing_ingangsdatum: a.ToewijzingIngangsdatum,
            ingangsdatum: a.BeschikkingIngangsdatum,
            einddatum: a.ToewijzingEinddatum,
            ...omvangValues(a.Omvang),
            budget_cent: cents(a.Budget),
            commentaar: a.Commentaar,
            verwijzer_type: a.Verwijzer.Type,
            verwijzer_naam: a.Verwijzer.Naam,
            verwijzer_zorgverlenercode: a.Verwijzer.ZorgverlenerCode,
            raamcontract: a.Raamcontract,
          },
          a,
        ),
      );
    case '323': {
      const d = m.Declaratie;
      const declaratie: LineValues = {
        declaratie_nummer: d.DeclaratieNummer,
        declaratie_begindatum: d.DeclaratiePeriode.Begindatum,
        declaratie_einddatum: d.DeclaratiePeriode.Einddatum,
        declaratie_dagtekening: d.DeclaratieDagtekening,
        totaal_ingediend_cent: cents(d.TotaalIngediendBedrag.TotaalBedrag),
        totaal_ingediend_dc: d.TotaalIngediendBedrag.DebetCredit,
      };
      const lines: LineRow[] = [];
      for (const c of d.Clienten.Client) {
        for (const p of c.Prestaties.Prestatie) {
          lines.push(
            line(
              'prestatie',
              lines.length,
              {
                ...declaratie,
                bsn: c.Bsn,
                referentie_nummer: p.ProductReferentie.ReferentieNummer,
                vorig_referentie_nummer: p.ProductReferentie.VorigReferentieNummer,
                toewijzing_nummer: String(p.ToewijzingNummer),
                product_categorie: p.ProductCategorie,
                product_code: p.ProductCode,
                begindatum: p.ProductPeriode.Begindatum,
                einddatum: p.ProductPeriode.Einddatum,
                geleverd_volume: String(p.GeleverdVolume),
                eenheid: p.Eenheid,
                product_tarief_cent: cents(p.ProductTarief),
                ingediend_bedrag_cent: cents(p.IngediendBedrag.Bedrag),
                debet_credit: p.IngediendBedrag.DebetCredit,
              },
              p,
            ),
          );
        }
      }
      return lines;
    }
    case '325': {
      const a = m.DeclaratieAntwoord;
      return [
        line(
          'declaratie_antwoord',
          0,
          {
            declaratie_nummer: a?.DeclaratieNummer,
            totaal_ingediend_cent: cents(a?.TotaalIngediendBedrag.TotaalBedrag),
            totaal_ingediend_dc: a?.TotaalIngediendBedrag.DebetCredit,
            totaal_toegekend_cent: cents(a?.TotaalToegekendBedrag.TotaalBedrag),
            totaal_toegekend_dc: a?.TotaalToegekendBedrag.DebetCredit,
            ...(a?.RetourCodes ? { retour_codes: a.RetourCodes.RetourCode.join(',') } : {}),
          },
          a ?? null,
        ),
      ];
    }
    default:
      return [line('bericht', 0, bsnOf(m), bodyOf(m))];
  }
}

function stopValues(s: StartProduct | StopProduct): LineValues {
  return 'RedenBeeindiging' in s ? { reden_beeindiging: s.RedenBeeindiging, einddatum: s.Einddatum } : {};
}

/** The body of a message without its header, for the `bericht` rows. */
function bodyOf(m: IstandaardMessage): unknown {
  const { messageType: _t, standard: _s, name: _n, Header: _h, ...body } = m;
  return body;
}

function bsnOf(m: IstandaardMessage): LineValues {
  const client = (m as { Client?: { Bsn?: string } }).Client;
  return client?.Bsn ? { bsn: client.Bsn } : {};
}

/** Message types whose lines have columns of their own (the others are one `bericht` row). */
export const LINE_MESSAGES: readonly MessageNumber[] = ['301', '305', '307', '315', '323', '325'];
