import type { MessageNumber, Standard } from './message-catalog.js';
import type { Amount } from './schema/simple-types.js';

/**
 * Typed plain records of iWmo/iJw 3.2 messages. Keys are the XML element names, so a record reads like the
 * message and maps to GGM by the names in the facts doc. Dates are ISO strings (yyyy-mm-dd), times
 * hh:mm:ss, integers are numbers, amounts are `Amount` (eurocents, sign in a separate DebetCredit), codes
 * are strings with their leading zeros.
 */

export type { Amount };

export interface BerichtIdentificatie {
  Identificatie: string;
  Dagtekening: string;
}
export interface XsdVersie {
  BasisschemaXsdVersie: string;
  BerichtXsdVersie: string;
}
export interface HeenHeader {
  BerichtCode: number;
  BerichtVersie: number;
  BerichtSubversie: number;
  /** Gemeente code (4 digits) or AGB code (8 digits), depending on the direction. */
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}
export interface RetourCodes {
  RetourCode: string[];
}
export interface RetourHeader extends HeenHeader {
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes;
}
export interface Header325 extends HeenHeader {
  DeclaratieIdentificatie: BerichtIdentificatie;
  XsltVersie?: string;
  XsdVersieDeclaratie: XsdVersie;
  RetourCodes: RetourCodes;
}

export interface Geboortedatum {
  Datum: string;
  DatumGebruik?: string;
}
export interface Geslachtsnaam {
  Achternaam: string;
  Voorvoegsel?: string;
}
export interface NaamKort {
  Geslachtsnaam: Geslachtsnaam;
  Voornamen?: string;
  Voorletters?: string;
}
export interface Naam extends NaamKort {
  Partnernaam?: Geslachtsnaam;
  NaamGebruik: string;
}
export interface Product {
  Categorie: string;
  Code?: string;
}
/** Volume is in cents when Eenheid is 83 (euro's), IV042. */
export interface Omvang {
  Volume: number;
  Eenheid: string;
  Frequentie: string;
}
export interface Periode {
  Begindatum?: string;
  Einddatum?: string;
}
export interface Telefoonnummer {
  Telefoonnummer: string;
  Landnummer: string;
}
export interface Adres {
  Huis?: {
    Huisnummer: number;
    Huisletter?: string;
    HuisnummerToevoeging?: string;
    AanduidingWoonadres?: string;
  };
  Postcode?: string;
  Straatnaam?: string;
  Plaatsnaam?: string;
  LandCode?: string;
}
export interface Contact {
  Soort: string;
  Adres?: Adres;
  Organisatie?: string;
  Telefoon?: { Telefoon01: Telefoonnummer; Telefoon02?: Telefoonnummer };
  Emailadres?: string;
  Periode?: Periode;
}
export interface Relatie {
  Nummer: string;
  Volgorde?: number;
  Soort: string;
  Geboortedatum?: Geboortedatum;
  Geslacht?: string;
  Naam: Naam;
  Contact: Contact;
}
export interface ToegewezenProduct {
  ToewijzingNummer: number;
  ReferentieAanbieder?: string;
  Product?: Product;
  Toewijzingsdatum: string;
  Toewijzingstijd: string;
  Ingangsdatum: string;
  Einddatum?: string;
  RedenWijziging?: string;
  Omvang?: Omvang;
  Budget?: Amount;
  Commentaar?: string;
}
export interface ClientKort {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: NaamKort;
}
export interface Client301 extends Omit<ClientKort, 'Naam'> {
  Naam: Naam;
  Communicatie?: { Vorm: string; Taal?: string };
  JuridischeStatus?: string;
  WettelijkeVertegenwoordiging?: string;
  Commentaar?: string;
  Relaties?: { Relatie: Relatie[] };
  Contactgegevens: { Contact: Contact[] };
  ToegewezenProducten: { ToegewezenProduct: ToegewezenProduct[] };
}
export interface StartProduct {
  ToewijzingNummer?: number;
  Product?: Product;
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  StatusAanlevering: string;
}
export interface StopProduct extends StartProduct {
  RedenBeeindiging: string;
  Einddatum: string;
}
export interface Client305 extends ClientKort {
  StartProducten: { StartProduct: StartProduct[] };
}
export interface Client307 extends ClientKort {
  StopProducten: { StopProduct: StopProduct[] };
}
export interface Verwijzer {
  Type: string;
  Naam?: string;
  ZorgverlenerCode?: string;
}
export interface AangevraagdProduct {
  ReferentieAanbieder: string;
  BeschikkingNummer?: number;
  Product?: Product;
  BeschikkingIngangsdatum?: string;
  ToewijzingIngangsdatum: string;
  ToewijzingEinddatum?: string;
  Omvang?: Omvang;
  Budget?: Amount;
  Verwijzer: Verwijzer;
  Raamcontract?: string;
  Commentaar?: string;
}
export interface Client315 extends ClientKort {
  /** iJw only. */
  GezagsdragerBekend?: string;
  Commentaar?: string;
  AangevraagdeProducten: { AangevraagdProduct: AangevraagdProduct[] };
}
export interface TeWijzigenProduct {
  ToewijzingNummer: number;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: Amount;
}
export interface NieuwProduct {
  Product?: Product;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: Amount;
}
export interface Client317 {
  Bsn: string;
  Verzoek: {
    ReferentieAanbieder: string;
    RedenVerzoek: string;
    OngewijzigdeProducten?: { OngewijzigdProduct: { ToewijzingNummer: number }[] };
    TeWijzigenProducten?: { TeWijzigenProduct: TeWijzigenProduct[] };
    NieuweProducten?: { NieuwProduct: NieuwProduct[] };
  };
}
export interface Antwoord {
  ReferentieAanbieder: string;
  VerzoekAntwoord: string;
  RedenAfwijzingVerzoek?: string;
  /** iJw only. */
  Woonplaatsbeginsel?: { Gemeente: string };
}
export interface Bedrag {
  Bedrag: Amount;
  DebetCredit: 'D' | 'C';
}
export interface TotaalBedrag {
  TotaalBedrag: Amount;
  DebetCredit: 'D' | 'C';
}
export interface Prestatie {
  ProductReferentie: { ReferentieNummer: string; VorigReferentieNummer?: string };
  ToewijzingNummer: number;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: { Begindatum: string; Einddatum: string };
  /** In cents when Eenheid is 83. */
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: Amount;
  IngediendBedrag: Bedrag;
}
export interface Declaratie {
  DeclaratieNummer: string;
  DeclaratiePeriode: { Begindatum: string; Einddatum: string };
  DeclaratieDagtekening: string;
  TotaalIngediendBedrag: TotaalBedrag;
  Clienten: { Client: { Bsn: string; Prestaties: { Prestatie: Prestatie[] } }[] };
}
export interface DeclaratieAntwoord {
  DeclaratieNummer: string;
  TotaalIngediendBedrag: TotaalBedrag;
  TotaalToegekendBedrag: TotaalBedrag;
  Clienten?: {
    Client: {
      Bsn: string;
      Prestaties: { Prestatie: (Prestatie & { RetourCodes: RetourCodes })[] };
      RetourCodes: RetourCodes;
    }[];
  };
  RetourCodes: RetourCodes;
}

