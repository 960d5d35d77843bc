import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LATEST_KNOWN_RELEASE } from '../model/release-download.js';
import { governanceTemplate } from '../governance/governance-template.js';
import { GOVERNANCE_FILE } from '../governance/parse-governance.js';
import { PROJECT_FILE } from './project-config.js';

export interface InitOptions {
  /** `duckdb:<file>` or `postgres://…`; default `duckdb:warehouse.duckdb` inside the project. */
  engine?: string;
  /** GGM release version or workbook path; default the newest release the platform knows (`LATEST_KNOWN_RELEASE`). */
  model?: string;
  domains?: string[];
  /** Overwrite an existing ggm.yaml. */
  force?: boolean;
}

export interface InitResult {
  dir: string;
  created: string[];
}

export const PROJECT_FOLDERS = ['sources', 'mappings', 'checks'] as const;

function yamlString(text: string): string {
  return /^[\w./:@-]+$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

/** The ggm.yaml a new project starts with: the settings, and commented examples of every source kind. */
export function projectTemplate(options: InitOptions = {}): string {
  const domains = options.domains ?? [];
  return [
    '# GGM project: see docs/lakehouse.md',
    `model: ${yamlString(options.model ?? LATEST_KNOWN_RELEASE)}            # GGM release version, or a path to the release workbook`,
    `engine: ${yamlString(options.engine ?? 'duckdb:warehouse.duckdb')}  # or postgres://user@host/database (\${VAR} is expanded)`,
    '# engine_settings:             # DuckDB: memory bound (default 50% of RAM) and where it spills',
    '#   memory_limit: 8GB',
    '#   temp_directory: warehouse.duckdb.tmp',
    `domains: [${domains.map(yamlString).join(', ')}]          # domains in scope (names or numbers); empty = all`,
    'sources: []',
    '# sources:                     # each source loads into bronze.<name>',
    '#   - name: brp_personen',
    '#     path: sources/brp.csv    # * in the file name loads every match, one batch per file',
    '#     csv:                     # all optional: detected from the file',
    "#       delimiter: ';'",
    '#       encoding: windows-1252',
    "#       decimal: ','",
    '#   - name: wmo_voorzieningen',
    '#     path: sources/voorzieningen.xlsx',
    '#     sheet: Blad1',
    '#   - name: zaken',
    '#     format: postgres',
    '#     url: postgres://reader@zaaksysteem/zaken',
    '#     table: public.zaak        # or query: SELECT …',
    '# allow_paths: [/data/exports]  # directories outside the project that source paths may name',
    '',
  ].join('\n');
}

/** Creates a project directory: ggm.yaml, sources/, mappings/, checks/ and a .gitignore. */
export async function initProject(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const root = resolve(dir);
  const file = join(root, PROJECT_FILE);
  if (existsSync(file) && !options.force) {
    throw new Error(`${file} already exists (use --force to overwrite it)`);
  }
  const created: string[] = [];
  await mkdir(root, { recursive: true });
  for (const folder of PROJECT_FOLDERS) {
    const path = join(root, folder);
    if (!existsSync(path)) {
      await mkdir(path);
      await writeFile(join(path, '.gitkeep'), '');
      created.push(`${folder}/`);
    }
  }
  await writeFile(file, projectTemplate(options));
  created.unshift(PROJECT_FILE);
  // the policy starts as deny-all; an existing one is never overwritten, not even with --force
  const governance = join(root, GOVERNANCE_FILE);
  if (!existsSync(governance)) {
    await writeFile(governance, governanceTemplate());
    created.push(GOVERNANCE_FILE);
  }
  const ignore = join(root, '.gitignore');
  if (!existsSync(ignore)) {
    await writeFile(ignore, '*.duckdb\n*.duckdb.wal\n.ggm/keys/\n');
    created.push('.gitignore');
  }
  return { dir: root, created };
}
