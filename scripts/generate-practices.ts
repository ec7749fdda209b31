/**
 * Writes N valid, varied practices into a separate content set, for the
 * benchmark (`npm run bench`) and for trying the site at scale:
 *
 *   npm run generate -- --count 1000                 → .bench/content-1000/
 *   npm run generate -- --count 500 --out /tmp/x --seed 7
 *
 * The output is deterministic for a given count and seed: the same files on
 * every machine, so runs compare. It never writes into `content/` (refused),
 * and `.bench/` is ignored by git. Build or check it with
 * `ATLAS_CONTENT_DIR=.bench/content-1000 npm run build` (or `npm run check`).
 *
 * What it writes, to look like a repository that partners feed:
 * - frontmatter through src/editor/scaffold-practice.ts (the fields `npm run new`
 *   writes) plus the optional fields, every value from the real vocabularies;
 *   popular objectives, themes, SDG targets and countries are much more
 *   common than rare ones, as in real collections;
 * - English, French and Spanish practices, some translating an English one;
 * - bodies of 400–900 words under the six suggested `##` sections, with lists,
 *   links, emphasis, some tables and footnotes, and proper nouns (places,
 *   project names) that give the search index a realistic long tail;
 * - one practice in 50 with a cover image (one real 1,600 px JPEG, made once
 *   with sharp and copied beside each of them), shown in its text too;
 * - one practice in 200 using JSX in its text (an `<abbr>`), as MDX allows;
 * - most practices as `<slug>/index.mdx`, some as single `<slug>.mdx` files.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { projectRoot } from '../src/catalogue/content-paths.ts';
import { loadVocabularies, type Vocabularies } from '../src/catalogue/load-vocabularies.ts';
import { frontmatterYaml, type PracticeType, type ScaffoldInput } from '../src/editor/scaffold-practice.ts';
import { slugify } from '../src/catalogue/slugify.ts';
import { SECTION_NAMES } from '../src/catalogue/validate-practices.ts';
import { EVALUATIONS, PRACTICE_TYPES, RESOURCE_TYPES, practiceSchema, type Status } from '../src/schemas/practice.ts';
import type { Lang } from '../src/i18n/locales.ts';

export interface GenerateOptions {
  count: number;
  /** The content set to write: `<dir>/practices/...`. Emptied first. */
  dir: string;
  seed?: number;
  /** One practice in `coverEvery` gets a cover image (0: none). */
  coverEvery?: number;
}

export interface GenerateResult {
  dir: string;
  practices: number;
  covers: number;
  /** Practices whose body uses JSX. */
  mdx: number;
  translations: number;
  words: number;
  ms: number;
}


/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  /** Zipf-like: item i weighs 1 / (i + 1)^s, so the first few dominate. */
  const zipf = <T>(list: readonly T[], s = 1): (() => T) => {
    const weights = list.map((_, i) => 1 / Math.pow(i + 1, s));
    const total = weights.reduce((a, b) => a + b, 0);
    const cumulative: number[] = [];
    let sum = 0;
    for (const w of weights) cumulative.push((sum += w / total));
    return () => {
      const r = next();
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < r) lo = mid + 1;
        else hi = mid;
      }
      return list[lo]!;
    };
  };
  /** `n` distinct values drawn by `draw`. */
  const distinct = <T>(n: number, draw: () => T): T[] => {
    const out = new Set<T>();
    for (let tries = 0; out.size < n && tries < n * 20; tries++) out.add(draw());
    return [...out];
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return { next, int, pick, chance, zipf, distinct, shuffle };
}
type Random = ReturnType<typeof prng>;

// Targets migration practices cite most, then any of the 169.
const COMMON_TARGETS = ['10.7', '17.18', '8.8', '10.c', '16.9', '8.7', '16.2', '5.2', '17.16', '4.b', '3.8', '1.3', '16.3', '10.2', '17.9', '13.1', '11.5', '4.4'];

