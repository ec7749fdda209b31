/**
 * Sveltia CMS is made to be loaded from a CDN: it declares its fonts (text,
 * code, icons) on a font CDN, and fetches its interface strings other than
 * English, and its own latest version number, from the package CDN. The
 * editor's Content-Security-Policy allows no other origin, so the build
 * serves those files beside the editor, from their npm packages, and points
 * the CMS's script at them.
 */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+)\.(woff2?)/g;

export interface CmsFont {
  /** Path under the editor's folder, `fonts/<file>`. */
  name: string;
  /** npm package and file inside it. */
  packageName: string;
  file: string;
}

/** The CMS's own package on the CDN: `<it>/package.json`, `<it>@<version>/locales/<locale>.json`. */
const CMS_PACKAGE_URL = 'https://unpkg.com/@sveltia/cms';

/**
 * Rewrites the CMS's script: every font URL to `<adminPath>fonts/<file>`, and
 * its package's CDN address to `<adminPath>cms` (so the strings of a language
 * are read from `<adminPath>cms@<version>/locales/`). Lists the fonts to copy.
 * Throws if a font CDN address is left, so a CMS update that brings another
 * one fails the build rather than the editor.
 */
export function selfHostCms(script: string, adminPath: string): { script: string; fonts: CmsFont[] } {
  const fonts = new Map<string, CmsFont>();
  const rewritten = script.replace(FONT_URL, (_, family: string, variable: string | undefined, variant: string, ext: string) => {
    const file = `${family}-${variant}.${ext}`;
    fonts.set(file, {
      name: `fonts/${file}`,
      packageName: `@fontsource${variable ? '-variable' : ''}/${family}`,
      file: `files/${file}`,
    });
    return `${adminPath}fonts/${file}`;
  });
  if (!rewritten.includes(CMS_PACKAGE_URL)) {
    throw new Error(`The CMS script no longer names ${CMS_PACKAGE_URL}: check where it reads its interface strings from (src/editor/self-host-cms.ts)`);
  }
  const script2 = rewritten.replaceAll(CMS_PACKAGE_URL, `${adminPath}cms`);
  const left = /https:\/\/(cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com)\/[^\s)'"`]*/.exec(script2);
  if (left) {
    throw new Error(`The CMS script loads ${left[0]}, which the editor's Content-Security-Policy blocks: serve it from the site in src/editor/self-host-cms.ts`);
  }
  return { script: script2, fonts: [...fonts.values()] };
}
