/**
 * Every field of the practice and building block schemas has a description
 * (its `.meta()`, which the web editor, CONTRIBUTING and /api/schema.json
 * show) and a doc comment (what editors see on hover), and the two say the
 * same: the doc comment is the description, or its opening. The doc comments
 * are read from the source with the TypeScript compiler, the descriptions
 * from the JSON Schema zod makes, so neither side is taken from the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { buildingBlockSchema } from '../../src/schemas/building-block.ts';
import { frontmatterJsonSchema, type JsonSchema } from '../../src/schemas/json-schema.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { practiceJsonSchema } from '../../src/publishing/api/practice-json-schema.ts';

const vocabularies = loadVocabularies();

/** The doc comment of every property inside `functionName`, by dotted path (`period.end`). */
function docComments(source: string, functionName: string): Map<string, string> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const nameOf = (node: ts.PropertyAssignment) => (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : node.name.getText());
  const visit = (node: ts.Node, inside: boolean) => {
    const here = inside || (ts.isFunctionDeclaration(node) && node.name?.text === functionName);
    // Only fields carry doc comments; options (`{ error }`, `.meta({ description })`, shapes) do not.
    if (here && ts.isPropertyAssignment(node) && ts.getJSDocCommentsAndTags(node).some(ts.isJSDoc)) {
      const path = [nameOf(node)];
      for (let parent: ts.Node | undefined = node.parent; parent && !ts.isFunctionDeclaration(parent); parent = parent.parent) {
        if (ts.isPropertyAssignment(parent)) path.unshift(nameOf(parent));
      }
      const text = ts
        .getJSDocCommentsAndTags(node)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
      comments.set(path.join('.'), normalise(text));
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(file, false);
  return comments;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each property's description in a JSON Schema, by dotted path, through lists of objects. */
function descriptions(json: JsonSchema, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  const properties = (json.properties ?? (json.items as JsonSchema | undefined)?.properties) as Record<string, JsonSchema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    found.set(prefix + name, typeof property.description === 'string' ? normalise(property.description) : '');
    for (const [path, text] of descriptions(property, `${prefix}${name}.`)) found.set(path, text);
  }
  return found;
}

/** What does not agree: a field without a description or a doc comment, or one that does not open the other. */
function drift(docs: Map<string, string>, described: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, description] of described) {
    const doc = docs.get(path);
    if (!description) problems.push(`${path}: no description (add .meta({ description }))`);
    if (!doc) problems.push(`${path}: no doc comment`);
    else if (description && !description.startsWith(doc)) problems.push(`${path}: the doc comment "${doc}" is not the opening of the description "${description}"`);
  }
  for (const path of docs.keys()) if (!described.has(path)) problems.push(`${path}: a doc comment on no field of the schema`);
  return problems;
}

const source = (file: string) => readFileSync(join(projectRoot, 'src', 'schemas', file), 'utf8');

describe('schema descriptions and doc comments', () => {
  it('agree on every field of a practice', () => {
    const described = descriptions(frontmatterJsonSchema(practiceSchema({ vocabularies })));
    expect(described.size).toBeGreaterThan(40);
    expect(drift(docComments(source('practice.ts'), 'practiceSchema'), described)).toEqual([]);
  });

  it('agree on every field of a building block', () => {
    const described = descriptions(frontmatterJsonSchema(buildingBlockSchema({ vocabularies })));
    expect([...described.keys()]).toEqual(['title', 'summary', 'gcmObjectives', 'themes', 'language', 'translationOf', 'draft']);
    expect(drift(docComments(source('building-block.ts'), 'buildingBlockSchema'), described)).toEqual([]);
  });

  it('tell a changed description, a missing one and a stale doc comment', () => {
    const fixture = `
      function schema() {
        return z.object({
          /** Name of the thing. */
          name: z.string().meta({ description: 'Title of the thing.' }),
          /** When it began. */
          start: z.string(),
          /** A field that went. */
          gone: z.string(),
        });
      }`;
    const json = frontmatterJsonSchema(
      z.object({ name: z.string().meta({ description: 'Title of the thing.' }), start: z.string(), extra: z.string().meta({ description: 'New.' }) }),
    );
    expect(drift(docComments(fixture, 'schema'), descriptions(json))).toEqual([
      'name: the doc comment "Name of the thing." is not the opening of the description "Title of the thing."',
      'start: no description (add .meta({ description }))',
      'extra: no doc comment',
      'gone: a doc comment on no field of the schema',
    ]);
  });
});

describe('/api/schema.json', () => {
  it('is plain JSON Schema: a validator in strict mode takes it, with none of the editor\'s notes', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const schema = practiceJsonSchema(vocabularies, { id: 'https://atlas.example.org/api/schema.json' });
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(JSON.stringify(schema)).not.toMatch(/"(vocabulary|image)":/);
    // The editor's copy has them: the same fields, with where their values are listed.
    const forEditor = frontmatterJsonSchema(practiceSchema({ vocabularies }), { editorNotes: true }) as { properties: Record<string, { items?: { vocabulary?: string } }> };
    expect(forEditor.properties.themes!.items!.vocabulary).toBe('content/taxonomies/themes.yaml');
  });
});
