// The web application (web/, built into dist/web by `npm run build`) served on the API's origin:
// its files from memory, and index.html for every other browser path so the app's own router draws
// the page. Everything under /api stays the API's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface WebFile {
  body: Buffer;
  type: string;
  /** Vite puts a content hash in every name under assets/: those may be cached for good. */
  immutable: boolean;
  /** The same content compressed at build time (`x.js.br`, `x.js.gz` beside `x.js`), when there. */
  encoded?: Partial<Record<ContentEncoding, Buffer>>;
}

export type ContentEncoding = 'br' | 'gzip';

/** File suffixes of the build's compressed copies, best first. */
const ENCODED_COPIES: readonly (readonly [ContentEncoding, string])[] = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

export interface WebApp {
  root: string;
  /** Origins the app may call besides its own (the OIDC provider it signs in with). */
  connectSources?: readonly string[];
  files: ReadonlyMap<string, WebFile>;
  index: WebFile;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Same-origin scripts and styles only; inline styles for the chart and graph libraries; fetches to the
 * API and, when the web app signs in with OIDC, to the provider's origin.
 */
export function webContentSecurityPolicy(connectSources: readonly string[] = []): string {
  return (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    `font-src 'self' data:; connect-src ${["'self'", ...connectSources].join(' ')}; frame-ancestors 'none'; ` +
    "base-uri 'none'; form-action 'self'"
  );
}

/** The origin of a URL (`https://login.gemeente.nl`), or undefined for something that is not one. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** dist/web of this package, if it was built. */
export function builtWebRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const candidate = join(dir, 'dist', 'web');
      return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** Reads the built app into memory (a few MB), so a request never touches the file system. */
export function loadWebApp(root: string): WebApp {
  const files = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const url = '/' + relative(root, path).split(sep).join('/');
        files.set(url, {
          body: readFileSync(path),
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  // A compressed copy is served as an encoding of its original, not as a file of its own.
  for (const [url, file] of files)
    for (const [encoding, suffix] of ENCODED_COPIES) {
      const copy = files.get(url + suffix);
      if (!copy) continue;
      file.encoded = { ...file.encoded, [encoding]: copy.body };
      files.delete(url + suffix);
    }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${root} has no index.html: run npm run build`);
  return { root, files, index };
}

/**
 * The best encoding of `available` the request's Accept-Encoding allows (brotli before gzip; `q=0`
 * refuses one, `*` stands for any not named), or undefined for the file as it is.
 */
export function chosenEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | undefined {
  if (!acceptEncoding || available.length === 0) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  return ENCODED_COPIES.map(([encoding]) => encoding).find(
    (encoding) => available.includes(encoding) && weight(encoding) > 0,
  );
}

export function isWebPath(path: string, apiBase: string): boolean {
  return path !== apiBase && !path.startsWith(`${apiBase}/`);
}

/** GET and HEAD on any non-API path: the file if there is one, else the app's index.html. */
export function registerWebApp(app: FastifyInstance, web: WebApp, apiBase: string): void {
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    if (!isWebPath(path, apiBase)) return reply.callNotFound();
    const file = web.files.get(path) ?? (path.startsWith('/assets/') ? undefined : web.index);
    if (!file) return reply.callNotFound();
    reply
      .header('content-type', file.type)
      .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (!file.encoded) return reply.send(file.body);
    // Caches keep one copy per encoding.
    reply.header('vary', 'accept-encoding');
    const encoding = chosenEncoding(
      request.headers['accept-encoding'],
      Object.keys(file.encoded) as ContentEncoding[],
    );
    if (!encoding) return reply.send(file.body);
    return reply.header('content-encoding', encoding).send(file.encoded[encoding]);
  };
  app.route({ method: ['GET', 'HEAD'], url: '/', config: { public: true, web: true }, handler: serve });
  app.route({ method: ['GET', 'HEAD'], url: '/*', config: { public: true, web: true }, handler: serve });
}
