/** A Date as `YYYY-MM-DD` in UTC (YAML dates are UTC midnight). */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a day, month or year that exists. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return y! >= 1000;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The year of a partial date (`2019-05` → 2019). */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
