import { withBase } from '../lib/urls.ts';

/** A site path with the configured base path in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
