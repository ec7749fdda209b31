/**
 * The generated files of `/admin/`: the page, its start-up script and the
 * CMS configuration, made from the practice schema and the vocabularies.
 */
import { stringify } from 'yaml';
import { escapeXml } from '../publishing/feeds/escape-xml.ts';
import { cmsConfig } from './cms-config.ts';
import { taxonomiesDir } from '../catalogue/content-paths.ts';
import { loadVocabularies } from '../catalogue/load-vocabularies.ts';
import { buildingBlockFieldSpecs, practiceFieldSpecs } from './practice-field-specs.ts';
import { BLOCK_SECTION_NAMES } from '../schemas/building-block.ts';
import { validateBuildingBlocks } from '../catalogue/validate-building-blocks.ts';
import { adminContentSecurityPolicy } from '../publishing/security-headers.ts';
import { SECTION_HINTS } from './scaffold-practice.ts';
import { SUGGESTED_SECTIONS } from '../catalogue/validate-practices.ts';

/**
 * Where the editor itself runs. `/admin/` is its first screen, an Atlas page
 * in three languages (src/components/EditorWelcomePage.astro) that explains
 * who can sign in and what saving does before anyone meets Sveltia's buttons.
 */
export const EDITOR_PATH = '/admin/editor/';

/** Interface languages served with the editor besides its built-in English (Sveltia's names for French and Spanish). */
export const CMS_LOCALES = ['fr', 'es-CO'] as const;

export interface AdminOptions {
  repository: string;
  branch: string;
  site: string;
  base: string;
  /** The OAuth proxy for GitHub sign-in (docs/web-editor.md). */
  authUrl?: string | undefined;
  taxonomies?: string;
}

/** `https://github.com/owner/name` → `owner/name`; undefined for another forge. */
export function githubRepo(repository: string): string | undefined {
  return /^https:\/\/github\.com\/([^/]+\/[^/.]+)/.exec(repository)?.[1];
}

/** The published building blocks of the content, as the editor offers them (English titles). */
export function buildingBlockChoices(): { id: string; title: string }[] {
  return validateBuildingBlocks()
    .blocks.filter((b) => b.data.translationOf === undefined && !b.data.draft)
    .map((b) => ({ id: b.id, title: b.data.title }));
}

export function adminConfigYaml(options: AdminOptions): string {
  const vocabularies = loadVocabularies(options.taxonomies ?? taxonomiesDir());
  const config = cmsConfig({
    fields: practiceFieldSpecs(vocabularies, buildingBlockChoices()),
    repo: githubRepo(options.repository) ?? '',
    branch: options.branch,
    authUrl: options.authUrl,
    siteUrl: `${options.site}${options.base}`,
    logoPath: `${options.base}favicon.svg`,
    sections: SUGGESTED_SECTIONS,
    sectionHints: SECTION_HINTS,
    blocks: { fields: buildingBlockFieldSpecs(vocabularies), sections: BLOCK_SECTION_NAMES.en },
  });
  return (
    '# Generated at build time from src/schemas/practice.ts, src/schemas/building-block.ts,\n# content/taxonomies/ and content/building-blocks/ by\n' +
    '# src/editor/cms-config.ts: change those, not this file.\n' +
    stringify(config, { lineWidth: 0 })
  );
}

export function adminFiles(options: AdminOptions): Record<string, string> {
  // The same policy as the `/admin/*` header, for hosts that send no headers (GitHub Pages);
  // `frame-ancestors` only works as a header, and browsers warn about it in a meta tag.
  const csp = adminContentSecurityPolicy(options.authUrl)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Practice Atlas: editor</title>
<link rel="cms-config-url" type="application/yaml" href="${escapeXml(`${options.base}admin/config.yml`)}">
</head>
<body>
<script src="${escapeXml(`${options.base}admin/sveltia-cms.js`)}"></script>
</body>
</html>
`;
  return {
    'editor/index.html': page,
    'config.yml': adminConfigYaml(options),
  };
}
