// The shapes the model routes answer with (src/server/routes/model-*-routes.ts), and their calls.
import { apiGet } from '../../api/client.js';

export interface Page<K extends string, T> {
  _embedded: Record<K, T[]>;
  page: { number: number; size: number; totalElements: number; totalPages: number };
}

export interface PackageSummary {
  id: string;
  naam: string;
  aantalSubpakketten: number;
  aantalKlassen: number;
  aantalDiagrammen: number;
}

export interface PackageDetail extends PackageSummary {
  pad: string[];
  definitie?: string;
  subpakketten: PackageSummary[];
  diagrammen: { id: string; naam: string }[];
}

export interface ClassItem {
  naam: string;
  ggmNaam: string;
  stereotype?: string;
  pakket?: string;
  definitie?: string;
}

export interface ClassRef {
  /** Absent for a datatype (no class page). */
  naam?: string;
  ggmNaam: string;
}

export interface ClassDetail {
  naam: string;
  ggmNaam: string;
  pakket?: { id: string; naam: string; pad: string[] };
  definitie?: string;
  toelichting?: string;
  stereotype?: string;
  alias?: string;
  uri?: string;
  abstract: boolean;
  synoniemen: string[];
  superklassen: ClassRef[];
  subklassen: ClassRef[];
  attributen: {
    naam: string;
    type: { soort: string; tekst: string; enumeratie?: string; klasse?: string };
    kardinaliteit: string;
    definitie?: string;
    geerfdVan?: ClassRef;
  }[];
  associaties: {
    naam: string;
    richting: 'uitgaand' | 'inkomend';
    klasse: ClassRef;
    kardinaliteit: string;
    rol?: string;
    definitie?: string;
  }[];
  enumeraties: {
    id: string;
    naam: string;
    definitie?: string;
    waarden: { naam: string; code?: string; definitie?: string }[];
  }[];
  mim: Record<string, string>;
  gemma: Record<string, string>;
  diagrammen: { id: string; naam: string }[];
}

export interface DiagramSummary {
  id: string;
  naam: string;
  pakket: string;
  aantalKlassen: number;
  aantalEnumeraties: number;
}

export interface DiagramClass {
  id: string;
  naam?: string;
  ggmNaam: string;
  stereotype?: string;
  abstract: boolean;
  attributen: { naam: string; type: string; kardinaliteit: string }[];
}

export interface DiagramRelation {
  id: string;
  soort: 'associatie' | 'generalisatie';
  van: string;
  naar: string;
  naam: string;
  vanKardinaliteit?: string;
  naarKardinaliteit?: string;
}

export interface DiagramDetail {
  id: string;
  naam: string;
  pakket?: { id: string; naam: string; pad: string[] };
  klassen: DiagramClass[];
  enumeraties: { id: string; naam: string; waarden: string[] }[];
  relaties: DiagramRelation[];
}

export interface DiffSummary {
  van: string;
  naar: string;
  soorten: { soort: string; toegevoegd: number; verwijderd: number; hernoemd: number; gewijzigd: number }[];
}

export interface DiffEntry {
  wijziging: 'toegevoegd' | 'verwijderd' | 'hernoemd' | 'gewijzigd';
  element: string;
  velden: { veld: string; voor: string; na: string }[];
}

const enc = encodeURIComponent;

export const modelApi = {
  domains: () => apiGet<Page<'pakketten', PackageSummary>>('/model/pakketten', { pageSize: 100 }),
  package: (id: string) => apiGet<PackageDetail>(`/model/pakketten/${enc(id)}`),
  packageClasses: (id: string, page: number) =>
    apiGet<Page<'klassen', ClassItem>>(`/model/pakketten/${enc(id)}/klassen`, { page, pageSize: 50 }),
  search: (zoek: string) => apiGet<Page<'klassen', ClassItem>>('/klassen', { zoek, pageSize: 25 }),
  klasse: (naam: string) => apiGet<ClassDetail>(`/model/klassen/${enc(naam)}`),
  diagrams: (page: number, zoek?: string) =>
    apiGet<Page<'diagrammen', DiagramSummary>>('/model/diagrammen', { page, pageSize: 50, zoek }),
  diagram: (id: string) => apiGet<DiagramDetail>(`/model/diagrammen/${enc(id)}`),
  releases: () => apiGet<{ releases: string[]; project?: string }>('/model/releases'),
  diff: (van: string, naar: string) => apiGet<DiffSummary>('/model/verschil', { van, naar }),
  diffKind: (soort: string, van: string, naar: string, page: number) =>
    apiGet<Page<'wijzigingen', DiffEntry>>(`/model/verschil/${enc(soort)}`, {
      van,
      naar,
      page,
      pageSize: 50,
    }),
};

/** The web app's path of a class page. */
export const classPath = (naam: string) => `/model/klassen/${enc(naam)}`;
export const diagramPath = (id: string) => `/model/diagrammen/${enc(id)}`;
