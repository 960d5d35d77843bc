// The catalog as the API gives it (GET /tabellen, /indicatoren, /gold-tabellen), in one shape for
// silver and gold tables.

export type Classification = 'bsn' | 'personal' | 'special' | 'none';

export interface CatalogColumn {
  naam: string;
  type: string;
  verplicht?: boolean;
  rol?: string;
  definitie?: string;
  classificatie: Classification;
}

export interface CatalogTable {
  /** silver: the table name; gold: `gold.<metric id>` (also its path in the app). */
  naam: string;
  schema: 'silver' | 'gold';
  soort: string;
  ggmKlasse?: string;
  titel?: string;
  definitie?: string;
  aantalRijen: number | null;
  bijgewerktOp: string | null;
  kwaliteit: { status: 'goed' | 'fouten' | 'onbekend'; checks: number; failed: number };
  kolommen: CatalogColumn[];
  /** gold only */
  onderdrukteCellen?: number;
}

export interface GoldFacts {
  naam: string;
  indicator: string;
  berekendOp: string;
  cellen: number;
  onderdrukteCellen: number;
}

/** The classifications worth a badge, strongest first. */
export const BADGED: readonly Classification[] = ['bsn', 'special', 'personal'];
