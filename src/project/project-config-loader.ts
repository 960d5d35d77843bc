import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { parseEngineSpec, parseMemoryLimit, type DuckDbSettings } from './engine-spec.js';
import {
  CSV_ENCODINGS,
  DATABASE_FORMATS,
  FILE_FORMATS,
  formatFromPath,
  isInsideDirectory,
  PROJECT_FILE,
  type CsvSettings,
  type FileFormat,
  type ProjectConfig,
  type SourceConfig,
} from './project-config.js';

/**
 * Config problems (codes stay stable):
 * GGM-I101 YAML syntax, GGM-I102 unknown key, GGM-I103 wrong type, GGM-I104 missing key,
 * GGM-I105 invalid value, GGM-I106 duplicate source name, GGM-I107 invalid source name,
 * GGM-I108 unset environment variable, GGM-I109 project file not found,
 * GGM-I112 a source path outside the project folder and `allow_paths`.
 * (GGM-I110 and GGM-I111 are the ingest's and the domains'; GGM-I113 an unreachable warehouse and
 * GGM-I114 an engine file that is not a DuckDB database are the project service's.)
 */
export interface ConfigResult {
  config?: ProjectConfig;
  diagnostics: Diagnostic[];
}

const TOP_KEYS = ['model', 'engine', 'engine_settings', 'domains', 'sources', 'allow_paths'];
const ENGINE_SETTING_KEYS = ['memory_limit', 'temp_directory'];
const SOURCE_KEYS = [
  'name',
  'description',
  'format',
  'path',
  'csv',
  'sheet',
  'headerRow',
  'url',
  'table',
  'query',
];
const CSV_KEYS = ['delimiter', 'quote', 'escape', 'encoding', 'header', 'decimal'];
const SOURCE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

class ConfigReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly env: Record<string, string | undefined>,
  ) {}

  at(node: Node | Pair | null | undefined): Location {
    const range =
      node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node)?.range : undefined;
    if (!range) return { file: this.file };
    const pos = this.lines.linePos(range[0]);
    return { file: this.file, line: pos.line, col: pos.col };
  }

  error(code: string, node: Node | Pair | null | undefined, message: string, hint?: string): void {
    this.diagnostics.push({ code, severity: 'error', message, at: this.at(node), ...(hint ? { hint } : {}) });
  }

  /** The pairs of a mapping, reporting keys that are not allowed (with the nearest allowed one). */
  entries(map: YAMLMap, allowed: readonly string[], where: string): Map<string, Pair> {
    const out = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) {
        this.error('GGM-I103', pair.key as Node, `${where}: keys must be plain names`);
        continue;
      }
      if (!allowed.includes(key)) {
        this.error(
          'GGM-I102',
          pair.key as Node,
          `${where}: unknown key "${key}"`,
          didYouMean(key, allowed) ?? `allowed: ${allowed.join(', ')}`,
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  /** A scalar string (numbers are accepted and turned into text), with `${VAR}` expanded when asked. */
  string(pair: Pair | undefined, what: string, expand = false): string | undefined {
    if (!pair) return undefined;
    const node = pair.value as Node | null;
    if (
      !isScalar(node) ||
      node.value === null ||
      typeof node.value === 'boolean' ||
      typeof node.value === 'object'
    ) {
      this.error('GGM-I103', node ?? pair, `${what} must be text`);
      return undefined;
    }
    const text = String(node.value);
    return expand ? this.expand(text, node) : text;
  }

  boolean(pair: Pair | undefined, what: string): boolean | undefined {
    if (!pair) return undefined;
    const node = pair.value as Node | null;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.error('GGM-I103', node ?? pair, `${what} must be true or false`);
      return undefined;
    }
    return node.value;
  }

  integer(pair: Pair | undefined, what: string, min: number): number | undefined {
    if (!pair) return undefined;
    const node = pair.value as Node | null;
    if (
      !isScalar(node) ||
      typeof node.value !== 'number' ||
      !Number.isInteger(node.value) ||
      node.value < min
    ) {
      this.error('GGM-I103', node ?? pair, `${what} must be a whole number of at least ${min}`);
      return undefined;
    }
    return node.value;
  }

  oneOf<T extends string>(pair: Pair | undefined, what: string, values: readonly T[]): T | undefined {
    const text = this.string(pair, what);
    if (text === undefined) return undefined;
    const found = values.find((v) => v === text.toLowerCase());
    if (!found) {
      this.error(
        'GGM-I105',
        pair?.value as Node,
        `${what}: "${text}" is not one of ${values.join(', ')}`,
        didYouMean(text, values),
      );
    }
    return found;
  }

  /** `${VAR}` expanded in a text read from a list item. */
  expandText(text: string, node: Node): string {
    return this.expand(text, node);
  }

  private expand(text: string, node: Node): string {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const value = this.env[name];
      if (value === undefined) {
        this.error('GGM-I108', node, `environment variable ${name} is not set`);
        return '';
      }
      return value;
    });
  }
}