const ORGANISATIONS = [
  'IOM', 'ILO', 'UNHCR', 'UNDP', 'UNICEF', 'UN Women', 'ICMPD', 'OHCHR', 'UNODC', 'World Bank', 'OECD', 'African Union Commission',
  'ECOWAS Commission', 'IGAD', 'SICA', 'ASEAN Secretariat', 'Colombo Process', 'Budapest Process', 'Rabat Process', 'Khartoum Process',
  'Red Cross and Red Crescent societies', 'Migrant Forum in Asia', 'Caritas', 'Danish Refugee Council', 'Norwegian Refugee Council',
  'Save the Children', 'Terre des hommes', 'Mixed Migration Centre', 'Migration Policy Institute', 'GIZ', 'Enabel', 'Expertise France',
  'FIIAPP', 'Swiss Agency for Development and Cooperation', 'Global Forum on Migration and Development', 'UN Network on Migration',
];
const FUNDERS = [
  'European Union', 'Migration Multi-Partner Trust Fund', 'Government of Germany', 'Government of Switzerland', 'Government of the Netherlands',
  'Government of Sweden', 'Government of Spain', 'Government of Italy', 'Government of Canada', 'Government of Japan', 'World Bank',
  'Swiss Agency for Development and Cooperation', 'UK Foreign, Commonwealth and Development Office', 'United States Department of State',
  'Government of Norway', 'Government of Denmark', 'Government of Belgium', 'Government of Portugal',
];
const MINISTRIES = ['Ministry of Labour', 'Ministry of Foreign Affairs', 'Ministry of the Interior', 'Ministry of Justice', 'Ministry of Health', 'Ministry of Education', 'National Statistics Office', 'Immigration Department', 'Ministry of Social Affairs', 'Office of the Ombudsman', 'National Commission on Migration', 'Ministry of Diaspora Affairs'];
const FIRST_NAMES = ['Amina', 'Kofi', 'María', 'José', 'Fatou', 'Nguyen', 'Priya', 'Ahmed', 'Elena', 'Jean', 'Ana', 'Samuel', 'Leila', 'Tomás', 'Grace', 'Omar', 'Lucía', 'Ibrahim', 'Sofía', 'Daniel'];
const LAST_NAMES = ['Diallo', 'Mensah', 'García', 'Rodríguez', 'Ndiaye', 'Tran', 'Sharma', 'Hassan', 'Popescu', 'Dupont', 'Silva', 'Okafor', 'Haddad', 'Morales', 'Wanjiru', 'Farah', 'Fernández', 'Traoré', 'Castillo', 'Kowalski'];
const SYLLABLES = ['ka', 'lo', 'ma', 'ni', 'ru', 'sa', 'te', 'bo', 'di', 'ga', 'ha', 'ki', 'la', 'mo', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'za', 'be', 'co', 'du', 'fe', 'gi', 'ja', 'ke', 'li', 'nu', 'ol', 'an', 'er', 'is', 'or', 'um', 'el', 'ar'];

const TYPE_WORDS: Record<Lang, Record<PracticeType, string>> = {
  en: { policy: 'national policy', legislation: 'law', programme: 'programme', project: 'project', tool: 'toolkit', training: 'training course', partnership: 'partnership', research: 'study' },
  fr: { policy: 'politique nationale', legislation: 'loi', programme: 'programme', project: 'projet', tool: 'boîte à outils', training: 'formation', partnership: 'partenariat', research: 'étude' },
  es: { policy: 'política nacional', legislation: 'ley', programme: 'programa', project: 'proyecto', tool: 'herramienta', training: 'curso de formación', partnership: 'alianza', research: 'estudio' },
};

