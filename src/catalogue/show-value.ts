/**
 * A value as an editor wrote it, for error messages: strings quoted, long text
 * shortened, dates as YYYY-MM-DD, objects as short JSON.
 */
export function showValue(value: unknown): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const chars = [...value];
    const shown = chars.length > 60 ? chars.slice(0, 57).join('') + '…' : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'an empty value';
  if (typeof value === 'object') {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 60 ? json.slice(0, 57) + '…' : json;
  }
  return String(value);
}
