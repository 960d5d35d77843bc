// The demo users from `GET /api/v1/demo/gebruikers` (development mode only), read tolerantly: the
// endpoint's exact shape is not fixed, so an array or an object holding one is accepted, with Dutch or
// English field names. Entries without a token cannot sign in and are left out.

/** A user one can sign in as with one click (the session's user shape). */
export interface DemoSessionUser {
  name: string;
  roles: string[];
  purposes: string[];
  token: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function texts(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}

function firstText(entry: Json, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = entry[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** The list inside the answer: the answer itself, a known property, `_embedded.*`, or the first array. */
function listOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return [];
  for (const key of ['gebruikers', 'users', 'demoGebruikers', 'items']) {
    if (Array.isArray(json[key])) return json[key];
  }
  if (isObject(json['_embedded'])) return listOf(json['_embedded']);
  const first = Object.values(json).find(Array.isArray);
  return first ?? [];
}

export function parseDemoUsers(json: unknown): DemoSessionUser[] {
  const users: DemoSessionUser[] = [];
  for (const entry of listOf(json)) {
    if (!isObject(entry)) continue;
    const token = firstText(entry, ['token', 'accessToken', 'access_token']);
    if (!token) continue;
    const roles = [
      ...new Set([
        ...texts(entry['roles']),
        ...texts(entry['rollen']),
        ...texts(entry['role']),
        ...texts(entry['rol']),
      ]),
    ];
    const purposes = [
      ...new Set([...texts(entry['purposes']), ...texts(entry['doelen']), ...texts(entry['doel'])]),
    ];
    const name = firstText(entry, ['name', 'naam', 'weergavenaam', 'displayName']) ?? roles[0] ?? 'demo';
    users.push({ name, roles, purposes, token });
  }
  return users;
}