/** Sentence templates per language; `{x}` slots are filled from the practice. */
const SENTENCES: Record<Lang, string[]> = {
  en: [
    'Before the {type} started, {actor} had no common way to follow {topic} in {place}.',
    'Local authorities in {town} reported that {topic} had grown quickly since {year}, while services for migrants had not.',
    'A study by {org} in {year} found that {n} per cent of the people interviewed did not know where to ask for help.',
    '{actor} set up a working group with {org} and {org2} to agree on priorities for {topic}.',
    'The team trained {n0} officials in {town} and {town2} on {topic}, using material adapted from earlier work by {org}.',
    'Consultations were held with migrant associations, employers and trade unions in {place}.',
    'A referral mechanism now links consular staff, social workers and police units dealing with {topic}.',
    'Data on {topic} are collected every quarter and published in an open report by {actor}.',
    'The {type} reached {n0} migrants and members of their families, {n} per cent of them women.',
    'An independent review in {year} confirmed that waiting times fell from {n} to {m} days.',
    'Funding was uncertain after the first phase, and two activities in {town} were postponed.',
    'Staff turnover in the ministries made it hard to keep the trained officials in their posts.',
    'Coordination between national and local levels took longer than planned, especially on {topic}.',
    'Partners agreed that involving migrants themselves from the start made the {type} more credible.',
    'A clear legal basis and a budget line of its own proved more important than new institutions.',
    'The approach could be used in other countries with a similar administrative structure and a willing ministry.',
    'Costs were modest: most of the budget went to training, translation and outreach in {town}.',
    'The {type} also supported the {project} pilot, which tested new procedures on {topic} with {org}.',
    'Evaluators recommended longer funding cycles and earlier involvement of local governments.',
    'Results were presented at the regional review of the Global Compact for Migration in {year}.',
    'Officials from {town} visited their counterparts in {town2} to learn how the system worked in practice.',
    'The hotline answered {n0} calls in its first year, mostly about documents, work contracts and {topic}.',
    'Guidance was published in three languages and shared through community radio and social media.',
    'A memorandum of understanding between {actor} and {org} set out roles, timelines and reporting duties.',
    'Community leaders in {town} helped to explain the new rules and to collect feedback from migrants.',
    'The pilot phase in {town} showed that simple procedures matter more than new technology.',
    'Women migrants and young people were consulted separately so that their concerns were heard.',
    'Progress was monitored against a small set of indicators agreed with the national statistics office.',
    'Other governments in {region} have asked for the manual, and two have adapted it already.',
    'The remaining challenge is to keep the service running once external funding ends in {year2}.',
    'Cross-border cooperation with {place2} improved the exchange of information between the services concerned.',
  ],
  fr: [
    'Avant le {type}, {actor} ne disposait d’aucun moyen commun de suivre la question de {topic} à {town}.',
    'Une étude menée par {org} en {year} a montré que {n} pour cent des personnes interrogées ignoraient où demander de l’aide.',
    '{actor} a créé un groupe de travail avec {org} et {org2} pour fixer les priorités.',
    'L’équipe a formé {n0} agents publics à {town} et à {town2}, à partir de supports adaptés de travaux antérieurs.',
    'Des consultations ont eu lieu avec les associations de migrants, les employeurs et les syndicats.',
    'Un mécanisme d’orientation relie désormais les services consulaires, les travailleurs sociaux et la police.',
    'Le {type} a touché {n0} migrants et membres de leur famille, dont {n} pour cent de femmes.',
    'Une évaluation indépendante en {year} a confirmé que les délais sont passés de {n} à {m} jours.',
    'Le financement est resté incertain après la première phase, et deux activités ont été reportées.',
    'La rotation du personnel dans les ministères a compliqué le maintien des agents formés.',
    'Les partenaires estiment qu’associer les migrants dès le départ a rendu le {type} plus crédible.',
    'L’approche peut être reprise dans d’autres pays dotés d’une structure administrative comparable.',
    'Les résultats ont été présentés lors de l’examen régional du Pacte mondial sur les migrations en {year}.',
    'La diaspora, la migration de travail et la lutte contre la traite ont été traitées ensemble.',
    'Les migrants de retour ont bénéficié d’un accompagnement, de petites subventions et d’une reconnaissance de leurs compétences.',
  ],
  es: [
    'Antes del {type}, {actor} no tenía una forma común de seguir la cuestión de {topic} en {town}.',
    'Un estudio de {org} en {year} mostró que el {n} por ciento de las personas entrevistadas no sabía dónde pedir ayuda.',
    '{actor} creó un grupo de trabajo con {org} y {org2} para acordar las prioridades.',
    'El equipo capacitó a {n0} funcionarios en {town} y {town2}, con materiales adaptados de trabajos anteriores.',
    'Se celebraron consultas con asociaciones de migrantes, empleadores y sindicatos.',
    'Un mecanismo de derivación conecta ahora a los consulados, los trabajadores sociales y la policía.',
    'El {type} llegó a {n0} migrantes y familiares, el {n} por ciento de ellos mujeres.',
    'Una evaluación independiente en {year} confirmó que los plazos bajaron de {n} a {m} días.',
    'La financiación fue incierta después de la primera fase y dos actividades se aplazaron.',
    'La rotación del personal en los ministerios dificultó mantener a los funcionarios capacitados.',
    'Los socios coinciden en que involucrar a los migrantes desde el inicio dio más credibilidad al {type}.',
    'El enfoque puede aplicarse en otros países con una estructura administrativa similar.',
    'Los resultados se presentaron en el examen regional del Pacto Mundial para la Migración en {year}.',
    'La diáspora, la migración laboral y la lucha contra la trata se abordaron como una sola agenda.',
    'Las personas migrantes retornadas recibieron orientación, pequeñas subvenciones y reconocimiento de sus competencias.',
  ],
};

