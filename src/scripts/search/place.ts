/**
 * Where a practice took place, for a result card, from the index's metadata
 * (space-separated ids): up to three names, then "+ N", as the cards of the
 * listing pages say it (src/lib/place-label.ts). Empty for global practices.
 */
export function placeFromMeta(
  countries: string | undefined,
  regions: string | undefined,
  countryName: (id: string) => string | undefined,
  regionName: (id: string) => string | undefined,
): string {
  const ids = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);
  const names = [...ids(countries).map((c) => countryName(c) ?? c), ...ids(regions).map((r) => regionName(r) ?? r)];
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} + ${names.length - 3}`;
}
