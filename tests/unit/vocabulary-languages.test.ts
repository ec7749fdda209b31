import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/catalogue/content-paths.ts';
import { loadVocabularies } from '../../src/catalogue/load-vocabularies.ts';
import { termLabels } from '../../src/i18n/term-labels.ts';
import { unofficialLabels } from '../support/unofficial-labels.ts';
import { LANGS, useTranslations, type UiKey } from '../../src/i18n/index.ts';

const real = join(projectRoot, 'content', 'taxonomies');
const vocab = loadVocabularies(real);

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyOfTaxonomies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-taxonomies-'));
  copies.push(dir);
  cpSync(real, dir, { recursive: true });
  return dir;
}

describe('vocabulary labels in English, French and Spanish', () => {
  it('has every label of every vocabulary in the three languages, none empty', () => {
    const missing: string[] = [];
    const check = (where: string, text: string) => {
      if (!text.trim()) missing.push(where);
    };
    for (const lang of LANGS) {
      const L = termLabels(vocab, lang);
      for (const n of vocab.objectives.keys()) {
        check(`${lang} objective ${n} short`, L.objective(n).short);
        check(`${lang} objective ${n} title`, L.objective(n).title);
      }
      for (const n of vocab.sdgGoals.keys()) check(`${lang} goal ${n}`, L.sdgGoal(n).short + L.sdgGoal(n).title);
      for (const id of vocab.sdgTargets.keys()) check(`${lang} target ${id}`, L.sdgTarget(id));
      for (const id of vocab.principles.keys()) check(`${lang} principle ${id}`, L.principle(id));
      for (const id of vocab.themes.keys()) check(`${lang} theme ${id}`, L.theme(id).label && L.theme(id).description);
      for (const id of vocab.regions.keys()) check(`${lang} region ${id}`, L.region(id));
      for (const id of vocab.countries.keys()) check(`${lang} country ${id}`, L.country(id));
      for (const id of vocab.statuses.keys()) check(`${lang} status ${id}`, L.status(id));
      for (const id of vocab.scopes.keys()) check(`${lang} scope ${id}`, L.scope(id));
      for (const id of vocab.practiceTypes.keys()) check(`${lang} type ${id}`, L.practiceType(id));
      for (const id of vocab.evaluationLevels.keys()) check(`${lang} evaluation ${id}`, L.evaluation(id));
      for (const id of vocab.resourceTypes.keys()) check(`${lang} resource ${id}`, L.resourceType(id));
    }
    expect(missing).toEqual([]);
  });

  it('uses the official wording of the reference data where it exists', () => {
    expect(termLabels(vocab, 'fr').objective(1).short).toBe('Données');
    expect(termLabels(vocab, 'es').objective(5).title).toBe('Aumentar la disponibilidad y flexibilidad de las vías de migración regular');
    expect(termLabels(vocab, 'fr').principle('people-centred')).toBe('Priorité à la dimension humaine');
    expect(vocab.objectives.get(17)!.fr).toMatchObject({ unofficial: ['title'] });
    expect(vocab.objectives.get(5)!.fr.source).toMatch(/^https:/);
  });

  it('stops on a label missing in any language, naming the file, the entry and the field', () => {
    const dir = copyOfTaxonomies();
    const themes = join(dir, 'themes.yaml');
    writeFileSync(themes, readFileSync(themes, 'utf8').replace('    label: Mobilisation de la diaspora\n', ''));
    const statuses = join(dir, 'statuses.yaml');
    writeFileSync(statuses, readFileSync(statuses, 'utf8').replace('    label: En curso\n', '    label: " "\n'));
    expect(() => loadVocabularies(dir)).toThrowErrorMatchingInlineSnapshot(`
      [Error: ${themes} is not a valid vocabulary:
        diaspora (entry 4): fr.label: is missing: write the label in this language (nothing falls back to English)]
    `);
    writeFileSync(themes, readFileSync(join(real, 'themes.yaml'), 'utf8'));
    expect(() => loadVocabularies(dir)).toThrowErrorMatchingInlineSnapshot(`
      [Error: ${statuses} is not a valid vocabulary:
        ongoing (entry 2): es.label: is empty: write the label in this language]
    `);
  });

  it('stops on a translation that says neither where it comes from nor that it is the Atlas’s own', () => {
    const dir = copyOfTaxonomies();
    const scopes = join(dir, 'scopes.yaml');
    writeFileSync(scopes, readFileSync(scopes, 'utf8').replace('    label: Locale\n    official: false\n', '    label: Locale\n'));
    expect(() => loadVocabularies(dir)).toThrowErrorMatchingInlineSnapshot(`
      [Error: ${scopes} is not a valid vocabulary:
        local (entry 1): fr: needs either \`source\` (the page of the official wording) or \`official: false\` (the Atlas’s own wording), not both and not neither]
    `);
  });

  it('stops on a value of the content model that has no labels', () => {
    const dir = copyOfTaxonomies();
    const types = join(dir, 'practice-types.yaml');
    writeFileSync(types, readFileSync(types, 'utf8').replace(/- id: research[\s\S]*$/, ''));
    expect(() => loadVocabularies(dir)).toThrowErrorMatchingInlineSnapshot(
      `[Error: ${join(dir, 'practice-types')}.yaml: "research" has no labels; add an entry with label, fr.label and es.label.]`,
    );
  });

  it('keeps the dictionary’s status, type and scope words the same as the vocabularies’', () => {
    const pairs: [string, Map<string, unknown>, (L: ReturnType<typeof termLabels>, id: string) => string][] = [
      ['status', vocab.statuses, (L, id) => L.status(id)],
      ['scope', vocab.scopes, (L, id) => L.scope(id)],
      ['type', vocab.practiceTypes, (L, id) => L.practiceType(id)],
      ['evaluation', vocab.evaluationLevels, (L, id) => L.evaluation(id)],
      ['resource', vocab.resourceTypes, (L, id) => L.resourceType(id)],
    ];
    for (const lang of LANGS) {
      const t = useTranslations(lang);
      const L = termLabels(vocab, lang);
      for (const [prefix, map, label] of pairs) {
        for (const id of map.keys()) expect(t(`${prefix}.${id}` as UiKey), `${lang} ${prefix}.${id}`).toBe(label(L, id));
      }
    }
  });

  it('lists the labels worded by the Atlas rather than copied from an official source', () => {
    const counts: Record<string, number> = {};
    for (const u of unofficialLabels(vocab)) counts[`${u.vocabulary} ${u.lang}`] = (counts[`${u.vocabulary} ${u.lang}`] ?? 0) + 1;
    expect(counts).toMatchInlineSnapshot(`
      {
        "evaluation-levels es": 3,
        "evaluation-levels fr": 3,
        "objectives es": 7,
        "objectives fr": 2,
        "practice-types es": 8,
        "practice-types fr": 8,
        "regions es": 29,
        "regions fr": 29,
        "resource-types es": 7,
        "resource-types fr": 7,
        "scopes es": 4,
        "scopes fr": 4,
        "sdg-goals es": 17,
        "sdg-goals fr": 17,
        "statuses es": 3,
        "statuses fr": 3,
        "themes es": 50,
        "themes fr": 50,
      }
    `);
  });
});
