/**
 * The local server behind `npm start` and `npm run preview` under hostile
 * request paths: encoded dots and slashes, backslashes, CR/LF, NUL, overlong
 * and invalid UTF-8, very long paths. It must stay up, never redirect off the
 * site, never serve a file outside its folder, and choose headers by the
 * normalised path (each page says which it is, and its CSP must be that
 * page's).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { formatHeadersFile, headerRules, policyForPath } from '../../src/publishing/security-headers.ts';

const BASE = '/hub/';
const SECRET = 'SECRET-OUTSIDE-DIST';
const PAGES = ['', 'practices/a/', 'embed/', 'embed/builder/', 'search/', 'fr/search/'];

let top: string;
let origin: string;
let close: () => Promise<void>;

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
  const root = join(top, 'dist');
  writeFileSync(join(top, 'secret.txt'), SECRET);
  mkdirSync(join(top, 'dist-evil'), { recursive: true });
  writeFileSync(join(top, 'dist-evil', 'index.html'), SECRET);
  for (const page of PAGES) {
    mkdirSync(join(root, page), { recursive: true });
    writeFileSync(join(root, page, 'index.html'), `<p>page:${BASE}${page}</p>`);
  }
  writeFileSync(join(root, '404.html'), `<p>page:${BASE}404.html</p>`);
  writeFileSync(
    join(root, '_headers'),
    formatHeadersFile(headerRules(BASE, ['practices', 'embed/builder', 'search', 'fr', 'fr/search'].concat(['embed']), ['index.html', '404.html', 'embed/index.html'])),
  );
  const started = await startStaticServer({ root, base: BASE });
  origin = started.origin;
  close = () => new Promise((r) => started.server.close(() => r()));
});

afterAll(async () => {
  await close();
  rmSync(top, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends a request line as raw bytes: a client library would refuse or clean most of these paths. */
function raw(path: Buffer | string): Promise<Answer> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`timeout for ${String(path)}`)));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(Buffer.concat([Buffer.from('GET '), Buffer.isBuffer(path) ? path : Buffer.from(path, 'latin1'), Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')]));
  });
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const PIECES = [
  '..', '.', '%2e%2e', '%2E%2e', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '%c0%af', '%e0%80%ae', '%2f', '%2F', '%5c', '%5C', '\\', '/', '//',
  '%00', '%0d%0a', '%0a', '%0d', '%09', '%ff', '%fe%ff', '%e2%80%ae', '%', '%zz', '%2', 'evil.example', '%2f%2fevil.example', '@evil.example',
  'practices', 'a', 'embed', 'builder', 'search', 'fr', 'hub', 'secret.txt', 'dist-evil', 'index.html', '404.html', '_headers', '?x=1', '#f', ';', 'x'.repeat(300),
];

function hostilePath(next: () => number): string {
  const count = 1 + Math.floor(next() * 8);
  let path = next() < 0.8 ? BASE : next() < 0.5 ? '/' : '';
  for (let i = 0; i < count; i++) {
    path += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.5) path += next() < 0.7 ? '/' : '%2f';
  }
  return path;
}

/** What a response may never be. */
function expectSafe(path: string, answer: Answer): void {
  expect(answer.status, path).toBeGreaterThanOrEqual(200);
  expect(answer.body, path).not.toContain(SECRET);
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.location ?? '';
    expect(location, path).toMatch(/^\/(?![/\\])/);
    expect(new URL(location, origin).origin, path).toBe(origin);
  }
  if (answer.status === 400 || answer.status === 431) return;
  expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
  const page = /page:(\S+)<\/p>/.exec(answer.body)?.[1];
  // A 404's policy is the 404 page's meta tag (and the section's header, if any): never the embed's framing.
  if (page?.endsWith('404.html')) expect(answer.headers['content-security-policy'] ?? '', path).not.toContain('frame-ancestors *');
  else if (page) expect(answer.headers['content-security-policy'], `${path} served ${page}`).toBe(policyForPath(page, BASE));
}

describe('the static server under hostile paths', () => {
  it('answers the attacks of issue 11 safely', async () => {
    const offSite = await raw('/%2fevil.example%2f..%2fhub%2fpractices');
    expect(offSite.status).not.toBe(500);
    expectSafe('off-site', offSite);
    const crlf = await raw(`${BASE}%0d%0a%2f..%2fpractices`);
    expect(crlf.status).toBe(400);
    const framed = await raw(`${BASE}embed/..%2fsearch/`);
    expect(framed.status).toBe(200);
    expect(framed.body).toContain(`page:${BASE}search/`);
    expect(framed.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const backslash = await raw(`${BASE}%5c%5cevil.example%5c..%5cpractices`);
    expectSafe('backslash', backslash);
    expect((await raw(`${BASE}..%2fsecret.txt`)).body).not.toContain(SECRET);
    expect((await raw(`${BASE}..%2fdist-evil/`)).body).not.toContain(SECRET);
    expect((await raw(Buffer.from([...Buffer.from(BASE), 0x00, 0xff, 0x2f]))).status).toBe(400);
    expect((await raw(BASE + 'a'.repeat(100_000))).status).toBe(431);
  });

  it('stays up through 3,000 generated paths, each answered safely', async () => {
    const next = random(11);
    const paths = Array.from({ length: 3000 }, () => hostilePath(next));
    for (let i = 0; i < paths.length; i += 25) {
      const batch = paths.slice(i, i + 25);
      const answers = await Promise.all(batch.map((p) => raw(p)));
      answers.forEach((answer, j) => expectSafe(batch[j]!, answer));
    }
    const home = await raw(BASE);
    expect(home.status).toBe(200);
    expect(home.body).toContain(`page:${BASE}<`.slice(0, -1));
  }, 120_000);
});
