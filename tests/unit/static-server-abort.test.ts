/**
 * Issue 19: an aborted download must not leak the file's descriptor. The
 * server runs in a child process with a low descriptor limit (`ulimit -n
 * 256`); 2,000 downloads of a large file are aborted as soon as their headers
 * arrive, then the server must still serve files. With `stream.pipe`, every
 * abort kept a file open, and after about 250 of them every request got an
 * empty reply.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, ROOT } from '../support/sites.ts';

const root = join(OUTPUT, 'server-abort');
const LIMIT = 256;
const ABORTS = 2_000;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  // Larger than what the loopback socket buffers hold, so each download is still reading its file when aborted.
  writeFileSync(join(root, 'large.bin'), randomBytes(16 * 1024 * 1024));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Still here</title>');
  const start = `const { startStaticServer } = await import(${JSON.stringify(join(ROOT, 'scripts', 'lib', 'static-server.ts'))}); const { origin } = await startStaticServer({ root: process.env.ROOT_DIR }); console.log(origin);`;
  server = spawn('bash', ['-c', `ulimit -n ${LIMIT} && exec "$NODE" --input-type=module -e "$START"`], {
    env: { ...process.env, NODE: join(ROOT, 'node_modules', '.bin', 'node'), START: start, ROOT_DIR: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

/** Starts a download and drops the connection as soon as the headers arrive. */
function abortedDownload(): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(`${origin}/large.bin`, { agent: false }, (response) => {
      const status = response.statusCode;
      request.destroy();
      resolve(status);
    });
    // An empty reply (the server out of descriptors) is an error here.
    request.on('error', () => resolve(undefined));
  });
}

function download(path: string): Promise<{ status: number | undefined; bytes: number }> {
  return new Promise((resolve) => {
    const request = get(`${origin}${path}`, { agent: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode, bytes }));
    });
    request.on('error', () => resolve({ status: undefined, bytes: 0 }));
  });
}

describe('the static server under aborted downloads', () => {
  it(`serves files after ${ABORTS.toLocaleString('en')} aborted downloads with ${LIMIT} descriptors`, async () => {
    const statuses: (number | undefined)[] = [];
    // 32 at a time: well under the limit, so only leaked descriptors can exhaust it.
    for (let i = 0; i < ABORTS; i += 32) {
      statuses.push(...(await Promise.all(Array.from({ length: Math.min(32, ABORTS - i) }, abortedDownload))));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await download('/')).toEqual({ status: 200, bytes: '<!doctype html><title>Still here</title>'.length });
    expect(await download('/large.bin')).toEqual({ status: 200, bytes: 16 * 1024 * 1024 });
  }, 60_000);
});
