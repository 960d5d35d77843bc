import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ApiKeyConfig, AuthenticationConfig } from './authentication-config.js';
import { GOVERNANCE_CODES as G } from './governance-codes.js';
import {
  DEFAULT_MAX_PAGE_SIZE,
  denyAllPolicy,
  HARD_MAX_PAGE_SIZE,
  type ClassificationOverride,
  type GovernancePolicy,
  type Grant,
  type GrantTreatments,
  type Purpose,
  type Role,
} from './governance-policy.js';
import type { Classification, Treatment } from './governed-read.js';
import { YamlReader } from './yaml-reader.js';

export const GOVERNANCE_FILE = 'governance.yaml';

export const CLASSIFICATIONS: readonly Classification[] = ['bsn', 'personal', 'special', 'none'];
export const TREATMENTS: readonly Treatment[] = [
  'clear',
  'pseudonymised',
  'masked',
  'generalised',
  'withheld',
];

const TOP_KEYS = [
  'mode',
  'purposes',
  'roles',
  'grants',
  'classification',
  'keys',
  'audit_key',
  'authentication',
];
const PURPOSE_KEYS = ['id', 'uri', 'name', 'legal_basis', 'special_category_exception', 'retention'];
const ROLE_KEYS = ['name', 'description', 'purposes'];
const GRANT_KEYS = ['role', 'purpose', 'tables', 'columns', 'rows', 'treatments', 'max_page_size'];
const AUTH_KEYS = ['oidc', 'api_keys'];
const OIDC_KEYS = [
  'issuer',
  'audience',
  'jwks_url',
  'jwks_file',
  'algorithms',
  'role_claim',
  'web_client_id',
  'web_scope',
];
const API_KEY_KEYS = ['name', 'sha256', 'roles'];
const NAME = /^[a-z][a-z0-9_-]{0,62}$/;

export interface GovernanceResult {
  /** Absent when the file has errors. */
  policy?: GovernancePolicy;
  diagnostics: Diagnostic[];
}

/** `e`, `6(1)(e)`, `art. 6 lid 1 sub e`, `AVG 6.1.e` → `e`; the last letter in range counts. */
function articleLetter(text: string, last: string): string | undefined {
  const m = /([a-z])\)?\s*$/i.exec(text.trim());
  const letter = m?.[1]?.toLowerCase();
  return letter && letter >= 'a' && letter <= last ? letter : undefined;
}

/** governance.yaml → policy. Pure: the text in, the policy and line/column diagnostics out. */
export function parseGovernance(text: string, file: string = GOVERNANCE_FILE): GovernanceResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const r = new YamlReader(file, lines);
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    r.diagnostics.push({
      code: G.yamlSyntax,
      severity: 'error',
      message: e.message.split('\n')[0]!,
      at: { file, line: pos.line, col: pos.col },
    });
  }
  if (r.diagnostics.length > 0) return { diagnostics: r.diagnostics };
  const policy = { ...denyAllPolicy(), file };
  if (doc.contents === null) return { policy, diagnostics: [] };
  const top = r.entries(doc.contents, TOP_KEYS, 'governance.yaml');
  if (!top) return { diagnostics: r.diagnostics };

  const mode = top.get('mode');
  if (mode) policy.mode = r.oneOf(mode.value, 'mode', ['development', 'production'] as const) ?? policy.mode;
  policy.purposes = readPurposes(r, top.get('purposes'));
  policy.roles = readRoles(r, top.get('roles'), policy.purposes);
  policy.grants = readGrants(r, top.get('grants'), policy);
  policy.classification = readClassification(r, top.get('classification'));
  policy.keys = readKeys(r, top.get('keys'), policy.purposes);
  const auditKey = top.get('audit_key');
  if (auditKey) policy.auditKey = r.text(auditKey.value, 'audit_key') ?? policy.auditKey;
  policy.authentication = readAuthentication(
    r,
    top.get('authentication'),
    policy.roles.map((x) => x.name),
  );

  const failed = r.diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics: r.diagnostics } : { policy, diagnostics: r.diagnostics };
}

