// What the API says about a gold metric (GET /indicatoren) and the rows of its long table
// (GET /indicatoren/{id}/gegevens): period columns, one column per dimension, teller/noemer/waarde and
// the suppressed flag.

export interface Indicator {
  id: string;
  titel: string;
  definitie: string;
  eenheid: 'persons' | 'count' | 'euro' | 'days' | 'rate';
  schaal?: number;
  perioden: string[];
  dimensies: { naam: string; titel: string }[];
  onderdrukkingsdrempel?: number;
  bronnen: string[];
}

export type Grain = 'month' | 'quarter' | 'halfyear' | 'year';

export interface GoldRow {
  periode: string;
  periode_start?: string;
  grain: string;
  teller: number | null;
  noemer: number | null;
  waarde: number | null;
  onderdrukt: boolean;
  /** Dimension values by dimension name (`Totaal` = all values). */
  [dimension: string]: string | number | boolean | null | undefined;
}

export interface Page<T> {
  _embedded?: Record<string, T[]>;
  page?: { number: number; size: number; totalElements: number; totalPages: number };
}

/** The value of "all values of this dimension" in a gold table. */
export const TOTAL = 'Totaal';

/** The metric another engineer is making first-class: the zorgpad flows. */
export const FLOW_METRIC = 'zorgpad_stromen';
