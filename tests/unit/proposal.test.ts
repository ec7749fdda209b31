/**
 * Proposing a practice without git: the issue forms (generated, in three
 * languages) and `npm run from-proposal`, on issue bodies as GitHub writes
 * them (tests/fixtures/proposals/), good, bad and hostile.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildingBlocksDir, practicesDir, projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { readPracticeFile } from '../../src/catalogue/read-practice-file.ts';
import { proposalFormFile, proposalFormYaml } from '../../src/editor/proposal-form.ts';
import { proposalToPractice } from '../../scripts/lib/proposal-to-practice.ts';
import { readProposal } from '../../scripts/lib/read-proposal.ts';

const vocabularies = loadVocabularies();
const fixture = (name: string) => readFileSync(join(projectRoot, 'tests', 'fixtures', 'proposals', name), 'utf8');
const convert = (body: string) =>
  proposalToPractice(body, { vocabularies, today: '2026-12-04', practicesDir: practicesDir(), blocksDir: buildingBlocksDir() });

interface Form {
  labels: string[];
  body: { id?: string; type: string; attributes: { label?: string; options?: (string | { label: string; required: boolean })[]; multiple?: boolean }; validations?: { required?: boolean } }[];
}
const forms = Object.fromEntries(
  (['en', 'fr', 'es'] as const).map((lang) => [lang, parse(readFileSync(join(projectRoot, proposalFormFile(lang)), 'utf8')) as Form]),
) as Record<'en' | 'fr' | 'es', Form>;

describe('the proposal forms', () => {
  it('are up to date with the vocabularies and the dictionary (run `npm run docs`)', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(readFileSync(join(projectRoot, proposalFormFile(lang)), 'utf8'), proposalFormFile(lang)).toBe(proposalFormYaml(vocabularies, lang));
    }
  });

  it('name the frontmatter fields with their ids, in every language alike', () => {
    const ids = forms.en.body.filter((b) => b.id).map((b) => b.id);
    expect(ids).toEqual([
      'title', 'summary', 'language', 'primary-objective', 'gcm-objectives', 'themes', 'countries', 'regions', 'status',
      'status-as-of', 'period-start', 'period-end', 'practice-type', 'implementers', 'partners', 'funders', 'sdg-targets',
      'guiding-principles', 'evaluation', 'enabling-factors', 'constraints', 'body', 'resources', 'contact-name',
      'contact-organisation', 'contact-email', 'inclusion-criteria', 'consent',
    ]);
    expect(forms.fr.body.map((b) => b.id)).toEqual(forms.en.body.map((b) => b.id));
    expect(forms.es.body.map((b) => b.id)).toEqual(forms.en.body.map((b) => b.id));
  });

  it('offer the vocabularies as dropdowns, in the form language', () => {
    const field = (lang: 'en' | 'fr' | 'es', id: string) => forms[lang].body.find((b) => b.id === id)!.attributes;
    expect(field('en', 'primary-objective').options).toHaveLength(23);
    expect(field('en', 'primary-objective').options![7]).toBe('8 — Save lives, missing migrants');
    expect(field('fr', 'themes').options).toHaveLength(vocabularies.themes.size);
    expect(field('fr', 'themes').options).toContain('Migration de main-d’œuvre (labour-migration)');
    expect(field('es', 'status').options).toEqual(['Prevista (planned)', 'En curso (ongoing)', 'Finalizada (completed)']);
    expect(field('en', 'practice-type').options).toHaveLength(8);
    expect(field('en', 'evaluation').options).toHaveLength(3);
    expect(field('en', 'gcm-objectives').multiple).toBe(true);
  });

  it('require what the schema requires, and the inclusion criteria as checkboxes', () => {
    const required = forms.en.body.filter((b) => b.validations?.required).map((b) => b.id);
    expect(required).toEqual(['title', 'summary', 'language', 'primary-objective', 'themes', 'status', 'period-start', 'implementers', 'body', 'resources']);
    const criteria = forms.en.body.find((b) => b.id === 'inclusion-criteria')!;
    expect(criteria.type).toBe('checkboxes');
    expect(criteria.attributes.options).toHaveLength(4);
    expect(criteria.attributes.options!.every((o) => typeof o === 'object' && o.required)).toBe(true);
    for (const lang of ['en', 'fr', 'es'] as const) expect(forms[lang].labels).toEqual(['practice proposal']);
  });
});

describe('npm run from-proposal', () => {
  it('turns a complete English proposal into a practice that passes the check', async () => {
    const result = await convert(fixture('valid-en.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slug).toBe('sri-lanka-one-stop-centres-for-returning-migrant-workers');
    expect(result.warnings).toEqual([]);
    const read = readPracticeFile(result.text);
    expect(read.errors).toEqual([]);
    expect(read.data).toEqual({
      title: 'Sri Lanka one-stop centres for returning migrant workers',
      summary:
        "Sri Lanka's labour ministry opened one-stop centres in four provinces where returning migrant workers register, get counselling and are referred to jobs and training; 12,400 workers used them in 2023.",
      gcmObjectives: [21, 6, 8],
      themes: ['return-and-reintegration', 'labour-migration'],
      sdgTargets: ['10.7', '8.8'],
      guidingPrinciples: ['whole-of-government', 'gender-responsive'],
      countries: ['NPL', 'LKA'],
      practiceType: 'programme',
      status: 'ongoing',
      statusAsOf: '2024-05',
      evaluation: 'internal',
      period: { start: '2021-03' },
      implementers: ['Ministry of Labour and Foreign Employment of Sri Lanka', 'IOM'],
      funders: ['Swiss Agency for Development and Cooperation'],
      publishedAt: '2026-12-04',
      language: 'en',
      resources: [
        { title: 'Annual report 2023 of the ministry', url: 'https://www.labourdept.gov.lk/reports/annual-report-2023.pdf' },
        { title: 'IOM project page', url: 'https://www.iom.int/projects/example-returns' },
      ],
      contact: { organisation: 'Returns Desk, Ministry of Labour', email: 'returns@labourdept.gov.lk' },
      enablingFactors: ["A budget line in the ministry's plan", 'Provincial job centres as partners'],
      constraints: ['Few counsellors outside the capital'],
    });
    // A ### heading inside the description stays in the description.
    expect(read.body).toContain('### A sub-heading inside the description\n\nDetails of the counselling.');
    expect(read.body.startsWith('\n## Context')).toBe(true);
  });

  it('answers a French proposal in French, naming each question to fix', async () => {
    const result = await convert(fixture('errors-fr.md'));
    expect(result.ok).toBe(false);
    expect(result.lang).toBe('fr');
    expect(!result.ok && result.messages).toMatchInlineSnapshot(`
      [
        "« Résumé » : est obligatoire",
        "« Objectif principal du PMM » : « 21 — Retour et réintégration » ne fait pas partie des choix du formulaire",
        "« Thèmes » : « Migrations climatiques (climate-migration) » ne fait pas partie des choix du formulaire",
        "« Pays » : « Sénégall » n’est pas un pays connu de l’Atlas ; vouliez-vous dire « Sénégal » ?",
        "« Sources » : la ligne 1 a une adresse mais pas de titre : écrivez le titre avant l’adresse",
        "« Sources » : la ligne 2 n’a pas d’adresse commençant par https:// : écrivez le titre, puis l’adresse",
        "« Ce qui compte comme une pratique » : tous les critères ne sont pas cochés : « Elle respecte les principes directeurs du PMM. »",
      ]
    `);
  });

  it('passes the check\'s own messages on, under the Spanish question they concern', async () => {
    const result = await convert(fixture('check-es.md'));
    expect(result.lang).toBe('es');
    expect(!result.ok && result.messages.map((m) => m.slice(0, 60))).toMatchInlineSnapshot(`
      [
        "«Resumen»: summary: "Ventanillas para personas retornadas." ",
        "«Fin»: period.end: "2019" is before start "2020-05"; end can",
        "«Descripción»: body: "import Danger from '../../../src/dange",
        "«Descripción»: body: "{process.exit(1)}" is an expression (c",
        "«Descripción»: body: <script> is not allowed in a body; remo",
      ]
    `);
  });

  it('treats the body as hostile: nothing smuggled into the frontmatter, no code into the body', async () => {
    const hostile = fixture('hostile.md');
    const refused = await convert(hostile);
    expect(!refused.ok && refused.messages).toEqual(['"Sources": line 1 has no address starting with https://: write the title, then the address']);
    // With the sources mended, the check still refuses the body's HTML, and the
    // would-be frontmatter lines stayed inside the title, as text.
    const mended = await convert(hostile.replace('Evil javascript:alert(1)\n', ''));
    expect(!mended.ok && mended.messages.some((m) => m.startsWith('"Description": body: <iframe> is not allowed'))).toBe(true);
    const read = readProposalText(hostile.replace('Evil javascript:alert(1)\n', '').replace(/<iframe[^\n]*\n/, 'Text.\n'));
    expect(read.data).toMatchObject({ title: 'Return desks --- gcmObjectives: [24] draft: true', gcmObjectives: [21] });
    expect(read.data).not.toHaveProperty('draft');
  });

  it('says so when the text is not an answer to the form', async () => {
    const result = await convert('Please add our project!\n\n### Something else\n\nhttps://example.org');
    expect(!result.ok && result.messages).toEqual(['this text is not an answer to the proposal form: no question of the form was found in it']);
  });

  it('as a command: writes the file and prints its path, or prints what to fix and exits 1', () => {
    const content = mkdtempSync(join(tmpdir(), 'atlas-from-proposal-'));
    try {
      cpSync(join(projectRoot, 'content', 'building-blocks'), join(content, 'building-blocks'), { recursive: true });
      const run = (name: string) =>
        spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'scripts', 'from-proposal.ts'), join(projectRoot, 'tests', 'fixtures', 'proposals', name), '--today', '2026-12-04'], {
          cwd: projectRoot,
          encoding: 'utf8',
          env: { ...process.env, ATLAS_CONTENT_DIR: content },
        });
      const ok = run('valid-en.md');
      expect(ok.status).toBe(0);
      const written = join(content, 'practices', 'sri-lanka-one-stop-centres-for-returning-migrant-workers', 'index.mdx');
      expect(ok.stdout.trim().endsWith('practices/sri-lanka-one-stop-centres-for-returning-migrant-workers/index.mdx')).toBe(true);
      expect(existsSync(written)).toBe(true);
      // The same proposal again: that practice exists now.
      const again = run('valid-en.md');
      expect(again.status).toBe(1);
      expect(again.stdout).toContain('the Atlas already has a practice at this address');
      const bad = run('errors-fr.md');
      expect(bad.status).toBe(1);
      expect(bad.stdout.split('\n')[0]).toBe('Cette proposition ne peut pas encore devenir une pratique. Modifiez le ticket pour corriger ce qui suit\u202f; la vérification reprend après chaque modification.');
      expect(existsSync(join(content, 'practices', 'centres-d-accueil-pour-les-migrants-de-retour-au-senegal'))).toBe(false);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

function readProposalText(body: string) {
  return readPracticeFile(readProposal(body, vocabularies, { today: '2026-12-04' }).text);
}
