/**
 * A small static server for the built site, used by `npm start`, the tests and
 * the benchmark. It serves like a CDN would: the base path, directory
 * indexes, the 404 page, gzip, and the headers of `dist/_headers` (so pages
 * are tested under their real Content-Security-Policy).
 *
 * Every request path is decoded and normalised once (`resolveRequest`), and
 * everything is decided from that normalised path: the file, the headers,
 * and the only redirect (a folder without its trailing slash), which is
 * always a path on this site. No request can stop the process.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/publishing/security-headers.ts';
import { withTrailingSlash } from '../../src/i18n/base-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // A practice's reference files (cite.bib, cite.ris), for reference managers.
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};
// Pagefind's index chunks are already compressed; gzip text only.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** Extra headers on every response (tests use it for cross-origin checks). */
  headers?: Record<string, string>;
}

/** Where a request leads, decided from its normalised path alone. */
export type Resolved =
  | { kind: 'bad' }
  | { kind: 'outside' }
  | { kind: 'redirect'; location: string }
  | { kind: 'file'; file: string; path: string; status: 200 | 404 };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Decodes, normalises and resolves a request target. `path` is the
 * normalised URL path (under the base) that headers are chosen by.
 */
export function resolveRequest(target: string, root: string, prefix: string): Resolved {
  let pathname: string;
  try {
    // Only the path: a target such as "//evil.example/x" is a path here, not a host.
    const raw = target.split(/[?#]/)[0] ?? '/';
    pathname = decodeURIComponent(raw);
  } catch {
    return { kind: 'bad' };
  }
  // Control characters (NUL, CR, LF...) are in no file name the build writes.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(pathname)) return { kind: 'bad' };
  // Backslashes are separators to some browsers and servers: treat them as such.
  const normal = posix.normalize('/' + pathname.replace(/\\/g, '/'));
  const trailing = /\/$/.test(pathname) || /\/\.\.?$/.test(pathname);
  if (!withTrailingSlash(normal).startsWith(prefix)) return { kind: 'outside' };
  const rel = normal.slice(prefix.length);
  // posix.normalize of an absolute path never climbs above "/", so `rel` stays inside root.
  let file = join(root, rel);
  if (isDirectory(file)) {
    if (!trailing || !normal.endsWith('/')) {
      const folder = withTrailingSlash(normal).split('/').map(encodeURIComponent).join('/');
      return { kind: 'redirect', location: folder };
    }
    file = join(file, 'index.html');
  }
  if (isFile(file)) return { kind: 'file', file, path: normal, status: 200 };
  return { kind: 'file', file: nearest404(root, rel), path: normal, status: 404 };
}

/**
 * The `404.html` nearest to a missing path, as Cloudflare Pages serves it:
 * `/fr/pratiques-inconnues/` gets the French one (`fr/404.html`), not the English.
 */
function nearest404(root: string, rel: string): string {
  const folders = rel.split('/').filter(Boolean);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = join(root, ...folders.slice(0, depth), '404.html');
    if (isFile(candidate)) return candidate;
  }
  return join(root, '404.html');
}

export function createStaticServer({ root, base = '/', headers = {} }: StaticServerOptions): Server {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const prefix = withTrailingSlash(base);
  const server = createServer((req, res) => {
    try {
      const found = resolveRequest(req.url ?? '/', root, prefix);
      const plain = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
      if (found.kind === 'bad') return void res.writeHead(400, plain).end('Bad request');
      if (found.kind === 'outside') return void res.writeHead(404, plain).end('Not under the base path');
      if (found.kind === 'redirect') {
        const query = (req.url ?? '').includes('?') ? '?' + encodeURI((req.url ?? '').split('?').slice(1).join('?')).replace(/%25/g, '%') : '';
        return void res.writeHead(301, { location: found.location + query, ...headersFor(rules, found.location) }).end();
      }
      const { file, path, status } = found;
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const exists = isFile(file);
      const out: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', ...headersFor(rules, path), ...headers };
      const gzip = exists && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) {
        out['content-encoding'] = 'gzip';
        out.vary = 'Accept-Encoding';
      } else if (exists) out['content-length'] = String(statSync(file).size);
      res.writeHead(status, out);
      if (req.method === 'HEAD' || !exists) return void res.end();
      // pipeline, not pipe: when the client goes away it destroys the file
      // stream too, which would otherwise hold its descriptor open for good
      // (a thousand aborted downloads, and no file could be opened).
      const done = (error: Error | null) => {
        if (error) res.destroy();
      };
      if (gzip) pipeline(createReadStream(file), createGzip({ level: 6 }), res, done);
      else pipeline(createReadStream(file), res, done);
    } catch {
      // A request must never stop the server: answer it, and keep serving.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    }
  });
  // Requests Node cannot parse (raw control bytes, oversized headers) are refused, not fatal.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}

/** Starts a server on a free port (or the given one) and resolves with its origin. */
export async function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; origin: string; url: string }> {
  const server = createStaticServer(options);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const base = options.base ?? '/';
  return { server, origin, url: origin + withTrailingSlash(base) };
}
