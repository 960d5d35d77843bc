// What the overview reads from the API, and a head start for it: on a first load of `/` the entry
// script starts these requests before React has drawn anything (instead of after the overview's chunk
// has loaded and its components have been committed), and the components take the answers over.
// Small on purpose: it is part of the entry script.
import { apiGet } from '../../api/client.js';
import type { ApiPage, Run, RunStep } from '../runs/run-types.js';

export interface Overview {
  lagen: { laag: 'bronze' | 'silver' | 'gold'; tabellen: number; rijen: number }[];
  bronnen: {
    bron: string;
    batches: number;
    mislukteBatches: number;
    rijenGeladen: number;
    rijenInQuarantaine: number;
    laatstGeladenOp: string | null;
  }[];
}

export interface Check {
  controle: string;
  tabel: string;
  kolom: string | null;
  status: string;
  overtredingen: number | null;
  omschrijving: string | null;
}

export async function loadLastRun(): Promise<{ run: Run; steps: RunStep[] } | undefined> {
  // one request: the newest run with its steps embedded (not a second round trip for the steps)
  const runs = await apiGet<ApiPage<'runs', Run & { _embedded?: { stappen: RunStep[] } }>>('/runs', {
    pageSize: 1,
    expand: 'stappen',
  });
  const run = runs._embedded.runs[0];
  if (!run) return undefined;
  const { _embedded: embedded, ...rest } = run;
  return { run: rest, steps: embedded?.stappen ?? [] };
}

export const loadLayers = () => apiGet<Overview>('/overzicht');

/** The checks of the last run that failed or could not run, errors first. */
export async function loadFailingChecks(): Promise<Check[]> {
  // one request for both outcomes (each request is a governed, audited read on the server)
  const page = await apiGet<ApiPage<'controles', Check>>('/kwaliteit', {
    status: 'error,fail',
    pageSize: 100,
  });
  const checks = page._embedded.controles;
  return [...checks.filter((c) => c.status === 'error'), ...checks.filter((c) => c.status !== 'error')];
}

const LOADERS = { lastRun: loadLastRun, layers: loadLayers, failingChecks: loadFailingChecks };
type Part = keyof typeof LOADERS;

/** Requests started ahead, for the signed-in token they were started with. */
let ahead: { token: string; parts: Map<Part, Promise<unknown>> } | undefined;

/** Starts every request of the overview now (the API client already holds `token`). */
export function prefetchOverview(token: string): void {
  const parts = new Map<Part, Promise<unknown>>();
  for (const [part, load] of Object.entries(LOADERS) as [Part, () => Promise<unknown>][]) {
    const pending = load();
    pending.catch(() => undefined); // the component that takes it over reports the problem
    parts.set(part, pending);
  }
  ahead = { token, parts };
}

/**
 * The answer started ahead for this token, taken once (a later visit or a switch of user reads
 * afresh); else a new request.
 */
export function overviewPart<P extends Part>(
  part: P,
  token: string | undefined,
): ReturnType<(typeof LOADERS)[P]> {
  const pending = ahead && ahead.token === token ? ahead.parts.get(part) : undefined;
  if (pending) {
    ahead!.parts.delete(part);
    return pending as ReturnType<(typeof LOADERS)[P]>;
  }
  return LOADERS[part]() as ReturnType<(typeof LOADERS)[P]>;
}
