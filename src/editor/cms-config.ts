/**
 * The web editor's configuration (Sveltia CMS, `/admin/config.yml`), made at
 * build time from the practice schema's description (src/editor/practice-field-specs.ts):
 * one widget per field with its description as the hint, every vocabulary as
 * a select with its labels, the schema's required fields and limits, and the
 * body's suggested sections.
 * Nothing here names a field of the schema: a field the schema gains is in
 * the editor at the next build.
 */
import type { FieldSpec } from './practice-field-specs.ts';

export interface CmsConfigOptions {
  fields: FieldSpec[];
  /** `owner/name` of the GitHub repository the editor opens pull requests on. */
  repo: string;
  branch: string;
  /** The OAuth proxy that signs editors in to GitHub (docs/web-editor.md); GitHub's own flow without it. */
  authUrl?: string | undefined;
  /** Public address of the site, for the editor's "view site" link. */
  siteUrl: string;
  /** The site's logo, by absolute path, shown on the sign-in page. */
  logoPath?: string;
  /** The suggested `##` sections of a practice's body, in order. */
  sections: readonly string[];
  /** One line per section saying what goes there. */
  sectionHints?: Record<string, string>;
  /** Where practices live, relative to the repository root. */
  folder?: string;
  /** The building blocks collection: its fields (from src/schemas/building-block.ts) and body sections. */
  blocks?: { fields: FieldSpec[]; sections: readonly string[]; folder?: string };
}

type Widget = Record<string, unknown>;

/** Context of the commit status the preview workflow sets; it and the editor must agree. */
export const PREVIEW_CONTEXT = 'Preview';

const ACRONYMS: Record<string, string> = { gcm: 'GCM', sdg: 'SDG', url: 'URL' };

/** `gcmObjectives` → `GCM objectives (gcmObjectives)`: the words, and the key the check's messages name. */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => ACRONYMS[w] ?? w);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} (${name})`;
}

function dateExample(forms: FieldSpec['dateForms']): string {
  const examples = { year: '2019', month: '2019-05', day: '2019-05-31' };
  return (forms ?? []).map((f) => examples[f]).join(', ');
}

function widgetFor(spec: FieldSpec): Widget {
  const w: Widget = { name: spec.name, label: fieldLabel(spec.name) };
  if (spec.description) w.hint = spec.description;
  if (!spec.required) w.required = false;
  if (spec.default !== undefined) w.default = spec.default;
  // A translation names an existing practice: staff pick it from a list of titles instead of typing a slug.
  if (spec.path === 'translationOf') return { ...w, ...TRANSLATION_OF };
  return { ...w, ...widgetBody(spec) };
}

/** `translationOf` as a relation to the practices collection, by folder name. */
const TRANSLATION_OF: Widget = {
  widget: 'relation',
  collection: 'practices',
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title', 'language'],
};

function widgetBody(spec: FieldSpec): Widget {
  switch (spec.kind) {
    case 'text': {
      const long = (spec.maxLength ?? 0) > 200;
      return {
        widget: long ? 'text' : 'string',
        ...(spec.minLength ? { minlength: spec.minLength } : {}),
        ...(spec.maxLength ? { maxlength: spec.maxLength } : {}),
      };
    }
    case 'slug':
      return { widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Lowercase words joined by "-", as in a practice folder name'] };
    case 'url':
      return { widget: 'string', type: 'url', pattern: ['^https?://\\S+$', 'A web address starting with https://'] };
    case 'email':
      return { widget: 'string', type: 'email', pattern: ['^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$', 'An e-mail address, such as name@example.org'] };
    case 'number':
      return { widget: 'number', value_type: spec.integer === false ? 'float' : 'int', ...(spec.min !== undefined ? { min: spec.min } : {}) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'date':
      if (spec.dateForms?.length === 1 && spec.dateForms[0] === 'day') {
        return {
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          ...(spec.path === 'publishedAt' ? { default: '{{now}}' } : {}),
        };
      }
      return { widget: 'string', pattern: [spec.pattern, `Write ${dateExample(spec.dateForms)}`] };
    case 'choice':
      return { widget: 'select', options: spec.options!.map((o) => ({ label: o.label, value: o.value })) };
    case 'object':
      return { widget: 'object', collapsed: false, fields: spec.fields!.map(widgetFor) };
    case 'list': {
      const item = spec.item!;
      const min = { ...(spec.minItems ? { min: spec.minItems } : {}), ...(spec.maxItems ? { max: spec.maxItems } : {}) };
      if (item.kind === 'choice') {
        return { widget: 'select', multiple: true, ...min, options: item.options!.map((o) => ({ label: o.label, value: o.value })) };
      }
      if (item.kind === 'object') {
        return { widget: 'list', ...min, fields: item.fields!.map(widgetFor) };
      }
      const { label: _label, ...inner } = widgetFor({ ...item, name: item.name, required: true });
      return { widget: 'list', ...min, field: { ...inner, label: fieldLabel(item.name) } };
    }
  }
}

/** The body a new practice starts with: the suggested sections, empty, in order. */
export function bodyTemplate(sections: readonly string[]): string {
  return sections.map((s) => `## ${s}`).join('\n\n') + '\n';
}

