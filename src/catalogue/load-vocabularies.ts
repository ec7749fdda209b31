import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import {
  countrySchema,
  evaluationLevelSchema,
  objectiveSchema,
  placeWithoutIsoCodeSchema,
  practiceTypeSchema,
  principleSchema,
  regionNamesSchema,
  regionSchema,
  resourceTypeSchema,
  scopeSchema,
  sdgGoalSchema,
  sdgTargetSchema,
  statusSchema,
  themeSchema,
  type Country,
  type Objective,
  type PlaceWithoutIsoCode,
  type Principle,
  type Region,
  type RegionNames,
  type SdgGoal,
  type SdgTarget,
  type Term,
  type Theme,
} from '../schemas/taxonomies.ts';
import { EVALUATIONS, PRACTICE_TYPES, RESOURCE_TYPES, SCOPES, STATUSES } from '../schemas/practice.ts';
import { taxonomiesDir } from './content-paths.ts';

export interface Vocabularies {
  objectives: Map<number, Objective>;
  principles: Map<string, Principle>;
  sdgGoals: Map<number, SdgGoal>;
  sdgTargets: Map<string, SdgTarget>;
  themes: Map<string, Theme>;
  regions: Map<string, Region>;
  countries: Map<string, Country>;
  statuses: Map<(typeof STATUSES)[number], Term>;
  scopes: Map<(typeof SCOPES)[number], Term>;
  practiceTypes: Map<(typeof PRACTICE_TYPES)[number], Term>;
  evaluationLevels: Map<(typeof EVALUATIONS)[number], Term>;
  resourceTypes: Map<(typeof RESOURCE_TYPES)[number], Term>;
}

function readEntries<T>(dir: string, name: string, schema: z.ZodType<T>): { file: string; entries: T[] } {
  const file = ['.yaml', '.yml', '.json'].map((ext) => join(dir, name + ext)).find(existsSync);
  if (!file) throw new Error(`${join(dir, name)}.yaml (or .json) is missing: it holds the ${name} vocabulary.`);
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    // Name the entry by its id, not only by its position: "themes.yaml: diaspora: fr.label: is missing".
    const idAt = (index: unknown) => {
      const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: unknown } | undefined) : undefined;
      return entry && typeof index === 'number' && (typeof entry.id === 'string' || typeof entry.id === 'number')
        ? `${String(entry.id)} (entry ${index + 1})`
        : `entry ${String(index)}`;
    };
    const lines = parsed.error.issues.map((i) => {
      const [index, ...rest] = i.path;
      return `  ${idAt(index)}: ${rest.map(String).join('.') || '(the entry)'}: ${i.message}`;
    });
    throw new Error(`${file} is not a valid vocabulary:\n${lines.join('\n')}`);
  }
  return { file, entries: parsed.data };
}

function readVocabulary<T extends { id: string | number }>(
  dir: string,
  name: string,
  schema: z.ZodType<T>,
): Map<T['id'], T> {
  const { file, entries } = readEntries(dir, name, schema);
  const map = new Map<T['id'], T>();
  for (const entry of entries) {
    if (map.has(entry.id)) throw new Error(`${file}: id ${JSON.stringify(entry.id)} appears twice.`);
    map.set(entry.id, entry);
  }
  return map;
}

/** A closed list of terms: every value the content model allows needs its labels. */
function readTerms<Id extends string>(dir: string, name: string, schema: z.ZodType<unknown>, ids: readonly Id[]): Map<Id, Term> {
  const map = readVocabulary(dir, name, schema as z.ZodType<Term>) as Map<string, Term> as Map<Id, Term>;
  const missing = ids.filter((id) => !map.has(id));
  if (missing.length) {
    throw new Error(
      `${join(dir, name)}.yaml: ${missing.map((id) => `"${id}"`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no labels; add ${missing.length === 1 ? 'an entry' : 'entries'} with label, fr.label and es.label.`,
    );
  }
  return map;
}

/** The hand-written French and Spanish region names that `npm run taxonomies` merges into regions.json. */
export function readRegionNames(dir: string = taxonomiesDir()): RegionNames[] {
  return readEntries(dir, 'region-names', regionNamesSchema).entries;
}

/** Places without an ISO 3166-1 or M49 code (Kosovo), which the geography generator adds to the countries. */
export function readPlacesWithoutIsoCode(dir: string = taxonomiesDir()): PlaceWithoutIsoCode[] {
  return readEntries(dir, 'places-without-iso-code', placeWithoutIsoCodeSchema).entries;
}

const cache = new Map<string, Vocabularies>();

/**
 * Reads and validates every controlled vocabulary once per directory. A label
 * missing in any of the three languages stops here, so it stops the build.
 */
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
    statuses: readTerms(dir, 'statuses', statusSchema, STATUSES),
    scopes: readTerms(dir, 'scopes', scopeSchema, SCOPES),
    practiceTypes: readTerms(dir, 'practice-types', practiceTypeSchema, PRACTICE_TYPES),
    evaluationLevels: readTerms(dir, 'evaluation-levels', evaluationLevelSchema, EVALUATIONS),
    resourceTypes: readTerms(dir, 'resource-types', resourceTypeSchema, RESOURCE_TYPES),
  };
  cache.set(dir, vocab);
  return vocab;
}
