/**
 * Serves the built site (`dist/`) as a CDN would, with its headers:
 * `npm start` builds, then runs this. PORT and ATLAS_BASE are honoured.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.ts';
import { siteConfig } from '../src/i18n/site-config.ts';

const root = resolve(process.env.ATLAS_OUT_DIR || 'dist');
if (!existsSync(root)) {
  console.error(`There is no built site at ${root}. Run "npm run build" first (or "npm start", which does both).`);
  process.exit(1);
}
const { base } = siteConfig();
const port = Number(process.env.PORT || 4321);
const { url } = await startStaticServer({ root, base, port, host: process.env.HOST || '127.0.0.1' });
console.log(`Practice Atlas is served at ${url} (press Ctrl+C to stop).`);