function readPurposes(r: YamlReader, pair: Pair | undefined): Purpose[] {
  const out: Purpose[] = [];
  for (const item of r.items(pair?.value, 'purposes')) {
    const e = r.entries(item, PURPOSE_KEYS, 'purposes[]');
    if (!e) continue;
    const id = r.required(e, 'id', item, 'purpose');
    const where = `purpose ${id ?? '?'}`;
    const uri = r.required(e, 'uri', item, where);
    const name = r.required(e, 'name', item, where);
    const basis = r.required(e, 'legal_basis', item, where);
    const exception = r.optional(e, 'special_category_exception', where);
    const retention = r.optional(e, 'retention', where);
    if (id === undefined || uri === undefined || name === undefined || basis === undefined) continue;
    if (!NAME.test(id))
      r.error(
        G.invalidValue,
        e.get('id')!.value as Node,
        `purpose id "${id}" must be lower case letters, digits, - or _`,
      );
    if (!/^https?:\/\/\S+$/.test(uri))
      r.error(
        G.invalidValue,
        e.get('uri')!.value as Node,
        `${where}: uri must be the http(s) address of its entry in the register of processing activities`,
      );
    const legalBasis = articleLetter(basis, 'f');
    if (!legalBasis)
      r.error(
        G.invalidValue,
        e.get('legal_basis')!.value as Node,
        `${where}: legal_basis "${basis}" is not an AVG art. 6(1) ground a–f`,
        'e.g. 6(1)(e) for a public task',
      );
    const special = exception === undefined ? undefined : articleLetter(exception, 'j');
    if (exception !== undefined && !special)
      r.error(
        G.invalidValue,
        e.get('special_category_exception')!.value as Node,
        `${where}: "${exception}" is not an AVG art. 9(2) exception a–j`,
        'e.g. 9(2)(h) for social care',
      );
    if (out.some((p) => p.id === id)) r.error(G.duplicate, item, `purpose "${id}" is defined twice`);
    out.push({
      id,
      uri,
      name,
      legalBasis: legalBasis ?? basis,
      ...(special ? { specialCategoryException: special } : {}),
      ...(retention !== undefined ? { retention } : {}),
      at: r.at(item),
    });
  }
  return out;
}

function unknownName(
  r: YamlReader,
  code: string,
  node: Node,
  kind: string,
  name: string,
  known: readonly string[],
): void {
  r.error(
    code,
    node,
    `unknown ${kind} "${name}"`,
    didYouMean(name, known) ?? (known.length ? `known: ${known.join(', ')}` : `no ${kind}s are defined`),
  );
}

function readRoles(r: YamlReader, pair: Pair | undefined, purposes: Purpose[]): Role[] {
  const out: Role[] = [];
  const ids = purposes.map((p) => p.id);
  for (const item of r.items(pair?.value, 'roles')) {
    const e = r.entries(item, ROLE_KEYS, 'roles[]');
    if (!e) continue;
    const name = r.required(e, 'name', item, 'role');
    if (name === undefined) continue;
    if (!NAME.test(name))
      r.error(
        G.invalidValue,
        e.get('name')!.value as Node,
        `role name "${name}" must be lower case letters, digits, - or _`,
      );
    if (out.some((x) => x.name === name)) r.error(G.duplicate, item, `role "${name}" is defined twice`);
    const description = r.optional(e, 'description', `role ${name}`);
    const own: string[] = [];
    for (const p of r.texts(e.get('purposes')?.value, `role ${name}.purposes`)) {
      if (!ids.includes(p.value)) unknownName(r, G.unknownPurpose, p.node, 'purpose', p.value, ids);
      else own.push(p.value);
    }
    out.push({ name, ...(description !== undefined ? { description } : {}), purposes: own, at: r.at(item) });
  }
  return out;
}

function readTreatments(r: YamlReader, node: unknown, where: string): GrantTreatments {
  const out: GrantTreatments = { byColumn: {}, byClassification: {} };
  if (node === undefined || node === null) return out;
  for (const { key, pair } of r.freeEntries(node, `${where}.treatments`)) {
    const treatment = r.oneOf(pair.value, `${where}.treatments.${key}`, TREATMENTS);
    if (!treatment) continue;
    if ((CLASSIFICATIONS as readonly string[]).includes(key))
      out.byClassification[key as Classification] = treatment;
    else out.byColumn[key] = treatment;
  }
  return out;
}

