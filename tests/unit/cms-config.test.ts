/**
 * The web editor's configuration, generated from the practice schema: every
 * field of the schema is in the editor, with the schema's vocabularies,
 * requirements and limits, and its description as the hint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { adminConfigYaml } from '../../src/editor/admin-files.ts';
import { cmsConfig, configFieldPaths } from '../../src/editor/cms-config.ts';
import { practiceFieldSpecs } from '../../src/editor/practice-field-specs.ts';
import { buildingBlockSchema } from '../../src/schemas/building-block.ts';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { adminContentSecurityPolicy, headerRules } from '../../src/publishing/security-headers.ts';
import { selfHostCms } from '../../src/editor/self-host-cms.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';

const vocab = loadVocabularies();
const schema = practiceSchema({ vocabularies: vocab });
const config = parse(adminConfigYaml({ repository: 'https://github.com/un-migration/atlas', branch: 'main', site: 'https://atlas.example.org', base: '/' })) as {
  backend: Record<string, unknown>;
  publish_mode: string;
  collections: { fields: Widget[]; folder: string; path: string; media_folder: string; public_folder: string }[];
};
interface Widget {
  name: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: { value: string | number; label: string }[];
  fields?: Widget[];
  field?: Widget;
  min?: number;
  minlength?: number;
  maxlength?: number;
  multiple?: boolean;
  pattern?: [string, string];
}
const fields = config.collections[0]!.fields;
const widget = (path: string): Widget => {
  let list = fields;
  let found: Widget | undefined;
  for (const name of path.split('.')) {
    found = list.find((w) => w.name === name);
    if (!found) throw new Error(`no widget for ${path}`);
    list = found.fields ?? [];
  }
  return found!;
};

/** Field paths read straight off the zod schema, without the describer the config is made with. */
function schemaPaths(s: z.ZodType, prefix = ''): string[] {
  const def = (s as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def;
  if (def.type === 'optional' || def.type === 'default') return schemaPaths(def.innerType!, prefix);
  if (def.type === 'array') return schemaPaths(def.element!, prefix);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([key, inner]) => [prefix + key, ...schemaPaths(inner, `${prefix}${key}.`)]);
}