/** A retour repeats its heen body with RetourCodes on every message-level class. */
export type Retour<T> = T extends readonly (infer U)[]
  ? Retour<U>[]
  : T extends Amount
    ? T
    : T extends object
      ? { [K in keyof T]: Retour<T[K]> } & { RetourCodes?: RetourCodes }
      : T;

interface Base<N extends MessageNumber> {
  messageType: N;
  standard: Standard;
  /** WMO301, JW436 … */
  name: string;
}

export interface Message301 extends Base<'301'> {
  Header: HeenHeader;
  Client: Client301;
}
export interface Message302 extends Base<'302'> {
  Header: RetourHeader;
  Client?: Retour<Client301>;
}
export interface Message305 extends Base<'305'> {
  Header: HeenHeader;
  Client: Client305;
}
export interface Message306 extends Base<'306'> {
  Header: RetourHeader;
  Client?: Retour<Client305>;
}
export interface Message307 extends Base<'307'> {
  Header: HeenHeader;
  Client: Client307;
}
export interface Message308 extends Base<'308'> {
  Header: RetourHeader;
  Client?: Retour<Client307>;
}
export interface Message315 extends Base<'315'> {
  Header: HeenHeader;
  Client: Client315;
}
export interface Message316 extends Base<'316'> {
  Header: RetourHeader;
  Client?: Retour<Client315>;
}
export interface Message317 extends Base<'317'> {
  Header: HeenHeader;
  Client: Client317;
}
export interface Message318 extends Base<'318'> {
  Header: RetourHeader;
  Client?: Retour<Client317>;
}
export interface Message319 extends Base<'319'> {
  Header: HeenHeader;
  Antwoord: Antwoord;
}
export interface Message320 extends Base<'320'> {
  Header: RetourHeader;
  Antwoord?: Retour<Antwoord>;
}
export interface Message323 extends Base<'323'> {
  Header: HeenHeader;
  Declaratie: Declaratie;
}
export interface Message325 extends Base<'325'> {
  Header: Header325;
  DeclaratieAntwoord?: DeclaratieAntwoord;
}

/** Every iWmo/iJw 3.2 message, discriminated on `messageType`. */
export type IstandaardMessage =
  | Message301
  | Message302
  | Message305
  | Message306
  | Message307
  | Message308
  | Message315
  | Message316
  | Message317
  | Message318
  | Message319
  | Message320
  | Message323
  | Message325;

export type MessageOf<N extends MessageNumber> = Extract<IstandaardMessage, { messageType: N }>;
