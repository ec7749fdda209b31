/**
 * Build-time settings, from the environment so one checkout can build for any
 * host: `ATLAS_SITE` (the public origin, for absolute URLs in open data,
 * feeds and sharing tags), `ATLAS_BASE` (a path prefix such as
 * `/practices-hub/`) and `ATLAS_REPO` (the forge URL for "Edit this practice").
 */
export interface SiteConfig {
  site: string;
  base: string;
  repository: string;
  branch: string;
  /** `ATLAS_CMS_AUTH_URL`: the GitHub sign-in proxy of the web editor, when one is deployed (docs/web-editor.md). */
  cmsAuthUrl: string | undefined;
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const rawBase = env.ATLAS_BASE?.trim() || '/';
  const base = ('/' + rawBase.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');
  return {
    site: (env.ATLAS_SITE?.trim() || 'http://localhost:4321').replace(/\/+$/, ''),
    base,
    repository: (env.ATLAS_REPO?.trim() || 'https://github.com/practice-atlas/practice-atlas').replace(/\/+$/, ''),
    branch: env.ATLAS_BRANCH?.trim() || 'main',
    cmsAuthUrl: env.ATLAS_CMS_AUTH_URL?.trim() || undefined,
  };
}