describe('the web editor configuration', () => {
  it('has a widget for every field of the schema, and none the schema lacks', () => {
    expect(configFieldPaths(config).sort()).toEqual(schemaPaths(schema).sort());
  });

  it('saves through pull requests on GitHub, into content/practices/<slug>/index.mdx with images beside it', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'un-migration/atlas', branch: 'main', open_authoring: true });
    expect(config.collections[0]).toMatchObject({ folder: 'content/practices', path: '{{slug}}/index', media_folder: '', public_folder: '.' });
    expect(widget('cover.src').widget).toBe('image');
  });

  it('edits building blocks too, with every field of their schema and their own sections', () => {
    const blocks = (config.collections as unknown as { name: string; folder: string; fields: Widget[] }[]).find((c) => c.name === 'buildingBlocks')!;
    expect(blocks.folder).toBe('content/building-blocks');
    const names = blocks.fields.map((w) => w.name).sort();
    expect(names).toEqual([...schemaPaths(buildingBlockSchema({ vocabularies: vocab })), 'body'].sort());
    const body = blocks.fields.find((w) => w.name === 'body') as Widget & { default: string };
    expect(body.default).toBe('## What it is\n\n## How it works\n\n## Conditions for success\n\n## Pitfalls\n');
  });

  it('takes whole counts and decimal amounts, none below zero', () => {
    expect(widget('reach.count')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(widget('budget.amount')).toMatchObject({ widget: 'number', value_type: 'float', min: 0 });
    expect(widget('budget.currency').options!.map((o) => o.value)).toContain('XOF');
  });

  it('offers the building blocks by title once there are some', () => {
    const fields = practiceFieldSpecs(vocab, [
      { id: 'pre-departure-orientation', title: 'Pre-departure orientation' },
      { id: 'migrant-resource-centre', title: 'Migrant resource centre' },
    ]);
    const made = cmsConfig({ fields, repo: 'a/b', branch: 'main', siteUrl: 'https://atlas.example.org/', sections: [] }) as { collections: { fields: Widget[] }[] };
    const blocks = made.collections[0]!.fields.find((w) => w.name === 'buildingBlocks')!;
    expect(blocks).toMatchObject({ widget: 'select', multiple: true, options: [{ label: 'Migrant resource centre', value: 'migrant-resource-centre' }, { label: 'Pre-departure orientation', value: 'pre-departure-orientation' }] });
    // Without blocks, an id typed by hand (the check names the closest block).
    const bare = cmsConfig({ fields: practiceFieldSpecs(vocab), repo: 'a/b', branch: 'main', siteUrl: 'https://atlas.example.org/', sections: [] }) as { collections: { fields: Widget[] }[] };
    expect(bare.collections[0]!.fields.find((w) => w.name === 'buildingBlocks')!.field!.pattern![0]).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
  });

  it('offers every vocabulary as a select with its labels', () => {
    const values = (path: string) => widget(path).options!.map((o) => o.value).sort();
    expect(values('themes')).toEqual([...vocab.themes.keys()].sort());
    expect(values('countries')).toEqual([...vocab.countries.keys()].sort());
    expect(values('regions')).toEqual([...vocab.regions.keys()].sort());
    expect(values('sdgTargets')).toEqual([...vocab.sdgTargets.keys()].sort());
    expect(values('guidingPrinciples')).toEqual([...vocab.principles.keys()].sort());
    expect(values('gcmObjectives')).toEqual([...vocab.objectives.keys()].sort());
    expect(widget('themes').options!.find((o) => o.value === 'labour-migration')!.label).toBe(vocab.themes.get('labour-migration')!.label);
    expect(widget('status').options).toContainEqual({ value: 'ongoing', label: 'Ongoing' });
    expect(widget('resources.type').options!.map((o) => o.value)).toContain('report');
    expect(widget('themes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    // As many countries as the editor lets one pick pass the schema; one more does not.
    const { max } = widget('countries') as Widget & { max: number };
    const countries = (n: number) => (schema.shape as unknown as Record<string, z.ZodType>).countries!.safeParse([...vocab.countries.keys()].slice(0, n)).success;
    expect([countries(max), countries(max + 1)]).toEqual([true, false]);
  });

  it('requires what the schema requires', () => {
    const top = (s: z.ZodType) => (s as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def.shape;
    for (const [name, inner] of Object.entries(top(schema))) {
      const optional = inner.safeParse(undefined).success;
      expect({ name, required: widget(name).required !== false }).toEqual({ name, required: !optional });
    }
  });

  it('limits text as the schema does', () => {
    for (const name of ['title', 'summary']) {
      const { minlength, maxlength } = widget(name);
      const field = (s: string) => (schema.shape as unknown as Record<string, z.ZodType>)[name]!.safeParse(s).success;
      expect(field('a'.repeat(minlength!)) && field('a'.repeat(maxlength!))).toBe(true);
      expect(field('a'.repeat(minlength! - 1)) || field('a'.repeat(maxlength! + 1))).toBe(false);
    }
    const partial = new RegExp(widget('period.start').pattern![0]);
    expect(['2019', '2019-05', '2019-05-31'].every((v) => partial.test(v))).toBe(true);
    expect(partial.test('May 2019')).toBe(false);
  });

  it('takes its hints from the schema\'s descriptions', () => {
    expect(widget('summary').hint).toMatch(/^One or two plain sentences/);
    expect(widget('period.end').hint).toMatch(/not before `start`/);
    const missing = configFieldPaths(config).filter((p) => !widget(p).hint);
    expect(missing).toEqual([]);
  });

  it('starts the body with the suggested sections', () => {
    const body = fields.find((w) => w.name === 'body') as Widget & { default: string };
    expect(body.default.match(/^## .+$/gm)).toEqual([
      '## Context',
      '## What was done',
      '## Results',
      '## Challenges',
      '## Lessons learned',
      '## Replicability',
    ]);
  });
});

describe('the self-hosted CMS', () => {
  const bundle = readFileSync(join(projectRoot, 'node_modules', '@sveltia', 'cms', 'dist', 'sveltia-cms.js'), 'utf8');

  it('points the CMS at fonts and strings served from /admin/, with no CDN left', () => {
    const { script, fonts } = selfHostCms(bundle, '/hub/admin/');
    expect(script).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com\/@sveltia\/cms/);
    expect(script).toContain('/hub/admin/cms');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(() => readFileSync(join(projectRoot, 'node_modules', font.packageName, font.file))).not.toThrow();
    }
  });

  it('refuses a script that loads fonts from elsewhere', () => {
    expect(() => selfHostCms('x="https://unpkg.com/@sveltia/cms";y="https://fonts.googleapis.com/css2"', '/admin/')).toThrow(
      /fonts\.googleapis\.com\/css2, which the editor's Content-Security-Policy blocks/,
    );
  });

  it('gives the editor (/admin/editor/) its own policy, and no other path the editor\'s allowances', () => {
    const rules = headerRules('/', ['admin', 'admin/editor', 'admin/fonts', 'practices', 'embed'], ['index.html', 'admin/config.yml']);
    const editor = rules.filter((r) => r.pattern.startsWith('/admin/editor/'));
    expect(editor.map((r) => r.pattern)).toEqual(['/admin/editor/*']);
    expect(editor[0]!.headers['Content-Security-Policy']).toBe(adminContentSecurityPolicy());
    expect(adminContentSecurityPolicy()).toMatch(/script-src 'self';/);
    // The first screen, /admin/, is a page like the others.
    expect(rules.find((r) => r.pattern === '/admin/')!.headers['Content-Security-Policy']).toMatch(/^default-src 'self'/);
    for (const rule of rules.filter((r) => !r.pattern.startsWith('/admin/editor/'))) {
      expect(rule.headers['Content-Security-Policy'] ?? '').not.toMatch(/unsafe-inline|api\.github\.com|blob:/);
    }
    // docs/hosting.md gives the same policy for nginx and Apache.
    const hosting = readFileSync(join(projectRoot, 'docs', 'hosting.md'), 'utf8');
    expect(hosting.split(adminContentSecurityPolicy()).length - 1).toBe(2);
  });
});
