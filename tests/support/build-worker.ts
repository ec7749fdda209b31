/**
 * One site build in a worker thread of the test process (see buildSites in
 * build-site.ts): a worker has its own copy of the environment, which the
 * configuration reads, so two content sets can build at once, one per core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSite, type SiteToBuild } from './build-site.ts';

const result = await buildSite(workerData as SiteToBuild);
parentPort!.postMessage(result);