/** English sentences tied to a theme: what makes a practice match a query on its subject. */
const THEME_SENTENCES: Record<string, string[]> = {
  'labour-migration': [
    'Recruitment agencies were licensed and inspected, and fees charged to workers were prohibited.',
    'Pre-departure orientation explained labour rights, contracts and how to report abuse by employers abroad.',
    'A bilateral labour agreement with {place2} set quotas, minimum wages and social security portability for seasonal workers.',
  ],
  diaspora: [
    'Diaspora associations in {place2} co-financed small businesses and scholarships in their home regions.',
    'A diaspora mapping identified skilled professionals abroad willing to return for short assignments.',
  ],
  'trafficking-and-smuggling': [
    'Labour inspectors, prosecutors and shelters learned to identify victims of trafficking and refer them to protection.',
    'Investigations of smuggling networks along the route to {place2} relied on joint teams and shared evidence.',
  ],
  'return-and-reintegration': ['Returning migrants were offered counselling, small grants and help to have their skills recognised.'],
  remittances: ['Remittance costs were compared across providers and the results published every six months.'],
  'missing-migrants': ['Families of missing migrants could report a disappearance and receive news through one contact point.'],
  'migration-data': ['Household surveys and administrative records were linked so that migration statistics could be disaggregated by sex and age.'],
  integration: ['Language classes, housing advice and recognition of qualifications were offered in one place in {town}.'],
  'climate-and-environment': ['Communities displaced by floods and drought were involved in planning relocation and new livelihoods.'],
  health: ['Migrants gained access to primary health care, vaccination and mental health support regardless of status.'],
  'children-and-youth': ['Unaccompanied children were assigned a guardian and placed in family-based care rather than detention.'],
  'border-management': ['Border officials were trained to identify people in need of protection and to respect their rights.'],
};

const TOPIC_WORDS: Record<Lang, Record<string, string>> = {
  en: {},
  fr: { 'labour-migration': 'migration de travail', diaspora: 'diaspora', 'trafficking-and-smuggling': 'traite des personnes', integration: 'intégration', 'return-and-reintegration': 'retour et réintégration', 'migration-data': 'données migratoires', health: 'santé des migrants', 'border-management': 'gestion des frontières' },
  es: { 'labour-migration': 'migración laboral', diaspora: 'diáspora', 'trafficking-and-smuggling': 'trata de personas', integration: 'integración', 'return-and-reintegration': 'retorno y reintegración', 'migration-data': 'datos migratorios', health: 'salud de los migrantes', 'border-management': 'gestión de fronteras' },
};

const SUMMARY_TEMPLATES: Record<Lang, string[]> = {
  en: [
    '{actor} ran a {type} on {topic} in {place} with {org}, reaching {n0} people and changing how officials handle {topic2}.',
    'A {type} in {place} that improved {topic} through training, clear procedures and cooperation between {org} and national authorities.',
    'In {place}, {org} and {actor} tested a {type} on {topic}; an evaluation found faster services and better information for migrants.',
  ],
  fr: ['{actor} a mené un {type} sur la {topic} avec {org}, qui a touché {n0} personnes et changé les pratiques des services publics.'],
  es: ['{actor} llevó a cabo un {type} sobre {topic} con {org}, que llegó a {n0} personas y cambió la forma de trabajar de los servicios públicos.'],
};

const LINK_HOSTS = ['www.iom.int', 'www.ilo.org', 'www.icmpd.org', 'migrationnetwork.un.org', 'www.unhcr.org', 'www.oecd.org', 'www.migrationdataportal.org', 'publications.iom.int'];

/** A proper noun made of syllables: the long tail of a real search index. */
function properNoun(r: Random): string {
  const n = r.int(2, 4);
  let word = '';
  for (let i = 0; i < n; i++) word += r.pick(SYLLABLES);
  return word[0]!.toUpperCase() + word.slice(1);
}

function fill(template: string, slots: Record<string, () => string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key]?.() ?? key);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

interface Context {
  r: Random;
  vocab: Vocabularies;
  drawObjective: () => number;
  drawTheme: () => string;
  drawTarget: () => string;
  drawCountry: () => string;
  drawPrinciple: () => string;
  drawRegion: () => string;
}

