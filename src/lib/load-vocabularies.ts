import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import {
  countrySchema,
  objectiveSchema,
  principleSchema,
  regionSchema,
  sdgGoalSchema,
  sdgTargetSchema,
  themeSchema,
  type Country,
  type Objective,
  type Principle,
  type Region,
  type SdgGoal,
  type SdgTarget,
  type Theme,
} from '../schemas/taxonomies.ts';
import { taxonomiesDir } from './content-paths.ts';

export interface Vocabularies {
  objectives: Map<number, Objective>;
  principles: Map<string, Principle>;
  sdgGoals: Map<number, SdgGoal>;
  sdgTargets: Map<string, SdgTarget>;
  themes: Map<string, Theme>;
  regions: Map<string, Region>;
  countries: Map<string, Country>;
}

function readVocabulary<T extends { id: string | number }>(
  dir: string,
  name: string,
  schema: z.ZodType<T>,
): Map<T['id'], T> {
  const file = ['.yaml', '.yml', '.json'].map((ext) => join(dir, name + ext)).find(existsSync);
  if (!file) throw new Error(`${join(dir, name)}.yaml (or .json) is missing: it holds the ${name} vocabulary.`);
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not a valid vocabulary:\n${lines.join('\n')}`);
  }
  const map = new Map<T['id'], T>();
  for (const entry of parsed.data) {
    if (map.has(entry.id)) throw new Error(`${file}: id ${JSON.stringify(entry.id)} appears twice.`);
    map.set(entry.id, entry);
  }
  return map;
}

const cache = new Map<string, Vocabularies>();

/** Reads and validates every controlled vocabulary once per directory. */
export function loadVocabularies(dir: string = taxonomiesDir()): Vocabularies {
  const cached = cache.get(dir);
  if (cached) return cached;
  const vocab: Vocabularies = {
    objectives: readVocabulary(dir, 'objectives', objectiveSchema),
    principles: readVocabulary(dir, 'principles', principleSchema),
    sdgGoals: readVocabulary(dir, 'sdg-goals', sdgGoalSchema),
    sdgTargets: readVocabulary(dir, 'sdg-targets', sdgTargetSchema),
    themes: readVocabulary(dir, 'themes', themeSchema),
    regions: readVocabulary(dir, 'regions', regionSchema),
    countries: readVocabulary(dir, 'countries', countrySchema),
  };
  cache.set(dir, vocab);
  return vocab;
}