function readCsv(r: ConfigReader, pair: Pair | undefined, source: string): CsvSettings {
  if (!pair) return {};
  if (!isMap(pair.value)) {
    r.error('GGM-I103', (pair.value as Node) ?? pair, `sources.${source}.csv must be a mapping`);
    return {};
  }
  const e = r.entries(pair.value, CSV_KEYS, `sources.${source}.csv`);
  const csv: CsvSettings = {};
  for (const key of ['delimiter', 'quote', 'escape'] as const) {
    const value = r.string(e.get(key), `${key}`);
    if (value === undefined) continue;
    const ch = value === '\\t' ? '\t' : value;
    if (ch.length !== 1)
      r.error('GGM-I105', e.get(key)?.value as Node, `${key} must be one character, got "${value}"`);
    else csv[key] = ch;
  }
  const encoding = r.oneOf(e.get('encoding'), 'encoding', CSV_ENCODINGS);
  if (encoding) csv.encoding = encoding;
  const header = r.boolean(e.get('header'), 'header');
  if (header !== undefined) csv.header = header;
  const decimal = r.oneOf(e.get('decimal'), 'decimal', [',', '.'] as const);
  if (decimal) csv.decimal = decimal;
  return csv;
}

/** Where file sources may be: the project folder and the `allow_paths` directories (absolute). */
interface PathRoots {
  dir: string;
  allowed: readonly string[];
}

