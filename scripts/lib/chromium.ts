/**
 * Debian's Chromium as the tests, the search measurement and the bench drive
 * it, and a byte counter for what the local server sends.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The machine has no network: without these flags Chromium keeps trying to reach
// Google's services and fills the log with refused connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless Chromium; Playwright gives each launch a fresh, empty profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Counts what a server writes, per socket, so a visit can add up its own bytes. */
export function wireCounter(server: Server) {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => sockets.add(socket));
  return {
    snapshot: () => new Map([...sockets].map((s) => [s, s.bytesWritten] as const)),
    since: (before: Map<Socket, number>) => [...sockets].reduce((sum, s) => sum + s.bytesWritten - (before.get(s) ?? 0), 0),
  };
}