interface Draft {
  slug: string;
  words: number;
  lang: Lang;
  /** Frontmatter fields, as they will be written. */
  data: Record<string, unknown>;
  body: string;
}

function isoDay(r: Random, fromYear: number, toYear: number): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function topicOf(vocab: Vocabularies, theme: string, lang: Lang): string {
  if (lang === 'en') return vocab.themes.get(theme)!.label.toLowerCase();
  return TOPIC_WORDS[lang][theme] ?? TOPIC_WORDS[lang]['labour-migration']!;
}

/** One practice's frontmatter fields and body; `original` makes it a translation. */
function draftPractice(ctx: Context, index: number, taken: Set<string>, original?: Draft, lang: Lang = 'en'): Draft {
  const { r, vocab } = ctx;
  const base = original?.data;
  // Facets: a translation shares them with its original.
  const primary = ctx.drawObjective();
  const objectives = base
    ? (base.gcmObjectives as number[])
    : [primary, ...r.distinct(r.pick([0, 0, 1, 1, 2, 3]), ctx.drawObjective).filter((n) => n !== primary).sort((a, b) => a - b)];
  const themes = base ? (base.themes as string[]) : r.distinct(r.pick([1, 1, 2, 2, 3, 4]), ctx.drawTheme);
  const scopeRoll = r.next();
  let countries: string[] = [];
  let regions: string[] = [];
  let scope: string | undefined;
  if (base) {
    countries = (base.countries as string[] | undefined) ?? [];
    regions = (base.regions as string[] | undefined) ?? [];
    scope = base.scope as string | undefined;
  } else if (scopeRoll < 0.55) countries = [ctx.drawCountry()];
  else if (scopeRoll < 0.6) {
    countries = [ctx.drawCountry()];
    scope = 'local';
  } else if (scopeRoll < 0.8) countries = r.distinct(r.int(2, 6), ctx.drawCountry);
  else if (scopeRoll < 0.92) regions = r.distinct(r.int(1, 2), ctx.drawRegion);
  const type = (base?.practiceType as PracticeType | undefined) ?? (r.chance(0.9) ? r.pick(PRACTICE_TYPES) : undefined);
  const statusRoll = r.next();
  const status: Status = (base?.status as Status | undefined) ?? (statusRoll < 0.55 ? 'completed' : statusRoll < 0.9 ? 'ongoing' : 'planned');
  let period: { start: string; end?: string };
  if (base) period = base.period as typeof period;
  else if (status === 'planned') period = { start: String(r.int(2026, 2028)) };
  else {
    const startYear = r.int(2005, 2025);
    const start = r.chance(0.5) ? String(startYear) : `${startYear}-${String(r.int(1, 12)).padStart(2, '0')}`;
    period = { start };
    if (status === 'completed' || r.chance(0.3)) period.end = String(Math.min(2030, startYear + r.int(0, 5)));
  }

  const countryName = (id: string) => vocab.countries.get(id)!.names[lang];
  const place =
    countries.length === 1
      ? countryName(countries[0]!)
      : countries.length
        ? countries.slice(0, 3).map(countryName).join(', ')
        : regions.length
          ? vocab.regions.get(regions[0]!)!.name
          : lang === 'en' ? 'several regions' : lang === 'fr' ? 'plusieurs régions' : 'varias regiones';
  const actor = countries.length === 1 ? `${r.pick(MINISTRIES)} (${countryName(countries[0]!)})` : r.pick(ORGANISATIONS);
  const topic = topicOf(vocab, themes[0]!, lang);
  const typeWord = TYPE_WORDS[lang][type ?? 'programme'];
  const towns = Array.from({ length: 4 }, () => properNoun(r));
  const project = `${properNoun(r).toUpperCase().slice(0, r.int(3, 5))}`;
  const slots: Record<string, () => string> = {
    type: () => typeWord,
    actor: () => actor,
    topic: () => topicOf(vocab, r.pick(themes), lang),
    topic2: () => topicOf(vocab, r.pick(themes), lang),
    place: () => place,
    place2: () => (countries.length ? countryName(ctx.drawCountry()) : vocab.regions.get(ctx.drawRegion())!.name),
    region: () => vocab.regions.get(ctx.drawRegion())!.name,
    town: () => r.pick(towns),
    town2: () => r.pick(towns),
    org: () => r.pick(ORGANISATIONS),
    org2: () => r.pick(ORGANISATIONS),
    project: () => project,
    year: () => String(r.int(2008, 2025)),
    year2: () => String(r.int(2026, 2030)),
    n: () => String(r.int(5, 95)),
    m: () => String(r.int(2, 30)),
    n0: () => r.int(40, 25_000).toLocaleString('en'),
  };

  let title = '';
  let slug = '';
  for (let attempt = 0; !slug || taken.has(slug); attempt++) {
    const tail = attempt === 0 ? '' : ` ${attempt + 1}`;
    const what = `${typeWord[0]!.toUpperCase()}${typeWord.slice(1)}`;
    if (lang === 'en') title = r.chance(0.5) ? `${place.split(',')[0]}: ${what} on ${topic}${tail}` : `${project} ${what} on ${topic} in ${place.split(',')[0]}${tail}`;
    else if (lang === 'fr') title = `${what} ${project} : ${topic} (${place.split(',')[0]})${tail}`;
    else title = `${what} ${project}: ${topic} (${place.split(',')[0]})${tail}`;
    title = title.slice(0, 150);
    slug = slugify(title).slice(0, 90).replace(/-+$/, '');
    if (lang !== 'en' && original) slug = `${original.slug.slice(0, 85)}-${lang}`;
    if (taken.has(slug)) slug = `${slug}-${index}`;
  }
  taken.add(slug);

  let summary = fill(r.pick(SUMMARY_TEMPLATES[lang]), slots);
  if ([...summary].length > 200) summary = `${[...summary].slice(0, 195).join('').replace(/\s+\S*$/, '')}.`;

  // Body: the six sections, 400–900 words in all.
  const target = r.int(400, 900);
  const sections = SECTION_NAMES[lang];
  const parts: string[] = [];
  let words = 0;
  const themed = themes.flatMap((t) => THEME_SENTENCES[t] ?? []);
  const sentence = () => fill(lang === 'en' && themed.length && r.chance(0.3) ? r.pick(themed) : r.pick(SENTENCES[lang]), slots);
  const footnote = r.chance(0.1);
  sections.forEach((name, s) => {
    parts.push(`## ${name}`);
    let sectionWords = 0;
    let paragraph = 0;
    // Each section gets its share of the total, so the body ends near the target.
    const until = (target * (s + 1)) / sections.length - 20;
    while (paragraph === 0 || words + sectionWords < until) {
      const sentences = Array.from({ length: r.int(2, 4) }, sentence);
      if (r.chance(0.25)) sentences[0] = sentences[0]!.replace(/\b(\w{6,})\b/, '**$1**');
      if (r.chance(0.2)) sentences.push(`[${r.pick(ORGANISATIONS)}](https://${r.pick(LINK_HOSTS)}/${slugify(topic)}/${index})`);
      if (footnote && s === 2 && paragraph === 0) sentences.push('[^1]');
      const text = sentences.join(' ');
      parts.push(text);
      sectionWords += wordCount(text);
      paragraph++;
      if (s === 1 && paragraph === 1 && r.chance(0.5)) {
        const items = Array.from({ length: r.int(3, 5) }, () => `- ${sentence()}`).join('\n');
        parts.push(items);
        sectionWords += wordCount(items);
      }
      if (s === 2 && paragraph === 1 && r.chance(0.1)) {
        const rows = Array.from({ length: r.int(2, 4) }, () => `| ${r.int(2010, 2025)} | ${r.int(50, 9000)} | ${r.int(5, 95)} % |`);
        const table = ['| Year | People reached | Share of women |', '| --- | ---: | ---: |', ...rows].join('\n');
        parts.push(table);
        sectionWords += wordCount(table);
      }
    }
    words += sectionWords;
  });
  if (footnote) parts.push(`[^1]: ${fill(SENTENCES[lang][2]!, slots)}`);
  const body = parts.join('\n\n') + '\n';

  // Frontmatter: the fields `npm run new` writes, through the scaffold...
  const sdgTargets = base ? (base.sdgTargets as string[] | undefined) : r.distinct(r.pick([0, 1, 1, 2, 2, 3, 4]), ctx.drawTarget);
  const implementers = base
    ? (base.implementers as string[])
    : [actor, ...r.distinct(r.pick([0, 1, 1, 2]), () => r.pick(ORGANISATIONS)).filter((o) => o !== actor)];
  const publishedAt = original ? (original.data.publishedAt as string) : isoDay(r, 2019, 2026);
  const input: ScaffoldInput = {
    title,
    slug,
    summary,
    gcmObjectives: objectives,
    themes,
    ...(sdgTargets?.length ? { sdgTargets } : {}),
    ...(countries.length ? { countries } : {}),
    ...(type ? { practiceType: type } : {}),
    status,
    period,
    implementers,
    publishedAt,
  };
  // ...and the optional fields the scaffold leaves to editors.
  const extra: Record<string, unknown> = {};
  if (regions.length) extra.regions = regions;
  if (scope) extra.scope = scope;
  const principles = base ? (base.guidingPrinciples as string[] | undefined) : r.distinct(r.pick([0, 0, 1, 2, 3]), ctx.drawPrinciple);
  if (principles?.length) extra.guidingPrinciples = principles;
  if (!base && r.chance(0.7)) extra.evaluation = r.pick(EVALUATIONS);
  else if (base?.evaluation) extra.evaluation = base.evaluation;
  if (r.chance(0.5)) extra.partners = r.distinct(r.int(1, 3), () => r.pick(ORGANISATIONS));
  if (r.chance(0.6)) extra.funders = r.distinct(r.int(1, 2), () => r.pick(FUNDERS));
  if (r.chance(0.3)) {
    const updated = isoDay(r, Number(publishedAt.slice(0, 4)) + 1, 2027);
    if (updated > publishedAt) extra.updatedAt = updated;
  }
  // A planned or ongoing status says when it was reported: this month, for generated practices.
  if (status !== 'completed') extra.statusAsOf = new Date().toISOString().slice(0, 7);
  if (lang !== 'en') extra.language = lang;
  if (original) extra.translationOf = original.slug;
  // Every practice cites a public source, as the check asks of real ones.
  {
    extra.resources = Array.from({ length: r.chance(0.5) ? r.int(1, 4) : 1 }, (_, i) => ({
      title: `${project} ${r.pick(['report', 'guidelines', 'evaluation', 'toolkit', 'handbook', 'factsheet'])} ${r.int(2010, 2025)}`,
      url: `https://${r.pick(LINK_HOSTS)}/resources/${slug}-${i + 1}`,
      ...(r.chance(0.8) ? { type: r.pick(RESOURCE_TYPES) } : {}),
    }));
  }
  if (r.chance(0.3)) {
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    // No e-mail: an invented address at a real organisation's domain would be a lie, a reserved one a placeholder.
    extra.contact = { name: `${first} ${last}`, organisation: implementers[0] };
  }
  const { slug: _slug, ...fields } = input;
  return { slug, words, lang, data: { ...fields, ...extra }, body };
}

