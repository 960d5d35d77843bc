// The API's run and step records (GET /runs, /runs/{id}/stappen).

export interface Run {
  id: string;
  status: string;
  gestartOp: string | null;
  beeindigdOp: string | null;
  geplandeStappen: number | null;
  bericht: string | null;
}

export interface RunStep {
  stap: string;
  soort: string;
  status: string;
  gestartOp: string | null;
  beeindigdOp: string | null;
  batches: number | null;
  rijen: number | null;
  bericht: string | null;
}

export interface ApiPage<K extends string, T> {
  _embedded: Record<K, T[]>;
  page: { number: number; size: number; totalElements?: number; totalPages?: number };
  _links: { next?: { href: string }; prev?: { href: string } };
}