function readSource(
  r: ConfigReader,
  node: Node | null,
  index: number,
  roots: PathRoots,
): SourceConfig | undefined {
  if (!isMap(node)) {
    r.error('GGM-I103', node, `sources[${index}] must be a mapping with at least name and path`);
    return undefined;
  }
  const e = r.entries(node, SOURCE_KEYS, `sources[${index}]`);
  const name = r.string(e.get('name'), 'name');
  if (name === undefined) {
    if (!e.has('name')) r.error('GGM-I104', node, `sources[${index}] has no name`);
    return undefined;
  }
  if (!SOURCE_NAME.test(name)) {
    r.error(
      'GGM-I107',
      e.get('name')?.value as Node,
      `source name "${name}" is not a valid name: use lower case letters, digits and _ (it names the bronze table)`,
      `for example ${
        name
          .toLowerCase()
          .replace(/[^a-z0-9_]+/g, '_')
          .replace(/^[^a-z]+/, '') || 'source_1'
      }`,
    );
  }
  const at = r.at(node);
  const description = r.string(e.get('description'), 'description');
  const base = { name, at, ...(description ? { description } : {}) };
  const formatPair = e.get('format');
  const format = formatPair
    ? r.oneOf(formatPair, `sources.${name}.format`, [...FILE_FORMATS, ...DATABASE_FORMATS])
    : undefined;

  if (format === 'postgres' || (!formatPair && e.has('url'))) {
    for (const key of ['path', 'csv', 'sheet', 'headerRow'])
      if (e.has(key))
        r.error('GGM-I105', e.get(key)?.key as Node, `sources.${name}: ${key} is for file sources`);
    const url = r.string(e.get('url'), `sources.${name}.url`, true);
    if (!e.has('url')) r.error('GGM-I104', node, `sources.${name}: a postgres source needs url`);
    const table = r.string(e.get('table'), `sources.${name}.table`);
    const query = r.string(e.get('query'), `sources.${name}.query`);
    if ((table === undefined) === (query === undefined) && e.has('table') === e.has('query')) {
      r.error('GGM-I104', node, `sources.${name}: give either table or query`);
    }
    if (url === undefined) return undefined;
    return {
      ...base,
      kind: 'database',
      format: 'postgres',
      url,
      ...(table !== undefined ? { table } : {}),
      ...(query !== undefined ? { query } : {}),
    };
  }

  for (const key of ['url', 'table', 'query'])
    if (e.has(key))
      r.error('GGM-I105', e.get(key)?.key as Node, `sources.${name}: ${key} is for database sources`);
  const path = r.string(e.get('path'), `sources.${name}.path`, true);
  if (!e.has('path')) r.error('GGM-I104', node, `sources.${name} has no path (or url for a database)`);
  if (path === undefined) return undefined;
  const full = resolve(roots.dir, path);
  if (![roots.dir, ...roots.allowed].some((root) => isInsideDirectory(root, full))) {
    r.error(
      'GGM-I112',
      e.get('path')?.value as Node,
      `sources.${name}.path "${path}" is outside the project folder${roots.allowed.length > 0 ? ' and allow_paths' : ''}`,
      `to read it, list its directory under allow_paths in ${PROJECT_FILE}`,
    );
    return undefined;
  }
  const fileFormat = (format as SourceConfig['format'] | undefined) ?? formatFromPath(path);
  if (!fileFormat) {
    if (!formatPair)
      r.error(
        'GGM-I104',
        e.get('path')?.value as Node,
        `sources.${name}: cannot tell the format from "${path}"; add format: ${FILE_FORMATS.join(' | ')}`,
      );
    return undefined;
  }
  const csv = readCsv(r, e.get('csv'), name);
  if (e.has('csv') && fileFormat !== 'csv')
    r.error('GGM-I105', e.get('csv')?.key as Node, `sources.${name}: csv settings on a ${fileFormat} source`);
  const sheet = r.string(e.get('sheet'), `sources.${name}.sheet`);
  const headerRow = r.integer(e.get('headerRow'), `sources.${name}.headerRow`, 1);
  return {
    ...base,
    kind: 'file',
    format: fileFormat as FileFormat,
    path,
    csv,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(headerRow !== undefined ? { headerRow } : {}),
  };
}

/** `engine_settings:` (DuckDB's memory bound and spill directory), checked but not yet resolved. */
function readEngineSettings(r: ConfigReader, pair: Pair | undefined): DuckDbSettings | undefined {
  const node = pair?.value as Node | null | undefined;
  if (node === undefined || node === null) return undefined;
  if (!isMap(node)) {
    r.error('GGM-I103', node, 'engine_settings must be a mapping (memory_limit, temp_directory)');
    return undefined;
  }
  const e = r.entries(node, ENGINE_SETTING_KEYS, 'engine_settings');
  const settings: DuckDbSettings = {};
  const memoryLimit = r.string(e.get('memory_limit'), 'engine_settings.memory_limit', true);
  if (memoryLimit !== undefined) {
    const parsed = parseMemoryLimit(memoryLimit);
    if ('error' in parsed) r.error('GGM-I105', e.get('memory_limit')?.value as Node, parsed.error);
    else settings.memoryLimit = memoryLimit;
  }
  const tempDirectory = r.string(e.get('temp_directory'), 'engine_settings.temp_directory', true);
  if (tempDirectory !== undefined) {
    if (tempDirectory.trim() === '')
      r.error('GGM-I105', e.get('temp_directory')?.value as Node, 'engine_settings.temp_directory is empty');
    else settings.tempDirectory = tempDirectory;
  }
  return settings;
}

