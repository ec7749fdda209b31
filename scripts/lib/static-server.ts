/**
 * A small static server for the built site, used by `npm start`, the tests and
 * the benchmark. It serves like a CDN would: the base path, directory
 * indexes, the 404 page, gzip, and the headers of `dist/_headers` (so pages
 * are tested under their real Content-Security-Policy).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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

export function createStaticServer({ root, base = '/', headers = {} }: StaticServerOptions): Server {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const prefix = base.endsWith('/') ? base : base + '/';
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (!pathname.startsWith(prefix) && pathname + '/' !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path');
      return;
    }
    const rel = normalize(pathname.slice(prefix.length - 1)).replace(/^([/\\])+/, '');
    let file = join(root, rel);
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: pathname + '/' + url.search }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const out: Record<string, string> = {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(status === 200 ? headersFor(rules, pathname) : headersFor(rules, prefix + '404.html')),
      ...headers,
    };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      out['content-encoding'] = 'gzip';
      out.vary = 'Accept-Encoding';
    } else if (existsSync(file)) out['content-length'] = String(statSync(file).size);
    res.writeHead(status, out);
    if (req.method === 'HEAD' || !existsSync(file)) {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
}

/** Starts a server on a free port (or the given one) and resolves with its origin. */
export async function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; origin: string; url: string }> {
  const server = createStaticServer(options);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const base = options.base ?? '/';
  return { server, origin, url: origin + (base.endsWith('/') ? base : base + '/') };
}
