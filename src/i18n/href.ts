import type { Lang } from '../i18n/index.ts';
import { localizePath } from '../i18n/locales.ts';
import { withBase } from './urls.ts';

/** A site path with the configured base path in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** A site path in a language (`/fr/themes/`), with the base path: every link of a French page stays French. */
export function localHref(lang: Lang, path: string): string {
  return href(localizePath(path, lang));
}