/** The file text: the scaffold's YAML, then the optional fields in the content model's order. */
function fileText(d: Draft): string {
  const data = d.data;
  const scaffoldKeys = ['title', 'summary', 'gcmObjectives', 'themes', 'sdgTargets', 'countries', 'practiceType', 'status', 'period', 'implementers', 'publishedAt'];
  const input = { slug: d.slug, ...Object.fromEntries(Object.entries(data).filter(([k]) => scaffoldKeys.includes(k))) } as unknown as ScaffoldInput;
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !scaffoldKeys.includes(k)));
  const yaml = frontmatterYaml(input) + (Object.keys(rest).length ? stringify(rest, { lineWidth: 0 }) : '');
  return `---\n${yaml}---\n\n${d.body}`;
}

/** One real photograph-like JPEG, 1,600 × 900: soft gradients and shapes, about 100 KB. */
export async function coverImage(file: string): Promise<void> {
  if (existsSync(file)) return;
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const wave = Math.sin(x / 90) * Math.cos(y / 70) * 40;
      const hill = y > height * 0.6 + Math.sin(x / 200) * 60 ? 1 : 0;
      pixels[i] = Math.max(0, Math.min(255, 60 + (x / width) * 120 + wave - hill * 30));
      pixels[i + 1] = Math.max(0, Math.min(255, 110 + (y / height) * 60 + wave / 2 + hill * 40));
      pixels[i + 2] = Math.max(0, Math.min(255, 180 - (y / height) * 90 + wave - hill * 80));
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toFile(file);
}