function readGrants(r: YamlReader, pair: Pair | undefined, policy: GovernancePolicy): Grant[] {
  const out: Grant[] = [];
  const roleNames = policy.roles.map((x) => x.name);
  const purposeIds = policy.purposes.map((p) => p.id);
  for (const item of r.items(pair?.value, 'grants')) {
    const e = r.entries(item, GRANT_KEYS, 'grants[]');
    if (!e) continue;
    const role = r.required(e, 'role', item, 'grant');
    const purpose = r.required(e, 'purpose', item, `grant of ${role ?? '?'}`);
    if (role === undefined || purpose === undefined) continue;
    const where = `grant ${role} × ${purpose}`;
    if (!roleNames.includes(role))
      unknownName(r, G.unknownRole, e.get('role')!.value as Node, 'role', role, roleNames);
    if (!purposeIds.includes(purpose))
      unknownName(r, G.unknownPurpose, e.get('purpose')!.value as Node, 'purpose', purpose, purposeIds);
    else if (
      roleNames.includes(role) &&
      !policy.roles.find((x) => x.name === role)!.purposes.includes(purpose)
    )
      r.error(
        G.roleWithoutPurpose,
        e.get('purpose')!.value as Node,
        `${where}: role ${role} does not have purpose ${purpose}`,
        `add it to the role's purposes, or grant another purpose`,
      );
    const tablesPair = e.get('tables');
    if (!tablesPair) r.error(G.missingKey, item as Node, `${where}: missing "tables"`);
    const tables = r
      .texts(tablesPair?.value, `${where}.tables`)
      .map((t) => ({ name: t.value, at: r.at(t.node) }));
    let columns: Grant['columns'] = '*';
    const colPair = e.get('columns');
    if (colPair) {
      const listed = r.texts(colPair.value, `${where}.columns`).map((c) => c.value);
      columns = listed.length === 1 && listed[0] === '*' ? '*' : listed;
    }
    const rowsPair = e.get('rows');
    const rowsText = rowsPair ? r.text(rowsPair.value, `${where}.rows`) : undefined;
    const treatments = readTreatments(r, e.get('treatments')?.value, where);
    let maxPageSize = DEFAULT_MAX_PAGE_SIZE;
    const sizePair = e.get('max_page_size');
    if (sizePair) {
      const v = (sizePair.value as { value?: unknown } | null)?.value;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > HARD_MAX_PAGE_SIZE)
        r.error(
          G.invalidValue,
          sizePair.value as Node,
          `${where}: max_page_size must be a whole number from 1 to ${HARD_MAX_PAGE_SIZE}`,
        );
      else maxPageSize = v;
    }
    for (const t of tables) {
      const twice = out.find(
        (g) =>
          g.role === role &&
          g.purpose === purpose &&
          g.tables.some((x) => x.name.toLowerCase() === t.name.toLowerCase()),
      );
      if (twice)
        r.diagnostics.push({
          code: G.duplicate,
          severity: 'error',
          message: `${where}: table ${t.name} is granted twice`,
          at: t.at!,
        });
    }
    out.push({
      role,
      purpose,
      tables,
      columns,
      ...(rowsText !== undefined
        ? { rows: { text: rowsText, at: expressionStart(r, rowsPair!.value as Node) } }
        : {}),
      treatments,
      maxPageSize,
      at: r.at(item),
    });
  }
  return out;
}

/** Where the text of a scalar starts: after its opening quote when it is quoted. */
function expressionStart(r: YamlReader, node: Node) {
  const at = r.at(node);
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return quoted && at.col !== undefined ? { ...at, col: at.col + 1 } : at;
}

function readClassification(r: YamlReader, pair: Pair | undefined): ClassificationOverride[] {
  if (!pair) return [];
  return r.freeEntries(pair.value, 'classification').flatMap(({ key, pair: p }) => {
    const dot = key.lastIndexOf('.');
    if (dot <= 0 || dot === key.length - 1) {
      r.error(G.invalidValue, p.key as Node, `classification: "${key}" must be <table>.<column>`);
      return [];
    }
    const classification = r.oneOf(p.value, `classification.${key}`, CLASSIFICATIONS);
    return classification
      ? [{ table: key.slice(0, dot), column: key.slice(dot + 1), classification, at: r.at(p) }]
      : [];
  });
}

