import type { DuckDbSettings } from './engine-spec.js';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Location } from '../diagnostics/diagnostic.js';

/** The file every project has at its root. */
export const PROJECT_FILE = 'ggm.yaml';

export const FILE_FORMATS = ['csv', 'json', 'ndjson', 'parquet', 'xlsx', 'bag', 'istandaarden'] as const;
export const DATABASE_FORMATS = ['postgres'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
export type DatabaseFormat = (typeof DATABASE_FORMATS)[number];

/** Text encodings a CSV source may declare; without one it is detected from a sample. */
export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'utf-16le', 'utf-16be'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** CSV settings from the source config; each one left out is detected from the file. */
export interface CsvSettings {
  delimiter?: string;
  quote?: string;
  escape?: string;
  encoding?: CsvEncoding;
  header?: boolean;
  /** The decimal separator the export uses; recorded with each batch for the silver mappings. */
  decimal?: ',' | '.';
}

interface SourceBase {
  /** Also the bronze table name: lower case letters, digits and `_`. */
  name: string;
  description?: string;
  /** Where the source is declared in ggm.yaml. */
  at: Location;
}

export interface FileSourceConfig extends SourceBase {
  kind: 'file';
  format: FileFormat;
  /** As written: relative to the project directory; `*` in the last segment matches several files. */
  path: string;
  csv: CsvSettings;
  /** xlsx: the sheet (default: the first). */
  sheet?: string;
  /** xlsx: the row with the column names (default 1); data starts below it. */
  headerRow?: number;
}

export interface DatabaseSourceConfig extends SourceBase {
  kind: 'database';
  format: DatabaseFormat;
  url: string;
  /** `schema.table`, or `query`: exactly one is set. */
  table?: string;
  query?: string;
}

export type SourceConfig = FileSourceConfig | DatabaseSourceConfig;

export interface ProjectConfig {
  /** Absolute path of ggm.yaml and of the directory it is in. */
  file: string;
  dir: string;
  /** GGM release version (`v2.5.1`) or a workbook path. */
  model?: string;
  /** `duckdb:<file>` or `postgres://…`, as written (environment variables expanded). */
  engine: string;
  /**
   * `engine_settings:` for DuckDB: `memory_limit` (`4GB`, `40%`) and `temp_directory` (relative to the
   * project) as written; without them the engine takes half the memory and spills beside the warehouse.
   */
  engineSettings?: DuckDbSettings;
  /** Domains in scope (names or numbers); empty means the whole model. */
  domains: string[];
  /** Where each entry of `domains` is written, for diagnostics once the model is loaded. */
  domainsAt: Location[];
  sources: SourceConfig[];
  /**
   * Directories outside the project folder that source paths may name (`allow_paths`, absolute,
   * resolved against the project folder). User SQL (`ggm query`, custom checks) may read files in
   * the project folder and these, nothing else.
   */
  allowPaths: string[];
}

/** Whether `path` (absolute) is `dir` or inside it, by name: `..` segments are resolved first. */
export function isInsideDirectory(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The directories files may be read from: the project folder, then `allow_paths`. */
export function readableDirectories(config: Pick<ProjectConfig, 'dir' | 'allowPaths'>): string[] {
  return [config.dir, ...config.allowPaths];
}

/** The format a file path implies, when its extension is a known one. */
export function formatFromPath(path: string): FileFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
    case 'txt':
    case 'tsv':
      return 'csv';
    case 'json':
      return 'json';
    case 'ndjson':
    case 'jsonl':
      return 'ndjson';
    case 'parquet':
      return 'parquet';
    case 'xlsx':
      return 'xlsx';
    default:
      return undefined;
  }
}