/** Writes the content set; see the top of this file. */
export async function generatePractices({ count, dir, seed = 20_240_906, coverEvery = 50 }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const out = resolve(projectRoot, dir);
  const real = join(projectRoot, 'content');
  if (out === real || !relative(real, out).startsWith('..') || out === projectRoot || !relative(out, projectRoot).startsWith('..')) {
    throw new Error(`Refusing to write generated practices into ${out}: use a folder of its own, such as .bench/content-${count}.`);
  }
  const vocab = loadVocabularies(join(real, 'taxonomies'));
  const r = prng(seed);
  // Popularity orders differ per seed but are fixed for it.
  const objectives = r.shuffle([...vocab.objectives.keys()]);
  const themes = r.shuffle([...vocab.themes.keys()]);
  const otherTargets = r.shuffle([...vocab.sdgTargets.keys()].filter((t) => !COMMON_TARGETS.includes(t)));
  const countries = r.shuffle([...vocab.countries.keys()]);
  const regions = r.shuffle([...vocab.regions.keys()]);
  const ctx: Context = {
    r,
    vocab,
    drawObjective: r.zipf(objectives, 0.8),
    drawTheme: r.zipf(themes, 0.7),
    drawTarget: r.zipf([...COMMON_TARGETS, ...otherTargets], 1.1),
    drawCountry: r.zipf(countries, 0.9),
    drawPrinciple: r.zipf(r.shuffle([...vocab.principles.keys()]), 0.5),
    drawRegion: r.zipf(regions, 0.8),
  };

  const practices = join(out, 'practices');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(practices, { recursive: true });
  const coverFile = join(dirname(out), '.cover-1600.jpg');
  if (coverEvery > 0) await coverImage(coverFile);

  const taken = new Set<string>();
  const english: Draft[] = [];
  const schema = practiceSchema({ vocabularies: vocab });
  let covers = 0;
  let mdx = 0;
  let translations = 0;
  let words = 0;
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    const lang: Lang = roll < 0.85 ? 'en' : roll < 0.95 ? 'fr' : 'es';
    const original = lang !== 'en' && english.length && r.chance(0.4) ? r.pick(english) : undefined;
    const d = draftPractice(ctx, i, taken, original, lang);
    if (original) translations++;
    if (lang === 'en') english.push(d);
    const withCover = coverEvery > 0 && i % coverEvery === 7;
    if (withCover) {
      const place = properNoun(r);
      d.data.cover = { src: './cover.jpg', alt: `Landscape near ${place}, where the ${lang === 'en' ? 'practice' : 'projet'} took place` };
      // The same picture in the text: an image Astro optimises inside the body.
      d.body = d.body.replace(/\n\n## /, `\n\n![Fields and hills near ${place}](./cover.jpg)\n\n## `);
      covers++;
    }
    // One practice in 200 uses MDX itself (JSX), as a partner's file may: the build compiles those as MDX.
    if (i % 200 === 42) {
      d.body = d.body.replace(/\n\n## /, '\n\nSee the <abbr title="Global Compact for Safe, Orderly and Regular Migration">GCM</abbr> for the objectives.\n\n## ');
      mdx++;
    }
    // Most practices are folders; a few are single files (no local files).
    const folder = withCover || !r.chance(0.1);
    const parsed = schema.safeParse(d.data);
    if (!parsed.success) throw new Error(`Generated practice ${d.slug} is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const text = fileText(d);
    if (folder) {
      mkdirSync(join(practices, d.slug));
      writeFileSync(join(practices, d.slug, 'index.mdx'), text);
      if (withCover) copyFileSync(coverFile, join(practices, d.slug, 'cover.jpg'));
    } else {
      writeFileSync(join(practices, `${d.slug}.mdx`), text);
    }
    words += d.words;
  }
  writeFileSync(join(out, 'GENERATED.md'), `Generated by scripts/generate-practices.ts: ${count} practices, seed ${seed}. Not content: never commit.\n`);
  return { dir: out, practices: count, covers, mdx, translations, words, ms: performance.now() - started };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(projectRoot, 'scripts/generate-practices.ts');
if (isMain) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'cover-every': { type: 'string' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) {
    console.error('--count must be a positive whole number');
    process.exit(2);
  }
  const dir = values.out ? (isAbsolute(values.out) ? values.out : resolve(process.cwd(), values.out)) : join(projectRoot, '.bench', `content-${count}`);
  try {
    const result = await generatePractices({
      count,
      dir,
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      ...(values['cover-every'] ? { coverEvery: Number(values['cover-every']) } : {}),
    });
    console.log(
      `Wrote ${result.practices} practices (${result.translations} translations, ${result.covers} with a cover, ${result.mdx} using JSX, ${result.words.toLocaleString('en')} words of body) to ${relative(process.cwd(), result.dir) || '.'} in ${(result.ms / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