/** The body's hint: the sections in order, each with what goes there. */
export function bodyHint(sections: readonly string[], hints: Record<string, string> = {}): string {
  return (
    'Write under these "##" headings, in this order. ' +
    sections.map((s) => (hints[s] ? `**${s}**: ${hints[s]}` : `**${s}**`)).join(' ') +
    ' Do not use a single "#" heading: the title is the page\'s heading.'
  );
}

export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const { fields, sections } = options;
  const fieldWidgets = fields.map(widgetFor);
  return {
    backend: {
      name: 'github',
      repo: options.repo,
      branch: options.branch,
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
      // Staff without write access work on a fork; their pull request is opened from it.
      open_authoring: true,
      // The repository is public: no access to anyone's private repositories is needed.
      auth_scope: 'public_repo',
      // The status that .github/workflows/preview-publish.yml sets on a pull request: the editor links to its preview.
      preview_context: PREVIEW_CONTEXT,
      commit_messages: {
        create: 'Add practice "{{slug}}"',
        update: 'Update practice "{{slug}}"',
        delete: 'Remove practice "{{slug}}"',
        uploadMedia: 'Add "{{path}}"',
        deleteMedia: 'Remove "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    // Saving opens a branch and a pull request; nothing is committed to the main branch.
    publish_mode: 'editorial_workflow',
    // The tab keeps the Atlas's name rather than "Sveltia CMS".
    app_title: 'Practice Atlas: editor',
    site_url: options.siteUrl,
    ...(options.logoPath ? { logo: { src: options.logoPath } } : {}),
    display_url: options.siteUrl,
    // Images go into the practice's own folder, beside index.mdx (set on the collection below).
    media_folder: '',
    public_folder: '',
    // Stock photo services are other sites (blocked by the editor's CSP) and rarely the practice's own pictures.
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file: the schema takes no `''` or `null` for "none".
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: 'practices',
        label: 'Practices',
        label_singular: 'Practice',
        description: 'Each practice is one file, `content/practices/<slug>/index.mdx`. Saving opens a pull request that a reviewer checks before it is published.',
        folder: options.folder ?? 'content/practices',
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{title}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'publishedAt'],
        // Entry-relative: files beside index.mdx, written in fields and the text as `./photo.jpg`
        // (Sveltia writes `./` for the public folder ".").
        media_folder: '',
        public_folder: '.',
        fields: [
          ...fieldWidgets,
          {
            name: 'body',
            label: 'Text',
            widget: 'markdown',
            hint: bodyHint(sections, options.sectionHints),
            default: bodyTemplate(sections),
          },
        ],
      },
      ...(options.blocks ? [blocksCollection(options.blocks)] : []),
    ],
  };
}

/**
 * Building blocks, in `content/building-blocks/<id>.mdx`: a translation is
 * a file of its own with `language` and `translationOf` (the content model).
 */
function blocksCollection(blocks: NonNullable<CmsConfigOptions['blocks']>): Record<string, unknown> {
  return {
    name: 'buildingBlocks',
    label: 'Building blocks',
    label_singular: 'Building block',
    description: 'Each building block is one file, `content/building-blocks/<id>.mdx`, shared by every practice that names it in `buildingBlocks`. A translation is a file of its own (`<id>-fr.mdx`) with `language` and `translationOf: <id>`.',
    folder: blocks.folder ?? 'content/building-blocks',
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{title}}',
    identifier_field: 'title',
    summary: '{{title}} ({{language}})',
    sortable_fields: ['title'],
    fields: [
      ...blocks.fields.map(widgetFor),
      { name: 'body', label: 'Text', widget: 'markdown', hint: bodyHint(blocks.sections), default: bodyTemplate(blocks.sections) },
    ],
  };
}

/** Field paths the editor covers, to compare with the schema's. */
export function configFieldPaths(config: Record<string, unknown>): string[] {
  const collections = config.collections as { fields: Widget[] }[];
  const walk = (widgets: Widget[], prefix: string): string[] =>
    widgets.flatMap((w) => {
      const path = prefix + String(w.name);
      const nested = (w.fields as Widget[] | undefined) ?? [];
      return [path, ...walk(nested, path + '.')];
    });
  return walk(collections[0]!.fields, '').filter((p) => p !== 'body');
}