/** Parses ggm.yaml text; every problem is a diagnostic with line and column, nothing throws. */
export function parseProjectConfig(
  text: string,
  file: string,
  env: Record<string, string | undefined> = process.env,
): ConfigResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const r = new ConfigReader(file, lines, env);
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    r.diagnostics.push({
      code: 'GGM-I101',
      severity: 'error',
      message: `YAML: ${e.message.split('\n')[0]}`,
      at: { file, ...(pos ? { line: pos.line, col: pos.col } : {}) },
    });
  }
  if (doc.errors.length > 0) return { diagnostics: r.diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    r.error('GGM-I103', root, `${PROJECT_FILE} must be a mapping with engine and sources`);
    return { diagnostics: r.diagnostics };
  }
  const e = r.entries(root, TOP_KEYS, PROJECT_FILE);
  const model = r.string(e.get('model'), 'model');
  const engine = r.string(e.get('engine'), 'engine', true);
  if (!e.has('engine')) r.error('GGM-I104', root, 'engine is missing: use duckdb:<file> or postgres://…');
  if (engine !== undefined) {
    const spec = parseEngineSpec(engine);
    if ('error' in spec) r.error('GGM-I105', e.get('engine')?.value as Node, spec.error);
  }

  const engineSettings = readEngineSettings(r, e.get('engine_settings'));

  const domains: string[] = [];
  const domainsAt: Location[] = [];
  const domainsNode = e.get('domains')?.value as Node | null | undefined;
  if (domainsNode !== undefined && domainsNode !== null) {
    if (!isSeq(domainsNode)) r.error('GGM-I103', domainsNode, 'domains must be a list of domain names');
    else
      for (const item of domainsNode.items as Node[]) {
        if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
          domains.push(String(item.value));
          domainsAt.push(r.at(item));
        } else r.error('GGM-I103', item, 'each domain is a name or number');
      }
  }

  const dir = dirname(resolve(file));
  const allowPaths: string[] = [];
  const allowNode = e.get('allow_paths')?.value as Node | null | undefined;
  if (allowNode !== undefined && allowNode !== null) {
    if (!isSeq(allowNode)) r.error('GGM-I103', allowNode, 'allow_paths must be a list of directories');
    else
      for (const item of allowNode.items as Node[]) {
        const text = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
        if (text === undefined || text.trim() === '') {
          r.error('GGM-I103', item, 'each entry of allow_paths is a directory path');
          continue;
        }
        const expanded = r.expandText(text, item);
        if (expanded === '' || resolve(dir, expanded) === resolve('/')) {
          r.error('GGM-I105', item, `allow_paths: "${text}" would allow every file; name a directory`);
          continue;
        }
        allowPaths.push(resolve(dir, expanded));
      }
  }

  const sources: SourceConfig[] = [];
  const sourcesNode = e.get('sources')?.value as Node | null | undefined;
  if (sourcesNode !== undefined && sourcesNode !== null) {
    if (!isSeq(sourcesNode))
      r.error('GGM-I103', sourcesNode, 'sources must be a list (each item starts with "- name:")');
    else {
      const seen = new Map<string, Location>();
      (sourcesNode.items as Node[]).forEach((item, i) => {
        const source = readSource(r, item, i, { dir, allowed: allowPaths });
        if (!source) return;
        const first = seen.get(source.name);
        if (first) {
          r.error(
            'GGM-I106',
            item,
            `source name "${source.name}" is used twice`,
            `first at line ${first.line}`,
          );
          return;
        }
        seen.set(source.name, source.at);
        sources.push(source);
      });
    }
  }
  if (r.diagnostics.some((d) => d.severity === 'error') || engine === undefined)
    return { diagnostics: r.diagnostics };
  return {
    config: {
      file: resolve(file),
      dir,
      ...(model ? { model } : {}),
      engine,
      ...(engineSettings ? { engineSettings } : {}),
      domains,
      domainsAt,
      sources,
      allowPaths,
    },
    diagnostics: r.diagnostics,
  };
}

/** Reads `<dir>/ggm.yaml` (or the file itself when `path` names one). */
export async function loadProjectConfig(
  path: string,
  env: Record<string, string | undefined> = process.env,
): Promise<ConfigResult> {
  const file = path.endsWith('.yaml') || path.endsWith('.yml') ? path : resolve(path, PROJECT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {
      diagnostics: [
        {
          code: 'GGM-I109',
          severity: 'error',
          message: `no project here: ${file} does not exist`,
          at: { file },
          hint: 'create one with ggm init <dir>',
        },
      ],
    };
  }
  return parseProjectConfig(text, file, env);
}