function readKeys(r: YamlReader, pair: Pair | undefined, purposes: Purpose[]): Record<string, string> {
  if (!pair) return {};
  const ids = purposes.map((p) => p.id);
  const out: Record<string, string> = {};
  for (const { key, pair: p } of r.freeEntries(pair.value, 'keys')) {
    if (!ids.includes(key)) unknownName(r, G.unknownPurpose, p.key as Node, 'purpose', key, ids);
    const name = r.text(p.value, `keys.${key}`);
    if (name === undefined) continue;
    if (!NAME.test(name))
      r.error(
        G.invalidValue,
        p.value as Node,
        `keys.${key}: key name "${name}" must be lower case letters, digits, - or _`,
      );
    out[key] = name;
  }
  return out;
}

function readAuthentication(
  r: YamlReader,
  pair: Pair | undefined,
  roleNames: readonly string[],
): AuthenticationConfig {
  const out: AuthenticationConfig = { apiKeys: [] };
  if (!pair) return out;
  const e = r.entries(pair.value, AUTH_KEYS, 'authentication');
  if (!e) return out;
  const oidcPair = e.get('oidc');
  if (oidcPair && isMap(oidcPair.value)) {
    const o = r.entries(oidcPair.value, OIDC_KEYS, 'authentication.oidc')!;
    const issuer = r.required(o, 'issuer', oidcPair, 'authentication.oidc');
    const audience = r.required(o, 'audience', oidcPair, 'authentication.oidc');
    const jwksUrl = r.optional(o, 'jwks_url', 'authentication.oidc');
    const jwksFile = r.optional(o, 'jwks_file', 'authentication.oidc');
    if (!jwksUrl && !jwksFile)
      r.error(G.missingKey, oidcPair, 'authentication.oidc: needs jwks_url or jwks_file');
    const algorithms = o.get('algorithms')
      ? r.texts(o.get('algorithms')!.value, 'authentication.oidc.algorithms').map((a) => a.value)
      : ['RS256'];
    for (const a of algorithms)
      if (a.toLowerCase() === 'none')
        r.error(
          G.invalidValue,
          o.get('algorithms')!.value as Node,
          'authentication.oidc.algorithms: "none" is never accepted',
        );
    const roleClaim = r.optional(o, 'role_claim', 'authentication.oidc') ?? 'roles';
    const webClientId = r.optional(o, 'web_client_id', 'authentication.oidc');
    const webScope = r.optional(o, 'web_scope', 'authentication.oidc');
    if (issuer !== undefined && audience !== undefined)
      out.oidc = {
        issuer,
        audience,
        ...(jwksUrl ? { jwksUrl } : {}),
        ...(jwksFile ? { jwksFile } : {}),
        algorithms,
        roleClaim,
        ...(webClientId ? { webClientId } : {}),
        ...(webScope ? { webScope } : {}),
      };
  } else if (oidcPair) r.error(G.type, oidcPair.value as Node, 'authentication.oidc must be a mapping');
  const keys: ApiKeyConfig[] = [];
  for (const item of r.items(e.get('api_keys')?.value, 'authentication.api_keys')) {
    const k = r.entries(item, API_KEY_KEYS, 'authentication.api_keys[]');
    if (!k) continue;
    const name = r.required(k, 'name', item, 'api key');
    const sha256 = r.required(k, 'sha256', item, `api key ${name ?? '?'}`);
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256))
      r.error(
        G.invalidValue,
        k.get('sha256')!.value as Node,
        `api key ${name ?? '?'}: sha256 must be 64 lower-case hex digits (the key's SHA-256, never the key)`,
      );
    const roles: string[] = [];
    for (const role of r.texts(k.get('roles')?.value, `api key ${name ?? '?'}.roles`)) {
      if (!roleNames.includes(role.value))
        unknownName(r, G.unknownRole, role.node, 'role', role.value, roleNames);
      else roles.push(role.value);
    }
    if (name !== undefined && sha256 !== undefined) keys.push({ name, sha256, roles });
  }
  out.apiKeys = keys;
  return out;
}
