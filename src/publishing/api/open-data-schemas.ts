import pkg from '../../../package.json' with { type: 'json' };
import { openDataDescription } from './open-data-description.ts';
import { practiceJsonSchema } from './practice-json-schema.ts';
import { siteConfig } from '../../i18n/site-config.ts';
import { absoluteUrl } from '../../i18n/urls.ts';
import { vocabularies } from '../../catalogue/catalog.ts';

let frontmatter: Record<string, unknown> | undefined;

/** `/api/schema.json`, built once per build from the schema the check uses. */
export function frontmatterSchema(): Record<string, unknown> {
  const vocab = vocabularies();
  const { site } = siteConfig();
  return (frontmatter ??= practiceJsonSchema(vocab, {
    id: absoluteUrl(site, import.meta.env.BASE_URL, '/api/schema.json'),
  }));
}

/** `/api/openapi.json`. */
export function openApiDocument(): Record<string, unknown> {
  const { site } = siteConfig();
  return openDataDescription({
    siteUrl: absoluteUrl(site, import.meta.env.BASE_URL, '/').replace(/\/$/, ''),
    frontmatter: frontmatterSchema(),
    version: pkg.version,
  });
}
